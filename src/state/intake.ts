/**
 * What kind of file arrived, from its first bytes (its header line), not its name:
 * an RSシステム ZIP or CSV, a model JSON (the CLI's contract), or a review sheet as text.
 * Names decide only where the bytes cannot (a damaged "x.zip" goes to the RS reader,
 * which says what is wrong with it).
 */

/** How a file is read. */
export type FileKind = 'rs' | 'json' | 'text';

/** Bytes to peek at: enough for the RS header line's first columns. */
export const PEEK_BYTES = 512;

/** The 13 columns every RS table starts with begin so (1-1 included). */
const RS_HEAD = /^(シート種別|事業年度),/;

/** The kind of a file from its name and its first bytes (at most {@link PEEK_BYTES}). */
export function fileKind(name: string, head: Uint8Array): FileKind {
  // ZIP local file header or an empty archive's end record.
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) return 'rs';
  const lower = name.toLowerCase();
  if (lower.endsWith('.zip')) return 'rs';
  let text = new TextDecoder('utf-8').decode(head);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/^[\s]+/, '');
  if (RS_HEAD.test(text)) return 'rs';
  if (text.startsWith('{') || (lower.endsWith('.json') && !text.includes('\t'))) return 'json';
  // A .csv that is comma-separated on its first line is meant as an RS table (in another encoding, or another table): the RS reader names the problem.
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  if (lower.endsWith('.csv') && first.includes(',') && !first.includes('\t')) return 'rs';
  return 'text';
}

/** Reads the first bytes of a file (never throws: an unreadable file gives none). */
export async function peek(file: Blob): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(0, PEEK_BYTES).arrayBuffer());
  } catch {
    return new Uint8Array(0);
  }
}

/** Looks like the model's JSON (text already decoded). */
export const looksLikeJson = (text: string): boolean => /^\s*\{/.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
