/** Row access for stored records, and each project's list entry (built in the reading pass). */
import { sum } from '../../util/decimal.ts';
import type { RsTable } from './columns.ts';
import { TABLE_COLUMNS, type HeaderMap } from './columns.ts';
import { cellsOf } from './csv.ts';
import { blockId, bool, corporateNumber, number, text } from './values.ts';
import type { ProjectSummary, RsProjectRows, RsProjectStore, RsYear } from './types.ts';
import { leanRecord, newLean, type LeanBuild } from './yearRows.ts';

/** A field of a table's records. */
export type FieldOf<T extends RsTable> = keyof (typeof TABLE_COLUMNS)[T] & string;

/** One record of a table, read by field name; one view is reused for all records of a file. */
export class RowView<T extends RsTable> {
  cells: readonly string[] = [];
  constructor(private readonly columns: Record<string, number>) {}
  /** The cell of `field`, '' when the file has no such column or the record is short. */
  get(field: FieldOf<T>): string {
    const i = this.columns[field];
    return i === undefined || i < 0 ? '' : (this.cells[i] ?? '');
  }
}

/** Iterates the stored records of one table: `row.get(field)` reads the current record's cell. */
export function eachRow<T extends RsTable>(
  year: RsYear,
  parts: readonly RsProjectRows[] | undefined,
  table: T,
  fn: (row: RowView<T>, line: number, file: number) => void,
): void {
  if (!parts) return;
  void table; // the table only types the field names
  for (const part of parts) {
    const view = new RowView<T>(year.files[part.file]?.columns ?? {});
    for (let r = 0; r < part.rows.length; r++) {
      view.cells = cellsOf(part.rows[r] as string);
      fn(view, part.lines[r] as number, part.file);
    }
  }
}

/** Lower-case NFKC without white space: the form `ProjectSummary.search` is written in. */
export function searchKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** What the list entry needs, gathered while the rows are read. */
export interface Accumulator {
  blockTotals: Map<string, number>;
  names: Set<string>;
  fromMinistry: Set<string>;
  direct: number[];
  executed: number | null;
  /** year (#14): the project's year-model entry being built. */
  lean: LeanBuild;
}

export function newAccumulator(): Accumulator {
  return { blockTotals: new Map(), names: new Set(), fromMinistry: new Set(), direct: [], executed: null, lean: newLean() };
}

/** Adds one record to its project's accumulator. */
function cellAt(cells: readonly string[], i: number | undefined): string {
  return i === undefined || i < 0 ? '' : (cells[i] ?? '');
}

export function accumulate(a: Accumulator, h: HeaderMap, cells: readonly string[], sheetYear: number): void {
  const c = h.columns;
  if (h.table === '5-1' || h.table === '5-2' || h.table === '5-4') leanRecord(a.lean, h.table, (field) => cellAt(cells, c[field]));
  if (h.table === '5-1') {
    const payee = text(cellAt(cells, c.payee));
    if (payee === '') {
      const id = blockId(cellAt(cells, c.block));
      const t = number(cellAt(cells, c.blockTotal));
      if (id !== '' && t.ok && t.value !== null) a.blockTotals.set(id, t.value);
    } else {
      a.names.add(payee);
      const n = corporateNumber(cellAt(cells, c.corporateNumber));
      if (n !== '') a.names.add(n);
    }
  } else if (h.table === '5-2') {
    const to = blockId(cellAt(cells, c.toBlock));
    if (to !== '') {
      if (bool(cellAt(cells, c.fromMinistry)) === true || blockId(cellAt(cells, c.fromBlock)) === '') a.fromMinistry.add(to);
    } else if (blockId(cellAt(cells, c.fromBlock)) === '') {
      const d = number(cellAt(cells, c.directAmount));
      if (d.ok && d.value !== null) a.direct.push(d.value);
    }
  } else if (h.table === '2-1' && a.executed === null && text(cellAt(cells, c.account)) === '') {
    const y = number(cellAt(cells, c.budgetYear));
    const e = number(cellAt(cells, c.executed));
    if (y.ok && y.value === sheetYear - 1 && e.ok && e.value !== null) a.executed = e.value;
  }
}

/** The project's list entry; see {@link ProjectSummary.total} for what its total is. */
export function summarise(p: RsProjectStore, a: Accumulator): ProjectSummary {
  const paid = [...a.fromMinistry].map((b) => a.blockTotals.get(b)).filter((v): v is number => v !== undefined);
  const total = paid.length > 0 || a.direct.length > 0 ? sum([...paid, ...a.direct]) : a.executed;
  const search = searchKey([p.projectName, p.org, p.ministry, p.projectNumber, ...a.names].join(' '));
  return { projectNumber: p.projectNumber, projectName: p.projectName, ministry: p.ministry, sheetYear: p.sheetYear, total, search };
}
