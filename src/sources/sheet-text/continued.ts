/**
 * Cells that run over two lines. A spreadsheet copies a cell with a line break as a quoted
 * cell ("first line⏎second line"); text copied from a PDF breaks a row anywhere, and the rest
 * of the row (amount included) continues on the next line. Both are joined back into one line.
 */
import type { Line } from './text.ts';

/** Most lines a quoted cell may span; a stray quote that never closes leaves the lines as they are. */
const MAX_QUOTED_LINES = 20;

/**
 * Joins two pieces of one cell text. A line break inside Latin words was a space ("Amazon Web"
 * + "Services, Inc."): one space when the first piece ends in a printable ASCII character and
 * the second starts with an ASCII letter or digit. Anywhere else (Japanese text, "購入" +
 * "(複数同種契約)") the pieces are joined as they are, since Japanese is written without spaces.
 */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const l = a.charCodeAt(a.length - 1);
  const r = b.charCodeAt(0);
  const latin = l > 0x20 && l < 0x7f && ((r >= 48 && r <= 57) || (r >= 65 && r <= 90) || (r >= 97 && r <= 122));
  return latin ? `${a} ${b}` : a + b;
}

/** Number of `"` in a text. */
function quotes(v: string): number {
  let n = 0;
  for (let i = v.indexOf('"'); i >= 0; i = v.indexOf('"', i + 1)) n++;
  return n;
}

/** A cell as a spreadsheet quotes it: `"…"` with inner quotes doubled → the text inside. */
function unquote(v: string): string {
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1).replaceAll('""', '"') : v;
}

function withCells(no: number, cells: string[]): Line {
  let first = -1;
  let filled = 0;
  for (let c = 0; c < cells.length; c++) {
    if (cells[c] === '') continue;
    if (first < 0) first = c;
    filled++;
  }
  return { no, text: cells.join('\t'), cells, first, filled };
}

/**
 * Joins quoted cells that span lines: a cell opening with `"` and holding an odd number of
 * quotes continues on the next lines until the quotes balance (at most 20 lines). The joined
 * line keeps the first line's number; the lines it absorbed are left out. Linear: each line
 * is looked at no more than MAX_QUOTED_LINES times, and only lines with a quote at all.
 */
export function joinQuotedCells(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as Line;
    const open = line.text.includes('"') ? openCell(line.cells) : -1;
    if (open < 0) {
      out.push(line);
      continue;
    }
    // Find the line where the quote closes: the first cell of a later line with an odd count.
    let balance = quotes(line.cells[open] as string) % 2;
    let end = -1;
    for (let k = n + 1; k < lines.length && k <= n + MAX_QUOTED_LINES; k++) {
      const cells = (lines[k] as Line).cells;
      // The open cell goes on with the next line's first cell; a later cell would mean the line is a row of its own.
      balance = (balance + quotes(cells[0] ?? '')) % 2;
      if (balance === 0) {
        end = k;
        break;
      }
      if (cells.length > 1) break;
    }
    if (end < 0) {
      out.push(line);
      continue;
    }
    const cells = line.cells.slice(0, open);
    let cell = line.cells[open] as string;
    for (let k = n + 1; k <= end; k++) cell = joinText(cell, (lines[k] as Line).cells[0] ?? '');
    cells.push(unquote(cell));
    const rest = (lines[end] as Line).cells;
    for (let i = 1; i < rest.length; i++) cells.push(rest[i] as string);
    out.push(withCells(line.no, cells));
    n = end;
  }
  return out;
}

/** Index of the last cell that opens a quote without closing it, or -1. */
function openCell(cells: readonly string[]): number {
  const last = cells.length - 1;
  const v = cells[last] as string;
  return v.startsWith('"') && quotes(v) % 2 === 1 ? last : -1;
}

/**
 * One line from a row cut short and the line that continues it (text copied from a PDF): the
 * row's last filled cell is joined with the continuation's first filled cell, and the
 * continuation's further cells follow. When the continuation keeps the row's columns (its first
 * filled cell sits at or after the cut cell), cells stay in place.
 */
export function joinContinuation(row: Line, next: Line): Line {
  let k = -1;
  for (let i = row.cells.length - 1; i >= 0; i--) if (row.cells[i] !== '') { k = i; break; }
  if (k < 0 || next.first < 0) return row;
  const cells = row.cells.slice(0, k + 1);
  if (next.first > k) {
    // The row broke between cells: the continuation's cells are already in their columns.
    for (let i = k + 1; i < next.cells.length; i++) cells.push(next.cells[i] as string);
  } else {
    cells[k] = joinText(cells[k] as string, next.cells[next.first] as string);
    // A loop, not push(...): a hostile line can have a million cells.
    for (let i = next.first + 1; i < next.cells.length; i++) cells.push(next.cells[i] as string);
  }
  return withCells(row.no, cells);
}
