/**
 * 費目・使途 tables. Each heading row names one or more blocks printed side by side
 * ("A.(国研)情報通信研究機構 | B.(株)日立製作所"); rows below hold (費目, 使途, 金額)
 * triples per table and a 計 row closes a table. Extraction may drop a row's leading
 * cells, so triples are matched to tables by where their amount cell sits.
 */
import type { Diagnostic } from '../../contract/schema.ts';
import { diag } from '../../i18n/messages.ts';
import { compactCell, type Line } from './text.ts';
import { clip, parseNumber } from './numbers.ts';
import { sum } from '../../util/decimal.ts';

/** A table row; `movable` when its row held fewer triples than open tables, so its table was a guess. */
export interface RawExpenseItem {
  category: string;
  purpose: string;
  amount: number;
  line: number;
  movable?: boolean;
}

/** A 費目・使途 table as read, before it is attached to its block. */
export interface RawExpenseTable {
  block: string;
  recipient: string;
  line: number;
  /** 0-based cell index of the table's 費目 column. */
  col: number;
  items: RawExpenseItem[];
  total: number | null;
  closed: boolean;
}

const HEADING = /^([A-Z]{1,2})\s*[.:、]\s*(\S.*)$/;

/** Block headings of a 費目・使途 heading row, e.g. [{block:"A", name:"(国研)情報通信研究機構", col:1}]. */
export function expenseHeadings(line: Line): { block: string; name: string; col: number }[] {
  const out: { block: string; name: string; col: number }[] = [];
  // A ranked list row ("1  A.T.カーニー(株) …") is not a heading.
  if (line.first < 0 || isDigits(line.cells[line.first] as string)) return out;
  for (let i = line.first; i < line.cells.length; i++) {
    const v = line.cells[i] as string;
    // HEADING starts with a capital; most cells fail this before the regex.
    if (v === '') continue;
    const c = v.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    const m = HEADING.exec(v);
    if (m?.[1] && m[2]) out.push({ block: m[1], name: m[2].trim(), col: i });
  }
  return out;
}

/** True when a non-empty text is all ASCII digits. */
function isDigits(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return v !== '';
}

/** True for the 費目 | 使途 | 金額 column-header row. */
export function isExpenseColumnRow(line: Line): boolean {
  // Both labels need characters that most rows' text lacks.
  if (!line.text.includes('目') || !line.text.includes('途')) return false;
  const c = line.cells.map(compactCell);
  return c.includes('費目') && c.some((x) => x === '使途' || x === '用途');
}

interface Triple {
  texts: { i: number; v: string }[];
  amount: number;
  /** 0-based index of the amount cell. */
  at: number;
  isTotal: boolean;
}

/** Splits a row into (texts…, amount) triples; text after the last amount is ignored; a number too large to read is left out with a warning. */
function triples(line: Line, diagnostics: Diagnostic[]): Triple[] {
  const out: Triple[] = [];
  let texts: { i: number; v: string }[] = [];
  for (let i = 0; i < line.cells.length; i++) {
    const v = line.cells[i] as string;
    if (v === '') continue;
    const n = parseNumber(v);
    if (n.kind === 'value') {
      out.push({ texts, amount: n.value, at: i, isTotal: texts.some((t) => /^(?:合)?計$/.test(compactCell(t.v))) });
      texts = [];
    } else if (n.kind === 'out-of-range') {
      diagnostics.push(diag('warning', 'NUMBER_OUT_OF_RANGE', line.no, { field: '金額', text: clip(v) }, { column: i + 1 }));
      texts = [];
    } else {
      texts.push({ i, v });
    }
  }
  return out;
}

/** Order-preserving assignment of triples to tables with the least column distance. */
function assign(ts: Triple[], tables: RawExpenseTable[]): (RawExpenseTable | null)[] {
  const pick = assignColumns(ts.map((t) => t.at), tables.map((t) => t.col));
  return pick ? pick.map((j) => tables[j] ?? null) : ts.map(() => null);
}

/** Above this many (amount, table) pairs a row is matched greedily (hostile input only: a row of thousands of tables). */
const MAX_DP_CELLS = 1_000_000;

/**
 * Greedy order-preserving assignment in linear time: each amount takes, from the tables left
 * after the previous pick (keeping enough for the amounts after it), the nearest one.
 */
function nearestInOrder(ats: readonly number[], cols: readonly number[]): number[] {
  const pick: number[] = [];
  let from = 0;
  for (let i = 0; i < ats.length; i++) {
    const last = cols.length - (ats.length - i);
    let j = from;
    const cost = (x: number): number => Math.abs((ats[i] as number) - 2 - (cols[x] as number));
    while (j < last && cost(j + 1) <= cost(j)) j++;
    pick.push(j);
    from = j + 1;
  }
  return pick;
}

