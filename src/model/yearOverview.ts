/**
 * year (#14): a whole year at a glance, from the source-neutral {@link YearProject}s.
 * - `yearOverview`: the Graph 予算総計 → 政策所管府省庁 → 事業 (year scope) or 府省庁 → 事業 →
 *   direct blocks (the blocks the ministry pays) and the state's own costs (ministry scope), the
 *   small items of each parent folded ("その他 312事業", "その他 N者") unless that fold is opened.
 * - `payeeIndex` / `searchPayees`: every project and block paying a payee (法人番号, else NFKC name).
 * - `competitionRows`: the share of 一者応札 and 随意契約 by ministry or by project.
 * Pure; linear (plus sorting) in the projects and payees. Exact decimal sums.
 */
import type { ContractFamily, Graph, GraphLink, GraphNode, NodeName } from '../contract/schema.ts';
import { named } from './nodeNames.ts';
import type { YearProject } from '../contract/year.ts';
import { normalizeName } from '../contract/names.ts';
import { sum } from '../util/decimal.ts';
import { yearIds } from '../contract/yearIds.ts';

/** Node ids of the overview (made and read in src/contract/yearIds.ts). */
export { yearIds };

export interface OverviewOptions {
  /** Narrow to one 政策所管府省庁 (its projects and their direct blocks); null: the whole year. */
  ministry?: string | null;
  /** Ids of parents whose fold is opened (all their children shown). */
  unfolded?: readonly string[];
  /** Children smaller than this share of their parent are folded (default 0.01). */
  foldShare?: number;
  /** Most children a parent shows before the rest are folded (default 12). */
  maxChildren?: number;
}

/** What the overview leaves out: projects the files give no amount for. */
export interface Overview {
  graph: Graph;
  /** The overview's total (the root's value), exact. */
  total: number;
  /** Projects in scope without a known total (not drawn). */
  unknown: number;
  /** Fold node id → the ids folded into it, largest first. */
  folds: Record<string, string[]>;
}

interface Item { id: string; label: string; name?: NodeName; value: number; kind: GraphNode['kind']; families?: ContractFamily[] }

/** An item's label and made-up name (labels #10): the sheet's text when given, else the code's words. */
const labelled = (text: string | null | undefined, name: NodeName): { label: string; name?: NodeName } => (text ? { label: text } : named(name));

/** Keeps the largest children (share ≥ foldShare, at most maxChildren); the rest become one fold node (two or more). */
function foldChildren(parent: string, items: Item[], opts: Required<Pick<OverviewOptions, 'foldShare' | 'maxChildren'>>, unfolded: ReadonlySet<string>, foldName: (n: number) => NodeName, folds: Record<string, string[]>): Item[] {
  const sorted = [...items].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
  if (unfolded.has(parent)) return sorted;
  const whole = sum(sorted.map((i) => i.value));
  let keep = sorted.findIndex((i, n) => n >= opts.maxChildren || i.value < whole * opts.foldShare);
  if (keep < 0 || sorted.length - keep < 2) return sorted;
  if (keep === 0) keep = 1;
  const rest = sorted.slice(keep);
  const id = yearIds.fold(parent);
  folds[id] = rest.map((i) => i.id);
  return [...sorted.slice(0, keep), { id, ...named(foldName(rest.length)), value: sum(rest.map((i) => i.value)), kind: 'other' }];
}

