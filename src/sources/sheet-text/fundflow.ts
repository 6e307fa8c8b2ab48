/** The 資金の流れ section: 費目・使途 tables and 支出先上位10者リスト, read line by line. */
import type { Diagnostic, Recipient } from '../../contract/schema.ts';
import { diag } from '../../i18n/messages.ts';
import { compactCell, type Line } from './text.ts';
import { addExpenseRow, expenseHeadings, finishExpenseGroup, isExpenseColumnRow, type RawExpenseTable } from './expenses.ts';
import { headerRowBlock, isRankedLine, listColumns, listHeading, readRecipient, readRow, type ListColumns } from './recipients.ts';
import { joinContinuation } from './continued.ts';

/** A block's list as read. */
export interface RawList {
  block: string;
  line: number;
  recipients: Recipient[];
  /** Rows that started like rows but could not be read: the block's total is partial. */
  unreadable: number;
  /** True when the file ends inside this list. */
  cut: boolean;
  /** Ranks seen so far, to note a rank given twice in constant time. */
  ranks: Set<number>;
}

/** Most lines a row cut short may continue on. */
const MAX_CONTINUATION = 3;

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
  const list: RawList = { block, line, recipients: [], unreadable: 0, cut: false, ranks: new Set() };
  lists.set(block, list);
  return list;
}

/** Reads every 費目・使途 table and recipient list in the given lines. */
export function parseFundFlow(lines: readonly Line[], diagnostics: Diagnostic[]): RawFundFlow {
  const lists = new Map<string, RawList>();
  const tables: RawExpenseTable[] = [];
  let mode: Mode = { kind: 'none' };
  let lastCols: ListColumns | null = null;
  // The last list row seen, and whether it could be read: a file that stops there may be cut.
  let lastRow: { list: RawList; line: number; bad: boolean } | null = null;
  // Header rows read, by their text (strings: nothing to go stale; one parse, at most its lines). Pays (#10,
  // bench/RESULTS.md "Caches"): parseSheet of the ×100 sheet takes 6.2 ms with it, 9.7 ms without.
  const columns = new Map<string, ListColumns | null>();

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as Line;
    const headings = expenseHeadings(line);
    if (headings.length > 0) {
      if (mode.kind === 'expenses') finishExpenseGroup(mode.group);
      const group = headings.map((h) => ({ block: h.block, recipient: h.name, line: line.no, col: h.col, items: [], total: null, closed: false }));
      for (const t of group) tables.push(t);
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
      const list = mode.list;
      const prev = list.recipients.at(-1)?.rank ?? 0;
      const r = readRow(line, cols, prev, list.block);
      if (r.kind === 'none') continue;
      lastRow = { list, line: line.no, bad: r.kind === 'bad' };
      if (r.kind === 'row') {
        addRow(list, r.recipient, diagnostics);
        diagnostics.push(...r.diagnostics);
        continue;
      }
      // A row cut before its amount may go on on the next lines (text copied from a PDF).
      const joined = r.cut ? continueRow(lines, n, cols, prev, list.block) : null;
      if (joined) {
        addRow(list, joined.recipient, diagnostics);
        diagnostics.push(...joined.diagnostics);
        diagnostics.push(diag('info', 'ROW_CONTINUED', line.no, { block: list.block, to: (lines[joined.end] as Line).no }, { blockId: list.block, rank: joined.recipient.rank }));
        lastRow = { list, line: (lines[joined.end] as Line).no, bad: false };
        n = joined.end;
        continue;
      }
      list.unreadable++;
      diagnostics.push(...r.diagnostics);
      continue;
    }
    const stray = lastCols ? readRecipient(line, lastCols, 0, '?', []) : null;
    if (stray) diagnostics.push(diag('warning', 'ROW_OUTSIDE_BLOCK', line.no));
  }
  if (mode.kind === 'expenses') finishExpenseGroup(mode.group);
  if (mode.kind === 'list') endsInList(mode.list, lastRow, lines, lists, tables, diagnostics);
  return { lists: [...lists.values()], tables };
}

/** Adds a row to its list; a rank the list already has is kept as another recipient, with a note. */
function addRow(list: RawList, r: Recipient, diagnostics: Diagnostic[]): void {
  if (list.ranks.has(r.rank))
    diagnostics.push(diag('info', 'DUPLICATE_RANK', r.line, { block: list.block, rank: r.rank }, { blockId: list.block, rank: r.rank }));
  list.ranks.add(r.rank);
  list.recipients.push(r);
}

/**
 * The row at lines[n] joined with the lines that continue it, when that makes a readable row:
 * following lines that are not blank, not ranked rows and not headings, at most three.
 */
function continueRow(lines: readonly Line[], n: number, cols: ListColumns, prev: number, block: string): { recipient: Recipient; diagnostics: Diagnostic[]; end: number } | null {
  let row = lines[n] as Line;
  for (let k = n + 1, used = 0; k < lines.length && used < MAX_CONTINUATION; k++) {
    const next = lines[k] as Line;
    if (next.first < 0) continue;
    if (isRankedLine(next, cols) || listHeading(next) || expenseHeadings(next).length > 0 || /支出先|相手先|契約相手/.test(next.text) && listColumns(next)) return null;
    row = joinContinuation(row, next);
    used++;
    const r = readRow(row, cols, prev, block);
    if (r.kind === 'row') return { recipient: r.recipient, diagnostics: r.diagnostics, end: k };
    if (r.kind !== 'bad' || !r.cut) return null;
  }
  return null;
}

/**
 * Says so when the file stops inside a list: its last row could not be read, the list has no
 * row, or 費目・使途 tables name blocks whose lists never came. The list is then incomplete.
 */
function endsInList(list: RawList, lastRow: { list: RawList; line: number; bad: boolean } | null, lines: readonly Line[], lists: Map<string, RawList>, tables: readonly RawExpenseTable[], diagnostics: Diagnostic[]): void {
  const cutRow = lastRow !== null && lastRow.list === list && lastRow.bad;
  // Tables of later blocks (B after A, AA after Z) whose lists never came.
  const later = (id: string): boolean => id.length > list.block.length || (id.length === list.block.length && id > list.block);
  const missing = tables.some((t) => !lists.has(t.block) && later(t.block));
  if (!cutRow && list.recipients.length > 0 && !missing) return;
  let last = lines.length - 1;
  while (last > 0 && (lines[last] as Line).first < 0) last--;
  const line = (lines[last] as Line | undefined)?.no ?? list.line;
  list.cut = true;
  diagnostics.push(diag('warning', 'FILE_ENDS_IN_LIST', line, { block: list.block }, { blockId: list.block }));
}
