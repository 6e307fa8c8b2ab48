/**
 * CSV records of a decoded text, RFC 4180: a line without a quote is split on commas (most rows
 * of the RSシステム files, and fast); a record with quotes — commas or line breaks inside a cell —
 * is handed to PapaParse, extended over physical lines until its quotes balance. Calls `fn` with
 * each record's cells, its raw text (without the line end) and its 1-based first physical line.
 */
import Papa from 'papaparse';

/** Most physical lines one quoted record may span before it is taken as broken. */
const MAX_SPAN = 64;

function quotes(s: string, from = 0): number {
  let n = 0;
  for (let i = s.indexOf('"', from); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

/** Parses one record's text that holds quotes. */
export function parseQuoted(raw: string): string[] {
  // One record: no line end outside quotes, so PapaParse need not guess one.
  const r = Papa.parse<string[]>(raw, { delimiter: ',', newline: '\n', header: false, skipEmptyLines: false });
  return r.data[0] ?? [''];
}

/** The cells of a stored raw record. */
export function cellsOf(raw: string): string[] {
  return raw.indexOf('"') < 0 ? raw.split(',') : parseQuoted(raw);
}

/** Iterates the records; `broken` is called for a quoted record that never closes (read as its first line). */
export function forEachRecord(text: string, fn: (cells: string[], raw: string, line: number) => void, broken?: (line: number) => void): void {
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    let stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let raw = text.slice(pos, stop);
    if (raw.indexOf('"') < 0) {
      fn(raw.split(','), raw, line);
      line++;
      pos = end + 1;
      continue;
    }
    let count = quotes(raw);
    let span = 1;
    let next = end;
    while (count % 2 === 1 && next < n && span < MAX_SPAN) {
      let e = text.indexOf('\n', next + 1);
      if (e < 0) e = n;
      count += quotes(text.slice(next + 1, e));
      next = e;
      span++;
    }
    if (count % 2 === 1) {
      // Never closed: read the first line alone, so one bad cell loses one row.
      broken?.(line);
      fn(parseQuoted(raw), raw, line);
      line++;
      pos = end + 1;
      continue;
    }
    stop = next > pos && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    raw = text.slice(pos, stop);
    fn(parseQuoted(raw), raw, line);
    line += span;
    pos = next + 1;
  }
}