/** The overview graph of the year or of one ministry. */
export function yearOverview(projects: readonly YearProject[], options: OverviewOptions = {}): Overview {
  const opts = { foldShare: options.foldShare ?? 0.01, maxChildren: options.maxChildren ?? 12 };
  const unfolded = new Set(options.unfolded ?? []);
  const folds: Record<string, string[]> = {};
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  const add = (source: string, children: Item[], kind: GraphLink['kind']): void => {
    for (const c of children) {
      nodes.push({ id: c.id, kind: c.kind, label: c.label, ...(c.name ? { name: c.name } : {}) });
      links.push({ source, target: c.id, value: c.value, kind, ...(c.families ? { families: c.families } : {}) });
    }
  };
  const ministry = options.ministry ?? null;
  const inScope = ministry === null ? projects : projects.filter((p) => p.ministry === ministry);
  const known = inScope.filter((p) => p.total !== null && p.total > 0);
  const unknown = inScope.filter((p) => p.total === null).length;
  const projectItem = (p: YearProject): Item => ({ id: yearIds.project(p.projectNumber), label: p.projectName || p.projectNumber, value: p.total as number, kind: 'block' });
  const projectFold = (count: number): NodeName => ({ code: 'foldProjects', count });
  if (ministry === null) {
    const byMinistry = new Map<string, YearProject[]>();
    for (const p of known) {
      const list = byMinistry.get(p.ministry) ?? [];
      list.push(p);
      byMinistry.set(p.ministry, list);
    }
    const ministries: Item[] = [...byMinistry].map(([m, list]) => ({ id: yearIds.ministry(m), ...labelled(m, { code: 'noMinistry' }), value: sum(list.map((p) => p.total as number)), kind: 'block' }));
    // Every ministry is shown (23 at most): the year's first split is never folded.
    const shown = ministries.sort((a, b) => b.value - a.value);
    const total = sum(shown.map((m) => m.value));
    nodes.push({ id: yearIds.root, kind: 'ministry', ...named({ code: 'yearTotal' }) });
    add(yearIds.root, shown, 'fund');
    for (const [m, list] of byMinistry) {
      const id = yearIds.ministry(m);
      add(id, foldChildren(id, list.map(projectItem), opts, unfolded, projectFold, folds), 'fund');
    }
    return { graph: { nodes, links, parents: {} }, total, unknown, folds };
  }
  const root = yearIds.ministry(ministry);
  nodes.push({ id: root, kind: 'ministry', ...labelled(ministry, { code: 'noMinistry' }) });
  const projectsShown = foldChildren(root, known.map(projectItem), opts, unfolded, projectFold, folds);
  add(root, projectsShown, 'fund');
  const byId = new Map(known.map((p) => [yearIds.project(p.projectNumber), p]));
  for (const item of projectsShown) {
    const p = byId.get(item.id);
    if (!p) continue;
    const children: Item[] = p.blocks
      .filter((b) => b.direct && b.amount !== null && b.amount > 0)
      .map((b) => ({
        id: yearIds.block(p.projectNumber, b.id), label: b.name ?? b.id, value: b.amount as number, kind: 'recipient' as const,
        families: [...new Set(b.payees.flatMap((x) => x.families))],
      }));
    if (p.directCost !== null && p.directCost > 0) children.push({ id: yearIds.direct(p.projectNumber), ...named({ code: 'stateOwn' }), value: p.directCost, kind: 'kept' });
    add(item.id, foldChildren(item.id, children, opts, unfolded, (count) => ({ code: 'foldPayees', count }), folds), 'payment');
  }
  return { graph: { nodes, links, parents: {} }, total: sum(projectsShown.map((i) => i.value)), unknown, folds };
}

/** One place a payee is paid: a block of a project. */
export interface PayeeHit {
  projectNumber: string;
  projectName: string;
  ministry: string;
  sheetYear: number;
  blockId: string;
  /** True when the ministry pays the block itself. */
  direct: boolean;
  amount: number | null;
  families: ContractFamily[];
}

/** A payee of the year with every block that pays it. */
export interface PayeeEntry {
  /** `cn:<法人番号>` or `name:<normalised name>`. */
  key: string;
  name: string;
  corporateNumber: string | null;
  /** Exact sum of the stated amounts of its hits. */
  total: number;
  hits: PayeeHit[];
  /** Lower-case NFKC without spaces of the name(s) and 法人番号, for search. */
  search: string;
}

const searchForm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Every payee of the projects (その他 bundles left out: they are many payees, not one), largest total first. */
export function payeeIndex(projects: readonly YearProject[]): PayeeEntry[] {
  const byKey = new Map<string, PayeeEntry & { amounts: number[] }>();
  for (const p of projects) {
    for (const b of p.blocks) {
      for (const x of b.payees) {
        if (x.isOther || x.name === '') continue;
        const key = x.corporateNumber ? `cn:${x.corporateNumber}` : `name:${normalizeName(x.name)}`;
        let e = byKey.get(key);
        if (!e) {
          e = { key, name: x.name, corporateNumber: x.corporateNumber, total: 0, hits: [], search: searchForm(`${x.name} ${x.corporateNumber ?? ''}`), amounts: [] };
          byKey.set(key, e);
        } else if (!e.search.includes(searchForm(x.name))) e.search += ` ${searchForm(x.name)}`;
        e.hits.push({ projectNumber: p.projectNumber, projectName: p.projectName, ministry: p.ministry, sheetYear: p.sheetYear, blockId: b.id, direct: b.direct, amount: x.amount, families: x.families });
        if (x.amount !== null) e.amounts.push(x.amount);
      }
    }
  }
  return [...byKey.values()]
    .map(({ amounts, ...e }) => ({ ...e, total: sum(amounts), hits: e.hits.sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1)) }))
    .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
}

