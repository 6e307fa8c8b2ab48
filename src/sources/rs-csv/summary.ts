/** One project's list entry, from its rows alone (linear in the project's rows). */
import { sum } from '../../util/decimal.ts';
import type { RsTable } from './columns.ts';
import { TABLE_COLUMNS } from './columns.ts';
import { bool, corporateNumber, number, text } from './values.ts';
import type { ProjectSummary, RsProjectRows, RsProjectStore, RsYear } from './types.ts';

/** Index of a field in a table's stored row. */
export function fieldIndex<T extends RsTable>(table: T, field: keyof (typeof TABLE_COLUMNS)[T] & string): number {
  return Object.keys(TABLE_COLUMNS[table]).indexOf(field);
}

/** Iterates the stored rows of one table: `get(field)` reads the current row's cell. */
export function eachRow<T extends RsTable>(
  parts: readonly RsProjectRows[] | undefined,
  table: T,
  fn: (cell: (field: keyof (typeof TABLE_COLUMNS)[T] & string) => string, line: number, file: number) => void,
): void {
  if (!parts) return;
  const fields = Object.keys(TABLE_COLUMNS[table]);
  const width = fields.length;
  const at = Object.fromEntries(fields.map((f, i) => [f, i])) as Record<string, number>;
  for (const part of parts) {
    for (let r = 0; r < part.lines.length; r++) {
      const base = r * width;
      fn((field) => part.cells[base + (at[field] as number)] ?? '', part.lines[r] as number, part.file);
    }
  }
}

/** Lower-case NFKC without white space: the form `ProjectSummary.search` is written in. */
export function searchKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The project's list entry; see {@link ProjectSummary.total} for what its total is. */
export function summarise(p: RsProjectStore, year: RsYear): ProjectSummary {
  void year;
  const blockTotal = new Map<string, number>();
  const names = new Set<string>();
  eachRow(p.tables['5-1'], '5-1', (cell) => {
    const payee = text(cell('payee'));
    const id = text(cell('block'));
    if (payee === '') {
      const t = number(cell('blockTotal'));
      if (t.ok && t.value !== null && id !== '') blockTotal.set(id, t.value);
    } else {
      names.add(payee);
      const n = corporateNumber(cell('corporateNumber'));
      if (n !== '') names.add(n);
    }
  });
  const fromMinistry = new Set<string>();
  const direct: number[] = [];
  eachRow(p.tables['5-2'], '5-2', (cell) => {
    const to = text(cell('toBlock'));
    if (to !== '' && bool(cell('fromMinistry')) === true) fromMinistry.add(to);
    else if (to === '' && text(cell('fromBlock')) === '') {
      const a = number(cell('directAmount'));
      if (a.ok && a.value !== null) direct.push(a.value);
    }
  });
  let total: number | null = null;
  const paid = [...fromMinistry].map((b) => blockTotal.get(b)).filter((v): v is number => v !== undefined);
  if (paid.length > 0 || direct.length > 0) total = sum([...paid, ...direct]);
  else total = executedBefore(p);
  const search = searchKey([p.projectName, p.org, p.ministry, p.projectNumber, ...names].join(' '));
  return { projectNumber: p.projectNumber, projectName: p.projectName, ministry: p.ministry, sheetYear: p.sheetYear, total, search };
}

/** 2-1's 執行額（合計） of 予算年度 事業年度−1 (the year the 5-x tables report), or null. */
function executedBefore(p: RsProjectStore): number | null {
  let found: number | null = null;
  eachRow(p.tables['2-1'], '2-1', (cell) => {
    const y = number(cell('budgetYear'));
    if (!y.ok || y.value !== p.sheetYear - 1) return;
    const e = number(cell('executed'));
    if (found === null && e.ok && e.value !== null) found = e.value;
  });
  return found;
}
