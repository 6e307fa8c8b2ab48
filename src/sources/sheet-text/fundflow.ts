/** The 資金の流れ section: 費目・使途 tables and 支出先上位10者リスト, read line by line. */
import type { Diagnostic, Recipient } from '../../contract/schema.ts';
import { diag } from '../../i18n/messages.ts';
import { compactCell, type Line } from './text.ts';
import { addExpenseRow, expenseHeadings, finishExpenseGroup, isExpenseColumnRow, type RawExpenseTable } from './expenses.ts';
import { headerRowBlock, listColumns, listHeading, readRecipient, type ListColumns } from './recipients.ts';

/** A block's list as read. */
export interface RawList {
  block: string;
  line: number;
  recipients: Recipient[];
}

/** What the fund-flow section yielded. */
export interface RawFundFlow {
  lists: RawList[];
  tables: RawExpenseTable[];
}

type Mode =
  | { kind: 'none' }
  | { kind: 'expenses'; group: RawExpenseTable[] }
  | { kind: 'list'; list: RawList; cols: ListColumns | null };

/** The list of a block, new or (with a warning) the one already read. */
function openList(lists: Map<string, RawList>, block: string, line: number, diagnostics: Diagnostic[]): RawList {
  const existing = lists.get(block);
  if (existing) {
    diagnostics.push(diag('warning', 'DUPLICATE_BLOCK', line, { block }, { blockId: block }));
    return existing;
  }
  const list: RawList = { block, line, recipients: [] };
  lists.set(block, list);
  return list;
}

/** Reads every 費目・使途 table and recipient list in the given lines. */
export function parseFundFlow(lines: readonly Line[], diagnostics: Diagnostic[]): RawFundFlow {
  const lists = new Map<string, RawList>();
  const tables: RawExpenseTable[] = [];
  let mode: Mode = { kind: 'none' };
  let lastCols: ListColumns | null = null;
  const columns = new Map<string, ListColumns | null>();

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as Line;
    const headings = expenseHeadings(line);
    if (headings.length > 0) {
      if (mode.kind === 'expenses') finishExpenseGroup(mode.group);
      const group = headings.map((h) => ({ block: h.block, recipient: h.name, line: line.no, col: h.col, items: [], total: null, closed: false }));
      tables.push(...group);
      mode = { kind: 'expenses', group };
      continue;
    }
    const heading = listHeading(line);
    if (heading) {
      if (mode.kind === 'expenses') finishExpenseGroup(mode.group);
      mode = { kind: 'list', list: openList(lists, heading, line.no, diagnostics), cols: lastCols };
      continue;
    }
    const cols = listColumns(line, columns);
    if (cols) {
      lastCols = cols;
      const block = headerRowBlock(line);
      if (block) {
        if (mode.kind === 'expenses') finishExpenseGroup(mode.group);
        mode = { kind: 'list', list: openList(lists, block, line.no, diagnostics), cols };
      }
      else if (mode.kind === 'list') mode.cols = cols;
      continue;
    }
    if (mode.kind === 'expenses') {
      if (isExpenseColumnRow(line)) {
        // The 費目 cells give each side-by-side table its exact column.
        const starts = line.cells.flatMap((c, i) => (compactCell(c) === '費目' ? [i] : []));
        if (starts.length === mode.group.length) mode.group.forEach((t, k) => (t.col = starts[k] ?? t.col));
        continue;
      }
      addExpenseRow(line, mode.group, diagnostics);
      continue;
    }
    if (mode.kind === 'list') {
      const cols = mode.cols ?? lastCols;
      if (!cols) continue;
      const prev = mode.list.recipients.at(-1)?.rank ?? 0;
      const r = readRecipient(line, cols, prev, mode.list.block, diagnostics);
      if (r) mode.list.recipients.push(r);
      continue;
    }
    const stray = lastCols ? readRecipient(line, lastCols, 0, '?', []) : null;
    if (stray) diagnostics.push(diag('warning', 'ROW_OUTSIDE_BLOCK', line.no));
  }
  if (mode.kind === 'expenses') finishExpenseGroup(mode.group);
  return { lists: [...lists.values()], tables };
}
