/**
 * year (#14): the year views over a kept RS year, where the files are (the RS worker): the lean
 * project rows and the payee index are built once per 事業年度 on first use; the page gets only
 * the small answers (an overview graph, search hits, competition rows, one comparison).
 */
import type { RsYear } from '../sources/rs-csv/index.ts';
import { yearProjects } from '../sources/rs-csv/yearRows.ts';
import type { YearProject, ProjectComparison } from '../contract/year.ts';
import { competitionRows, payeeIndex, searchPayees, yearOverview, payeeNodeIds, type CompetitionRow, type CompetitionSort, type Overview, type PayeeEntry } from '../model/yearOverview.ts';
import { compareProjects } from '../model/yearCompare.ts';
import { analyzeRsProject } from './rs.ts';

/** What the page may ask of the year. */
export type YearOp =
  | { op: 'overview'; sheetYear: number; ministry?: string | null; unfolded?: string[] }
  | { op: 'payees'; sheetYear: number; query: string; limit?: number }
  | { op: 'competition'; sheetYear: number; by: 'ministry' | 'project'; sort?: CompetitionSort; ministry?: string | null }
  | { op: 'compare'; projectNumber: string; before: number; after: number };

/** A payee found, with the overview nodes its money passes through. */
export interface PayeeFound extends PayeeEntry { nodes: string[] }

/** The answer of each op. */
export interface YearAnswer {
  overview: Overview;
  payees: PayeeFound[];
  competition: CompetitionRow[];
  compare: ProjectComparison | null;
}

/**
 * The cache of one year store: per 事業年度 of the store (a few), read-only. Pays (#10, bench/RESULTS.md):
 * the lean rows of 5,500 projects take 10.3 ms and the payee index 229 ms to build, while a narrowed
 * overview then takes 0.59 ms and a keystroke's search 0.72 ms ("RS year" rows of `npm run bench`).
 */
export function yearCache(year: RsYear) {
  const projects = new Map<number, readonly YearProject[]>();
  const indexes = new Map<number, readonly Readonly<PayeeEntry>[]>();
  const of = (y: number): readonly YearProject[] => {
    let p = projects.get(y);
    if (!p) projects.set(y, (p = yearProjects(year, y)));
    return p;
  };
  const index = (y: number): readonly Readonly<PayeeEntry>[] => {
    let i = indexes.get(y);
    if (!i) indexes.set(y, (i = payeeIndex(of(y))));
    return i;
  };
  function run(op: YearOp): YearAnswer[keyof YearAnswer] {
    switch (op.op) {
      case 'overview':
        return yearOverview(of(op.sheetYear), { ministry: op.ministry ?? null, unfolded: op.unfolded ?? [] });
      case 'payees':
        return searchPayees(index(op.sheetYear), op.query, op.limit ?? 30).map((e) => ({ ...e, nodes: payeeNodeIds(e) }));
      case 'competition':
        return competitionRows(of(op.sheetYear), op.by, op.sort ?? 'singleBid', op.ministry ?? null);
      case 'compare': {
        const a = analyzeRsProject(year, op.projectNumber, op.before);
        const b = analyzeRsProject(year, op.projectNumber, op.after);
        const found = (o: typeof a) => !o.diagnostics.some((d) => d.code === 'RS_PROJECT_NOT_FOUND');
        return found(a) && found(b) ? compareProjects(a, b) : null;
      }
    }
  }
  return { run, projects: of, index };
}
