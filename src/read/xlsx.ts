/**
 * An .xlsx workbook → the tab-separated text a spreadsheet's copy of its first sheet gives:
 * cells joined by tabs, rows by `\n`, so the text reader reads it like the copied text.
 * Loaded only when a workbook arrives (decode.ts imports it dynamically); the same module
 * serves the browser and the CLI (read-excel-file's universal entry: an ArrayBuffer in,
 * no worker, no Node or DOM APIs).
 *
 * Cells as displayed where the file says so: numbers to Excel's 15 significant digits
 * (`535.70000000000005` → `535.7`), dates as `2021/4/1` (`2021/4/1 9:05` with a time),
 * booleans `TRUE`/`FALSE`, strings as written (a line break or tab inside a cell becomes a
 * space, so one row stays one line). Merged cells give their value in the top-left cell.
 * Every row is as wide as the sheet's used range (a copy of the range gives its empty
 * cells too); trailing empty rows are left out, leading ones stay, so line numbers are the
 * sheet's row numbers. Number formats (%, thousands
 * separators, ▲) are not applied: read-excel-file does not expose them; a percentage cell
 * comes out as its value (0.946).
 */
import { readSheet } from 'read-excel-file/universal';

/** One cell as read-excel-file gives it with `parseNumber` keeping the stored digits. */
export type XlsxCell = string | number | boolean | Date | null | undefined;

/** A stored number (`"535.70000000000005"`, `"1E-3"`) as Excel shows it in General format. */
export function displayNumber(stored: string): string {
  const n = Number(stored);
  if (!Number.isFinite(n)) return stored;
  return String(Number(n.toPrecision(15)));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date cell as a Japanese spreadsheet shows it by default (UTC: read-excel-file's dates carry no zone). */
export function displayDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${h}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

/** One cell's text. */
export function cellText(cell: XlsxCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return displayNumber(String(cell));
  if (cell instanceof Date) return displayDate(cell);
  return cell.replace(/\r\n|[\r\n\t]/g, ' ');
}

/** Rows of cells → tab-separated text: every row as wide as the sheet's used range, as a copy of it gives; trailing empty rows dropped. */
export function rowsToText(rows: readonly (readonly XlsxCell[])[]): string {
  const lines = rows.map((row) => row.map(cellText).join('\t'));
  let last = lines.length;
  while (last > 0 && /^\t*$/.test(lines[last - 1] as string)) last--;
  return lines.slice(0, last).join('\n');
}

/** Most a workbook may unpack to (its XML); a 20 MB file of real sheets unpacks to far less. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/**
 * What the ZIP's central directory says its files unpack to, read before unpacking (so a
 * small file that would unpack to gigabytes is refused instead of freezing the page);
 * null when there is no readable directory (read-excel-file then says what is wrong).
 */
export function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY; // ZIP64: over 4 GB
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** The first sheet of an .xlsx file as tab-separated text; throws when it is not a workbook. */
export async function xlsxToText(bytes: Uint8Array): Promise<string> {
  const unpacked = unpackedSize(bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES) throw new Error(`it would unpack to more than ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB`);
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  // parseNumber keeps the stored digits, so the display rounding above starts from them.
  const rows = await readSheet<string>(buffer as ArrayBuffer, { trim: false, parseNumber: (s: string) => displayNumber(s) });
  return rowsToText(rows as XlsxCell[][]);
}
