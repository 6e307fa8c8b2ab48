/**
 * 支出先上位10者リスト: per block a heading ("A." / "B"), a column-header row
 * (支出先, 法人番号, 業務概要, 支出額, 契約方式等, 入札者数, 落札率, 理由) and ranked rows.
 * Columns are found by their header text, so reordered or renamed columns still read.
 */
import type { Diagnostic, Recipient } from '../../contract/schema.ts';
import { diag } from '../../i18n/messages.ts';
import { contractFamily } from '../../contract/families.ts';
import { corporateNumberStatus } from '../../util/corporateNumber.ts';
import { compactCell, type Line } from './text.ts';
import { clip, parseNumber } from './numbers.ts';

/** Cell index of each list column; -1 where the sheet lacks it. */
export interface ListColumns {
  rank: number;
  name: number;
  corporateNumber: number;
  description: number;
  amount: number;
  contractType: number;
  bidders: number;
  awardRate: number;
  reason: number;
}

const COLUMN_PATTERNS: [keyof ListColumns, RegExp][] = [
  ['name', /^(?:支出先|支出先名|相手先|契約相手方)/],
  ['corporateNumber', /法人番号/],
  ['description', /業務概要|業務内容|概要/],
  ['amount', /支出額|契約額|金額/],
  ['contractType', /契約方式|契約形態/],
  ['bidders', /入札者数|応募者数/],
  ['awardRate', /落札率/],
  ['reason', /理由|改善策/],
];

/**
 * Column indices from a list header row, or null when the row is not one. A line's cells
 * follow from its text, so `cache` can hold the answer for the header row every block repeats.
 */
export function listColumns(line: Line, cache?: Map<string, ListColumns | null>): ListColumns | null {
  if (!/支出先|相手先|契約相手/.test(line.text)) return null;
  const known = cache?.get(line.text);
  if (known !== undefined) return known && { ...known };
  const cols = readColumns(line);
  cache?.set(line.text, cols && { ...cols });
  return cols;
}

