/**
 * The one way a file's bytes become text, for every input path (file picker, drop,
 * `#sheet=`, `<fund-flow-sankey src>`, the CLI): size limit, then the kind of file,
 * then the encoding. Never throws; a refusal is a diagnostic naming the file and saying
 * what was expected.
 *
 * - UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM, Shift_JIS (CP932 — the
 *   WHATWG `shift_jis` decoder is Windows-31J), each decoded strictly.
 * - A UTF-16 text without BOM is told by its NUL bytes (every tab, digit and newline has
 *   one); its byte order by where its tabs and line breaks line up (else by which order
 *   gives plausible characters), and it must read as ≥ 90 % plausible characters.
 * - An .xlsx workbook (a ZIP) is read by xlsx.ts, loaded only when one arrives; an old .xls
 *   (OLE2), a PDF, an image or anything else that is not text gets "save as .xlsx or
 *   tab-separated text", not a parser error about control characters.
 */
import type { Diagnostic } from '../contract/schema.ts';
import { message } from '../i18n/messages.ts';
import { MAX_FILE_BYTES, megabytes } from './limits.ts';

/** How the text was read. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'xlsx';

/** The text (BOM removed) and its encoding, or why the bytes were refused. */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; diagnostic: Diagnostic };

type Code = 'FILE_TOO_LARGE' | 'FILE_OLD_EXCEL' | 'FILE_NOT_TEXT' | 'FILE_BAD_ENCODING' | 'FILE_XLSX_UNREADABLE' | 'FILE_XLSX_NOT_IN_EMBED';

/** A file-level refusal: line 1, the file named. */
export function refusal(code: Code, file: string, params: Record<string, string | number> = {}): { ok: false; diagnostic: Diagnostic } {
  return { ok: false, diagnostic: { severity: 'error', code, message: message(code, { file, ...params }), line: 1, file } };
}

/** Kinds of file recognised by their first bytes. */
export type Signature = 'zip' | 'ole2' | 'pdf' | 'png' | 'jpeg' | 'gif';

const SIGNATURES: [Signature, number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
];
const KIND_NAMES: Partial<Record<Signature, string>> = { pdf: 'PDF', png: 'PNG', jpeg: 'JPEG', gif: 'GIF', zip: 'ZIP' };

