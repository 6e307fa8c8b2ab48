/**
 * What the user gave → CSV files (bytes): a ZIP is unzipped (every .csv inside it), anything else
 * is taken as one CSV. Problems are returned, never thrown: not a ZIP, a truncated ZIP, a ZIP
 * without a CSV, an HTML page, a binary file. Decoding (UTF-8, BOM stripped; Shift_JIS refused)
 * happens when a file is read: its header line first, the rest only when the header is one of ours.
 */
import { unzipSync } from 'fflate';

/** A ZIP or a CSV, as given by the user. */
export interface RsInput { name: string; bytes: Uint8Array }

/** One CSV to read; `name` is `zip/inner.csv` for a CSV from a ZIP. */
export interface CsvFile { name: string; bytes: Uint8Array }

/** Why an input gave no CSV. */
export type InputProblem = 'empty' | 'bad-zip' | 'zip-without-csv' | 'html' | 'encoding' | 'binary';

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7);

/** Decodes UTF-8 strictly (a Shift_JIS file fails here); the BOM is dropped. Null when not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** What is wrong with a file at a glance (its first 4 KB), or null. */
function glance(bytes: Uint8Array): InputProblem | null {
  if (bytes.length === 0) return 'empty';
  const n = Math.min(bytes.length, 4096);
  // NUL bytes: a binary file (or UTF-16), not a CSV.
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return 'binary';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, n)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') || /^<(?:head|body|meta)\b/.test(head)) return 'html';
  if (head.trim() === '') return 'empty';
  return null;
}

/** The CSV files of one input, or the problems that stopped it. */
export function inputFiles(input: RsInput): { files: CsvFile[]; problems: { name: string; problem: InputProblem; detail?: string }[] } {
  const { name, bytes } = input;
  if (bytes.length === 0) return { files: [], problems: [{ name, problem: 'empty' }] };
  if (isZip(bytes)) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes, { filter: (f) => /\.(csv|txt)$/i.test(f.name) && !/(^|\/)__MACOSX\//.test(f.name) });
    } catch (e) {
      return { files: [], problems: [{ name, problem: 'bad-zip', detail: e instanceof Error ? e.message : String(e) }] };
    }
    const files: CsvFile[] = [];
    const problems: { name: string; problem: InputProblem; detail?: string }[] = [];
    for (const [inner, data] of Object.entries(entries)) {
      const full = `${name}/${inner}`;
      const p = glance(data);
      if (p) problems.push({ name: full, problem: p });
      else files.push({ name: full, bytes: data });
    }
    if (files.length === 0 && problems.length === 0) problems.push({ name, problem: 'zip-without-csv' });
    return { files, problems };
  }
  const p = glance(bytes);
  // A file named .zip that is not one: an HTML error page says so, a binary one is a broken ZIP,
  // and text is read as the CSV it may be (files are known by their header, not their name).
  if (p && /\.zip$/i.test(name)) return { files: [], problems: [{ name, problem: p === 'html' ? 'html' : 'bad-zip' }] };
  if (p) return { files: [], problems: [{ name, problem: p }] };
  return { files: [{ name, bytes }], problems: [] };
}