/** All search keys of an index in one string (separated by U+0001) and where each starts: one indexOf scans them all. */
interface Haystack { text: string; starts: number[] }
/**
 * Per index, read-only (its order and each entry's `search` make the haystack). Pays (#10, bench/RESULTS.md
 * "Caches"): 32 keystrokes over 42,484 payees take 14 ms with it, 861 ms without (the haystack built per keystroke).
 */
const haystacks = new WeakMap<readonly Readonly<PayeeEntry>[], Haystack>();
function haystackOf(index: readonly Readonly<PayeeEntry>[]): Haystack {
  let h = haystacks.get(index);
  if (!h) {
    const starts: number[] = [];
    let at = 0;
    for (const e of index) {
      starts.push(at);
      at += e.search.length + 1;
    }
    h = { text: index.map((e) => e.search).join('\u0001'), starts };
    haystacks.set(index, h);
  }
  return h;
}

/** Payees whose name or 法人番号 contains the query (full/half-width and case insensitive), largest first; at most `limit`. */
export function searchPayees(index: readonly Readonly<PayeeEntry>[], query: string, limit = 50): Readonly<PayeeEntry>[] {
  // Built first, so an empty query (the panel's warm-up) prepares the first keystroke's search.
  const { text, starts } = haystackOf(index);
  const q = searchForm(query).replace(/\u0001/g, '');
  if (q === '') return [];
  const out: Readonly<PayeeEntry>[] = [];
  let from = 0;
  while (out.length < limit) {
    const at = text.indexOf(q, from);
    if (at < 0) break;
    // The entry holding `at`: the last start ≤ at (binary search).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    const e = index[lo] as Readonly<PayeeEntry>;
    out.push(e);
    // On to the next entry (one match per entry; the query cannot span the separator).
    from = (starts[lo + 1] ?? text.length);
  }
  return out;
}

/** The overview node ids a payee's money passes through (to highlight its flows). */
export function payeeNodeIds(entry: PayeeEntry): string[] {
  const ids = new Set<string>([yearIds.root]);
  for (const h of entry.hits) {
    ids.add(yearIds.ministry(h.ministry));
    ids.add(yearIds.project(h.projectNumber));
    if (h.direct) ids.add(yearIds.block(h.projectNumber, h.blockId));
  }
  return [...ids];
}

/** One row of the competition lens. */
export interface CompetitionRow {
  /** The ministry, or the 予算事業ID. */
  key: string;
  label: string;
  ministry: string;
  contracted: number;
  singleBid: number;
  discretionary: number;
  count: number;
  /** singleBid / contracted (0…1), null when nothing is contracted. */
  singleBidShare: number | null;
  discretionaryShare: number | null;
}

export type CompetitionSort = 'singleBid' | 'discretionary' | 'contracted';

/** The competition lens by ministry or by project (optionally of one ministry), sorted by the chosen share (largest first). */
export function competitionRows(projects: readonly YearProject[], by: 'ministry' | 'project', sort: CompetitionSort = 'singleBid', ministry: string | null = null): CompetitionRow[] {
  const groups = new Map<string, { label: string; ministry: string; c: number[]; s: number[]; d: number[]; n: number }>();
  for (const p of projects) {
    if (ministry !== null && p.ministry !== ministry) continue;
    const key = by === 'ministry' ? p.ministry : `${p.projectNumber}:${p.sheetYear}`;
    let g = groups.get(key);
    if (!g) {
      g = { label: by === 'ministry' ? p.ministry : p.projectName, ministry: p.ministry, c: [], s: [], d: [], n: 0 };
      groups.set(key, g);
    }
    g.c.push(p.competition.contracted);
    g.s.push(p.competition.singleBid);
    g.d.push(p.competition.discretionary);
    g.n += p.competition.count;
  }
  const rows: CompetitionRow[] = [...groups].map(([key, g]) => {
    const contracted = sum(g.c);
    const singleBid = sum(g.s);
    const discretionary = sum(g.d);
    return {
      key: by === 'ministry' ? key : key.slice(0, key.lastIndexOf(':')), label: g.label, ministry: g.ministry, contracted, singleBid, discretionary, count: g.n,
      singleBidShare: contracted > 0 ? singleBid / contracted : null,
      discretionaryShare: contracted > 0 ? discretionary / contracted : null,
    };
  });
  const value = (r: CompetitionRow): number => (sort === 'contracted' ? r.contracted : (sort === 'singleBid' ? r.singleBidShare : r.discretionaryShare) ?? -1);
  return rows.sort((a, b) => value(b) - value(a) || b.contracted - a.contracted || (a.key < b.key ? -1 : 1));
}