/** The kind of file its first bytes say, or null (text, or unknown). */
export function signature(bytes: Uint8Array): Signature | null {
  for (const [kind, magic] of SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return kind;
  return null;
}

/** How much of a file is looked at to tell its kind (the whole file is still decoded strictly). */
const SAMPLE = 64 * 1024;

const strict = (label: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

// C0 controls other than tab, newlines and form feed; DEL; the replacement character.
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/g;

/** True when decoded text looks binary: a NUL, or control characters over 1 % of the first 64 Ki characters. */
function looksBinary(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const controls = sample.match(CONTROL);
  if (!controls) return false;
  return controls.includes('\0') || controls.length * 100 > sample.length;
}

/** Characters a review sheet (or any Japanese or Latin text) is made of. */
function plausible(c: number): boolean {
  return (
    c === 0x09 || c === 0x0a || c === 0x0d ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xff) ||
    (c >= 0x2000 && c <= 0x27bf) ||
    (c >= 0x3000 && c <= 0x30ff) ||
    (c >= 0x3200 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

/** Share of plausible code units in the first bytes read as UTF-16 in the given byte order. */
function utf16Score(bytes: Uint8Array, littleEndian: boolean): number {
  const n = Math.min(bytes.length, SAMPLE) >> 1;
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const a = bytes[2 * i] as number;
    const b = bytes[2 * i + 1] as number;
    if (plausible(littleEndian ? a | (b << 8) : (a << 8) | b)) good++;
  }
  return good / n;
}

/** Tabs and line breaks in the first bytes read as UTF-16 in the given byte order (a sheet has many; a CJK character never looks like one). */
function utf16Breaks(bytes: Uint8Array, littleEndian: boolean): number {
  const n = Math.min(bytes.length, SAMPLE) >> 1;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const hi = bytes[littleEndian ? 2 * i + 1 : 2 * i];
    const lo = bytes[littleEndian ? 2 * i : 2 * i + 1];
    if (hi === 0 && (lo === 0x09 || lo === 0x0a || lo === 0x0d)) count++;
  }
  return count;
}

/** Bytes of `text` in UTF-8, counted without encoding it (for messages naming a byte). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** 1-based number of the first byte a lenient decode could not read (for messages). */
function badByte(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, skip: number): number {
  const loose = new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(skip));
  const at = Math.max(0, loose.indexOf('\ufffd'));
  return skip + (label === 'utf-8' ? utf8Bytes(loose.slice(0, at)) : 2 * at) + 1;
}

const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 (LE)', 'utf-16be': 'UTF-16 (BE)' } as const;

/** A decoded text, or a refusal when it is binary after all. */
function accept(text: string, encoding: Encoding, file: string): Decoded {
  return looksBinary(text) ? refusal('FILE_NOT_TEXT', file) : { ok: true, text, encoding };
}

/**
 * Bytes of a text file → text (BOM removed). Synchronous; an .xlsx (ZIP) is refused here
 * — {@link decodeFile} reads those. `file` names the file in messages.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return refusal('FILE_TOO_LARGE', file, { mb: megabytes(bytes.length), max: megabytes(MAX_FILE_BYTES) });
  const sig = signature(bytes);
  if (sig === 'ole2') return refusal('FILE_OLD_EXCEL', file);
  if (sig !== null) return refusal('FILE_NOT_TEXT', file, { kind: KIND_NAMES[sig] ?? '' });

  // A byte-order mark says the encoding; the bytes after it must then be valid.
  const boms: [number[], 'utf-8' | 'utf-16le' | 'utf-16be', Encoding][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8', 'utf-8-bom'],
    [[0xff, 0xfe], 'utf-16le', 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be', 'utf-16be'],
  ];
  for (const [mark, label, encoding] of boms) {
    if (!mark.every((b, i) => bytes[i] === b)) continue;
    const text = strict(label, bytes.subarray(mark.length));
    if (text === null) return refusal('FILE_BAD_ENCODING', file, { encoding: ENCODING_NAMES[label], offset: badByte(label, bytes, mark.length) });
    return accept(text, encoding, file);
  }

  // No BOM. Text in UTF-8 or Shift_JIS has no NUL byte; UTF-16 has one in every ASCII character.
  if (bytes.indexOf(0) !== -1) {
    if (bytes.length % 2 === 1) return refusal('FILE_NOT_TEXT', file);
    // The byte order whose tabs and line breaks line up; failing that, the more plausible characters.
    const breaks = utf16Breaks(bytes, true) - utf16Breaks(bytes, false);
    const le = breaks !== 0 ? breaks > 0 : utf16Score(bytes, true) >= utf16Score(bytes, false);
    const label = le ? 'utf-16le' : 'utf-16be';
    if (utf16Score(bytes, le) < 0.9) return refusal('FILE_NOT_TEXT', file);
    const text = strict(label, bytes);
    return text === null ? refusal('FILE_NOT_TEXT', file) : accept(text, label, file);
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return accept(utf8, 'utf-8', file);
  const sjis = strict('shift_jis', bytes);
  if (sjis !== null) return accept(sjis, 'shift_jis', file);
  // Neither: UTF-8 with a few damaged bytes is named as such; anything else is not text.
  const loose = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let wide = 0;
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) wide++;
  }
  if (bad * 50 < wide) return refusal('FILE_BAD_ENCODING', file, { encoding: 'UTF-8', offset: badByte('utf-8', bytes, 0) });
  return refusal('FILE_NOT_TEXT', file);
}

/** What xlsx-none.ts throws in a build without the workbook reader. */
export const XLSX_NOT_BUILT = 'xlsx reader not in this build';

/** True when the name says Excel workbook. */
const XLSX_NAME = /\.xls[xm]$/i;

/**
 * Bytes of any input file → text: text files as {@link decodeText}, .xlsx workbooks
 * (first sheet, as a spreadsheet's copy gives it) through xlsx.ts, imported on first use.
 */
export async function decodeFile(bytes: Uint8Array, file: string): Promise<Decoded> {
  if (bytes.length > MAX_FILE_BYTES) return decodeText(bytes, file);
  if (signature(bytes) !== 'zip') {
    const r = decodeText(bytes, file);
    // A workbook by name that is not a ZIP: say what it should be.
    if (!r.ok && XLSX_NAME.test(file) && r.diagnostic.code === 'FILE_NOT_TEXT') return refusal('FILE_XLSX_UNREADABLE', file, { why: 'not a ZIP archive' });
    return r;
  }
  try {
    const { xlsxToText } = await import('./xlsx.ts');
    return { ok: true, text: await xlsxToText(bytes), encoding: 'xlsx' };
  } catch (e) {
    // The custom element's build leaves the workbook reader out (xlsx-none.ts).
    if (e instanceof Error && e.message === XLSX_NOT_BUILT) return refusal('FILE_XLSX_NOT_IN_EMBED', file);
    const why = e instanceof Error && e.message ? e.message.slice(0, 200) : 'unreadable';
    return refusal('FILE_XLSX_UNREADABLE', file, { why });
  }
}