/**
 * The cheapest order-preserving assignment of amount cells (`ats`) to tables (`cols`, each
 * table's 費目 column), one table per amount: the amount sits two cells right of 費目, and a
 * dropped cell shifts it left, so a pick costs |at − 2 − col|. Among equally cheap picks the
 * first in lexicographic order (what trying every assignment in order would keep). Dynamic
 * programming, O(amounts × tables); null when there are more amounts than tables.
 */
export function assignColumns(ats: readonly number[], cols: readonly number[]): number[] | null {
  const k = ats.length;
  const m = cols.length;
  if (k > m) return null;
  if (k === 0) return [];
  if (k * m > MAX_DP_CELLS) return nearestInOrder(ats, cols);
  // rest[i][j]: least cost of placing amounts i… on tables j… (Infinity when too few remain).
  const rest: Float64Array[] = [];
  for (let i = 0; i <= k; i++) rest.push(new Float64Array(m + 2).fill(i === k ? 0 : Infinity));
  for (let i = k - 1; i >= 0; i--) {
    const row = rest[i] as Float64Array;
    const next = rest[i + 1] as Float64Array;
    for (let j = m - 1; j >= 0; j--) {
      const here = Math.abs((ats[i] as number) - 2 - (cols[j] as number)) + (next[j + 1] as number);
      row[j] = Math.min(here, row[j + 1] as number);
    }
  }
  const pick: number[] = [];
  let from = 0;
  for (let i = 0; i < k; i++) {
    const target = (rest[i] as Float64Array)[from] as number;
    const next = rest[i + 1] as Float64Array;
    let j = from;
    while (j < m && Math.abs((ats[i] as number) - 2 - (cols[j] as number)) + (next[j + 1] as number) !== target) j++;
    pick.push(j);
    from = j + 1;
  }
  return pick;
}

/** Adds one data row to the open tables of the current side-by-side group. */
export function addExpenseRow(line: Line, group: RawExpenseTable[], diagnostics: Diagnostic[]): void {
  const ts = triples(line, diagnostics);
  if (ts.length === 0) return;
  const open = group.filter((t) => !t.closed);
  const targets = ts.length <= open.length ? assign(ts, open) : assign(ts.slice(0, open.length), open);
  ts.forEach((t, k) => {
    const table = targets[k];
    if (!table) {
      diagnostics.push(diag('warning', 'EXPENSE_ROW_UNASSIGNED', line.no, {}, { column: t.at + 1 }));
      return;
    }
    if (t.isTotal) {
      table.total = t.amount;
      table.closed = true;
      return;
    }
    const { category, purpose } = labels(t);
    table.items.push({ category, purpose, amount: t.amount, line: line.no, movable: ts.length < open.length });
  });
}

/** 費目 and 使途 of a triple; a lone text next to the amount is the 使途, one cell further the 費目. */
function labels(t: Triple): { category: string; purpose: string } {
  // The last two texts; indexing is cheaper than slice and destructuring.
  const n = t.texts.length;
  const a = n >= 2 ? t.texts[n - 2] : t.texts[0];
  const b = n >= 2 ? t.texts[n - 1] : undefined;
  if (a && b) return { category: a.v, purpose: b.v };
  if (a && a.i === t.at - 1) return { category: '', purpose: a.v };
  return { category: a?.v ?? '', purpose: '' };
}

/** Largest side-by-side group whose guessed rows are moved to balance 計 (sheets print 2 to 3 tables side by side). */
const MAX_REBALANCED_TABLES = 12;
const MAX_REBALANCED_ITEMS = 400;

/**
 * Ends a side-by-side group. A row whose table was guessed from its position moves to
 * another table when that makes more tables' items add up to their 計; then the
 * internal flags are dropped.
 */
export function finishExpenseGroup(group: RawExpenseTable[]): void {
  // Moving rows tries every item against every table: only for groups of a printed page's
  // size (a few tables side by side), never for a hostile row of thousands of headings.
  const items = group.reduce((n, t) => n + t.items.length, 0);
  const small = group.length <= MAX_REBALANCED_TABLES && items <= MAX_REBALANCED_ITEMS;
  for (let pass = 0; pass < (small ? 3 : 0); pass++) {
    let moved = false;
    for (const from of group) {
      for (const item of [...from.items]) {
        if (!item.movable || balanced(from)) continue;
        const before = balancedCount(group);
        for (const to of group) {
          if (to === from) continue;
          from.items.splice(from.items.indexOf(item), 1);
          to.items.push(item);
          if (balancedCount(group) > before) {
            to.items.sort((a, b) => a.line - b.line);
            moved = true;
            break;
          }
          to.items.pop();
          from.items.push(item);
          from.items.sort((a, b) => a.line - b.line);
        }
      }
    }
    if (!moved) break;
  }
  for (const t of group) for (const item of t.items) delete item.movable;
}

/** True when a table's items add up to its 計. */
function balanced(t: RawExpenseTable): boolean {
  return t.total !== null && sum(t.items.map((i) => i.amount)) === t.total;
}

function balancedCount(group: RawExpenseTable[]): number {
  return group.filter(balanced).length;
}
