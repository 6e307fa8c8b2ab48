/**
 * What the user gave → CSV texts: a ZIP is unzipped (every .csv inside it), a CSV is decoded as
 * UTF-8 (BOM stripped). Problems are returned, never thrown: not a ZIP, a truncated ZIP, a ZIP
 * without a CSV, an HTML page, a wrong encoding (Shift_JIS), a binary file.
 */
import { unzipSync } from 'fflate';

/** A ZIP or a CSV, as given by the user. */
export interface RsInput { name: string; bytes: Uint8Array }

/** One CSV text to read; `name` is `zip/inner.csv` for a CSV from a ZIP. */
export interface CsvText { name: string; text: string }

/** Why an input gave no CSV. */
export type InputProblem = 'empty' | 'bad-zip' | 'zip-without-csv' | 'html' | 'encoding' | 'binary';

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7) ;

/** Decodes UTF-8 strictly (a Shift_JIS file fails here); the BOM is dropped. */
function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function problemOfText(bytes: Uint8Array, text: string | null): InputProblem | null {
  if (text === null) return 'encoding';
  const head = text.slice(0, 512).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') || /^<(?:head|body|meta)\b/.test(head)) return 'html';
  // NUL bytes in the first 4 KB: a binary file (or UTF-16), not a CSV.
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return 'binary';
  if (text.trim() === '') return 'empty';
  return null;
}

/** The CSV texts of one input, or the problem that stopped it. */
export function inputTexts(input: RsInput): { texts: CsvText[]; problems: { name: string; problem: InputProblem; detail?: string }[] } {
  const { name, bytes } = input;
  if (bytes.length === 0) return { texts: [], problems: [{ name, problem: 'empty' }] };
  if (isZip(bytes)) {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, { filter: (f) => /\.(csv|txt)$/i.test(f.name) && !/(^|\/)__MACOSX\//.test(f.name) });
    } catch (e) {
      return { texts: [], problems: [{ name, problem: 'bad-zip', detail: e instanceof Error ? e.message : String(e) }] };
    }
    const texts: CsvText[] = [];
    const problems: { name: string; problem: InputProblem; detail?: string }[] = [];
    for (const [inner, data] of Object.entries(files)) {
      const full = `${name}/${inner}`;
      const text = decode(data);
      const p = problemOfText(data, text);
      if (p) problems.push({ name: full, problem: p });
      else texts.push({ name: full, text: text as string });
    }
    if (texts.length === 0 && problems.length === 0) problems.push({ name, problem: 'zip-without-csv' });
    return { texts, problems };
  }
  const text = decode(bytes);
  const p = problemOfText(bytes, text);
  if (p) return { texts: [], problems: [{ name, problem: /\.zip$/i.test(name) && p !== 'encoding' ? (p === 'html' ? 'html' : 'bad-zip') : p }] };
  // A file named .zip that is text is not a ZIP, whatever it holds (an HTML error page is caught above).
  if (/\.zip$/i.test(name) && !/[,\r\n]/.test(text!.slice(0, 2000))) return { texts: [], problems: [{ name, problem: 'bad-zip' }] };
  return { texts: [{ name, text: text as string }], problems: [] };
}