function readColumns(line: Line): ListColumns | null {
  const cols: ListColumns = { rank: -1, name: -1, corporateNumber: -1, description: -1, amount: -1, contractType: -1, bidders: -1, awardRate: -1, reason: -1 };
  line.cells.forEach((cell, i) => {
    const c = compactCell(cell);
    for (const [key, re] of COLUMN_PATTERNS) {
      if (cols[key] === -1 && re.test(c)) {
        cols[key] = i;
        break;
      }
    }
  });
  if (cols.name < 0 || (cols.amount < 0 && cols.corporateNumber < 0)) return null;
  // The rank sits in the (usually unlabelled) cell before the first named column.
  const firstNamed = Math.min(...Object.values(cols).filter((i) => i >= 0));
  const labelled = line.cells.findIndex((c) => /^(?:順位|No\.?|#)$/i.test(compactCell(c)));
  cols.rank = labelled >= 0 ? labelled : firstNamed - 1;
  return cols;
}

/** Block id of a list heading line ("A.", "B", "Cブロック", "AA", "AB."), or null. Ids after Z have two letters. */
export function listHeading(line: Line): string | null {
  if (line.filled !== 1) return null;
  const m = /^([A-Z]{1,2})\s*(?:[.:]|ブロック)?$/.exec(line.cells[line.first] ?? '');
  return m?.[1] ?? null;
}

/** Block id in the first cell of a list header row ("A  支出先  法人番号 …", "AB. 支出先 …"), or null. */
export function headerRowBlock(line: Line): string | null {
  const m = line.first >= 0 ? /^([A-Z]{1,2})\s*[.:]?$/.exec(line.cells[line.first] as string) : null;
  return m?.[1] ?? null;
}

const CORPORATE = /^\d{13}$/;

/** What reading one line of a list gave. */
export type RowResult =
  | { kind: 'row'; recipient: Recipient; diagnostics: Diagnostic[] }
  | { kind: 'none' }
  /** A row that starts like one but cannot be read; `cut` when it stops before its amount column (it may run on to the next line). */
  | { kind: 'bad'; diagnostics: Diagnostic[]; cut: boolean };

/**
 * Reads one ranked row. Returns null for lines that are not rows (notes, blank);
 * a row that starts like one but cannot be read gives a warning naming its line.
 */
export function readRecipient(line: Line, cols: ListColumns, previousRank: number, block: string, diagnostics: Diagnostic[]): Recipient | null {
  const r = readRow(line, cols, previousRank, block);
  if (r.kind === 'none') return null;
  diagnostics.push(...r.diagnostics);
  return r.kind === 'row' ? r.recipient : null;
}

/**
 * True when a line starts a ranked row: its first filled cell is a rank ("1", "12345", "3.")
 * at or left of the rank column (dropped cells shift rows left, never right; a number further
 * right, as in "⇥⇥⇥⇥15⇥…", is an amount).
 */
export function isRankedLine(line: Line, cols: ListColumns): boolean {
  return line.first >= 0 && line.first <= Math.max(cols.rank, 0) && rankOf(line.cells[line.first] as string) >= 0;
}

/** Reads one line of a list: a row, not a row, or a row that cannot be read (with its warnings). */
export function readRow(line: Line, cols: ListColumns, previousRank: number, block: string): RowResult {
  const first = line.first;
  if (first < 0) return { kind: 'none' };
  const cells = line.cells;
  const diagnostics: Diagnostic[] = [];
  const ranked = rankOf(cells[first] as string);
  // Dropped leading cells shift the row left: align the rank cell with the rank column.
  const shift = ranked >= 0 ? first - Math.max(cols.rank, 0) : 0;
  const name = cellAt(cells, cols.name, shift);
  const amountText = cellAt(cells, cols.amount, shift);
  const amount = parseNumber(amountText);
  if (ranked < 0) {
    // Not a ranked row; read it only if it clearly has a name and an amount in place.
    if (!name || amount.kind !== 'value' || cols.rank < 0 || cells[cols.rank] !== '') return { kind: 'none' };
  }
  const rank = ranked >= 0 ? ranked : previousRank + 1;
  let last = -1;
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') { last = i; break; }
  const cut = amount.kind === 'none' && cols.amount >= 0 && last < cols.amount + shift;
  if (!name) {
    diagnostics.push(diag('warning', 'BAD_ROW', line.no, {
      block,
    }, { blockId: block, rank, column: cols.name + shift + 1 }));
    return { kind: 'bad', diagnostics, cut };
  }
  if (amount.kind === 'out-of-range') {
    diagnostics.push(diag('warning', 'NUMBER_OUT_OF_RANGE', line.no, { field: '支出額', text: clip(amountText) }, { blockId: block, rank, column: cols.amount + shift + 1 }));
    return { kind: 'bad', diagnostics, cut: false };
  }
  if (amount.kind !== 'value') {
    diagnostics.push(diag('warning', 'BAD_AMOUNT', line.no, { text: clip(amountText) || '(空欄)' }, { blockId: block, rank, column: cols.amount + shift + 1 }));
    return { kind: 'bad', diagnostics, cut };
  }
  const corpCell = cellAt(cells, cols.corporateNumber, shift);
  // Cells hold no white space other than single spaces.
  const corpText = corpCell.includes(' ') || corpCell.includes('-') ? corpCell.replace(/[\s-]/g, '') : corpCell;
  const corporateNumber = corpText === '' || corpCell === '-' || corpCell === '―' || corpCell === 'なし' ? null : corpText;
  const contractType = cellAt(cells, cols.contractType, shift) || null;
  const recipient: Recipient = {
    rank, name,
    corporateNumber,
    corporateNumberValid: corporateNumber === null ? null : CORPORATE.test(corporateNumber) && corporateNumberStatus(corporateNumber).valid,
    description: cellAt(cells, cols.description, shift),
    amount: amount.value,
    contractType: contractType === '-' ? null : contractType,
    contractFamily: contractFamily(contractType),
    bidders: intOrNull(cellAt(cells, cols.bidders, shift), line, '入札者数', cols.bidders + shift, diagnostics),
    awardRate: numberOrWarn(cellAt(cells, cols.awardRate, shift), line, '落札率', cols.awardRate + shift, diagnostics),
    reason: nonDash(cellAt(cells, cols.reason, shift)),
    line: line.no,
  };
  return { kind: 'row', recipient, diagnostics };
}

/** The cell of a list column in a row shifted by `shift`; '' where the sheet lacks the column. */
function cellAt(cells: readonly string[], col: number, shift: number): string {
  return col < 0 ? '' : (cells[col + shift] ?? '');
}

/** The rank of a cell reading "1" to "9999999" (RSシステム lists reach tens of thousands), optionally with a dot ("3."), or -1. */
function rankOf(v: string): number {
  const end = v.length > 1 && v.charCodeAt(v.length - 1) === 46 /* . */ ? v.length - 1 : v.length;
  if (end === 0 || end > 7) return -1;
  let rank = 0;
  for (let i = 0; i < end; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    rank = rank * 10 + d;
  }
  return rank;
}

function nonDash(v: string): string | null {
  return v === '' || v === '-' || v === '―' || v === '—' ? null : v;
}

function numberOrWarn(text: string, line: Line, field: string, col: number, diagnostics: Diagnostic[]): number | null {
  const n = parseNumber(text);
  if (n.kind === 'invalid') diagnostics.push(diag('warning', 'BAD_NUMBER', line.no, { field, text: clip(text) }, { column: col + 1 }));
  if (n.kind === 'out-of-range') diagnostics.push(diag('warning', 'NUMBER_OUT_OF_RANGE', line.no, { field, text: clip(text) }, { column: col + 1 }));
  return n.kind === 'value' ? n.value : null;
}

/** A count (入札者数): an exact integer or null; beyond 2^53 it could not be exact, so it is refused with a warning. */
function intOrNull(text: string, line: Line, field: string, col: number, diagnostics: Diagnostic[]): number | null {
  const v = numberOrWarn(text, line, field, col, diagnostics);
  return v === null ? null : Number.isSafeInteger(v) ? v : null;
}
