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
  const lower = name.toLowerCase();
  // ZIP local file header or an empty archive's end record; an Excel workbook is a ZIP too (read as a sheet).
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) return isWorkbook(lower, head) ? 'text' : 'rs';
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

/** An .xlsx: by its name, or by its first ZIP entry (an Office package starts with its content types, rels, docProps or xl/). */
function isWorkbook(lowerName: string, head: Uint8Array): boolean {
  if (/\.xls[xm]$/.test(lowerName)) return true;
  if (head.length < 30 || head[2] !== 3) return false;
  const length = (head[26] ?? 0) | ((head[27] ?? 0) << 8);
  const first = new TextDecoder('utf-8').decode(head.subarray(30, 30 + Math.min(length, 64)));
  return /^(\[Content_Types\]\.xml|_rels\/|docProps\/|xl\/)/.test(first);
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
