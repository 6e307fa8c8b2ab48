/** The 予算額・執行額 table: one column per fiscal year, the last usually the next year's request. */
import type { BudgetYear, Diagnostic } from '../../contract/schema.ts';
import { diag } from '../../i18n/messages.ts';
import { compactCell, type Line } from './text.ts';
import { clip, eraYear, parseNumber } from './numbers.ts';

type Row = 'initial' | 'supplementary' | 'carriedIn' | 'carriedOut' | 'reserve' | 'total' | 'executed' | 'executionRate';

// Exact labels after removing white space; 当初予算+補正予算に対する… must not match 当初予算.
const LABELS: [RegExp, Row][] = [
  [/^当初予算(?:額)?$/, 'initial'],
  [/^補正予算(?:額)?$/, 'supplementary'],
  [/^前年度(?:から|より)?の?繰越(?:し|額)?$/, 'carriedIn'],
  [/^翌年度へ?の?繰越(?:し|額)?$/, 'carriedOut'],
  [/^予備費(?:等)?(?:使用額)?$/, 'reserve'],
  [/^(?:合)?計$/, 'total'],
  [/^執行額$/, 'executed'],
  [/^執行率(?:\(%\))?$/, 'executionRate'],
];

const ROW_NAMES: Record<Row, string> = {
  initial: '当初予算', supplementary: '補正予算', carriedIn: '前年度から繰越し', carriedOut: '翌年度へ繰越し',
  reserve: '予備費等', total: '計', executed: '執行額', executionRate: '執行率',
};

function labelOf(cell: string): Row | null {
  if (cell === '') return null;
  const c = compactCell(cell);
  for (let k = 0; k < LABELS.length; k++) {
    const label = LABELS[k] as [RegExp, Row];
    if (label[0].test(c)) return label[1];
  }
  return null;
}

/** Reads the budget table; returns [] when the sheet has none. */
export function parseBudget(lines: readonly Line[], diagnostics: Diagnostic[]): BudgetYear[] {
  // A cell's text without white space is in its line's text, so most lines are ruled out at once.
  const headerAt = lines.findIndex((l) => l.text.includes('予算額') && l.text.includes('執行額') &&
    l.cells.some((c) => /予算額/.test(c) && /執行額/.test(c)) && l.cells.some((c) => eraYear(c) !== null));
  const header = lines[headerAt];
  if (!header) return [];
  const columns = header.cells
    .map((c, i) => ({ i, year: eraYear(c), label: c, request: /要求|要望/.test(c) }))
    .filter((c): c is { i: number; year: number; label: string; request: boolean } => c.year !== null);
  const years: BudgetYear[] = columns.map((c) => ({
    year: c.year, label: c.label, request: c.request,
    initial: null, supplementary: null, carriedIn: null, carriedOut: null, reserve: null, total: null, executed: null, executionRate: null,
  }));
  const first = columns[0]?.i ?? 0;
  const seen = new Set<Row>();
  // The table's rows follow the header; blank lines in between do not count.
  for (let n = headerAt + 1, rows = 0; n < lines.length && rows < 15; n++) {
    const line = lines[n] as Line;
    if (line.text.trim() === '') continue;
    rows++;
    // Same as testing each cell: the words have no white space, which is all cleaning changes.
    if (/予算内訳|活動内容|活動目標/.test(line.text)) break;
    const at = line.cells.findIndex((c) => labelOf(c) !== null);
    if (at < 0) continue;
    const row = labelOf(line.cells[at] ?? '') as Row;
    if (seen.has(row)) continue;
    seen.add(row);
    const start = windowStart(line.cells, at, first, columns.length);
    columns.forEach((_, k) => {
      const col = start + k;
      const text = line.cells[col] ?? '';
      const n = parseNumber(text);
      const target = years[k];
      if (!target) return;
      if (row === 'executed') target.executedLine = line.no;
      if (n.kind === 'value') target[row] = n.value;
      else if (n.kind === 'invalid')
        diagnostics.push(diag('warning', 'BAD_NUMBER', line.no, { field: ROW_NAMES[row], text: clip(text) }, { column: col + 1 }));
      else if (n.kind === 'out-of-range')
        diagnostics.push(diag('warning', 'NUMBER_OUT_OF_RANGE', line.no, { field: ROW_NAMES[row], text: clip(text) }, { column: col + 1 }));
    });
  }
  return years;
}

/**
 * Where a row's values start. Extraction can drop leading cells, shifting a row left;
 * take the window after the label that holds every filled value cell and lies closest
 * to the header's first year column.
 */
function windowStart(cells: readonly string[], label: number, first: number, width: number): number {
  let last = -1;
  cells.forEach((c, i) => {
    if (i > label && c !== '') last = i;
  });
  let best = label + 1;
  for (let s = label + 1; s <= Math.max(first, label + 1); s++) {
    const holdsAll = last < s + width;
    const firstFilled = cells.findIndex((c, i) => i > label && c !== '');
    if (holdsAll && (firstFilled < 0 || firstFilled >= s)) best = s;
  }
  return best;
}
