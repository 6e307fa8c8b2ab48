/**
 * year (#14, compare): what one view of a project's diagram (the overview, or the drill-down of a
 * block) marks when the project is compared with an earlier 事業年度. Pure: the comparison
 * (yearCompare.ts) and the view's graph and sheet (the later year, the one on display) in; per
 * node of the view its change (new, up, down, renamed, same, unknown) and the "ghosts" of what
 * only the earlier year had (blocks, payees), each with the earlier year's amount as stated —
 * never an amount of the year shown, and no ghost adds to any of its totals (their links carry 0;
 * the scene draws them thin, as bands without an amount).
 */
import type { Graph, GraphLink, GraphNode, Sheet } from '../contract/schema.ts';
import type { BlockChange, ChangeKind, PayeeChange, ProjectComparison } from '../contract/year.ts';
import { MINISTRY_ID, nodeIdOfRow } from '../contract/nodeIds.ts';
import { goneBlockId, goneMoreId, gonePayeeId } from '../contract/compareIds.ts';
import { sum } from '../util/decimal.ts';
import type { DeepReadonly, ReadonlyGraph } from '../contract/readonly.ts';
import { payeeKeys } from './yearCompare.ts';

/** A node of the view as compared with the earlier year. */
export interface NodeMark {
  kind: Exclude<ChangeKind, 'gone'>;
  before: number | null;
  after: number | null;
  delta: number | null;
  percent: number | null;
  previousName: string | null;
  /** The earlier year's row of the amount (5-1 line), null when none. */
  beforeLine: number | null;
}

/** Something only the earlier year had, drawn as a ghost node. */
export interface Ghost {
  id: string;
  /** The node of the view it hangs from (its earlier funder or block where drawn, else the view's root). */
  from: string;
  what: 'block' | 'payee' | 'more';
  /** Block id (a block, or the block of a payee); null for `more` on the overview. */
  blockId: string | null;
  /** Name as the earlier year wrote it (支出先ブロック名 or 支出先名); null for `more` or an unnamed block. */
  name: string | null;
  /** Earlier year's amount (exact; for `more`: the sum of the known ones); null when not stated. */
  before: number | null;
  /** How many items it stands for (1, or more for `more`). */
  count: number;
  /** Of those, how many have no stated amount (left out of `before`). */
  unknown: number;
  /** The earlier year's row of the amount (5-1 line); null for `more`. */
  beforeLine: number | null;
}

/** The marks of one view. */
export interface ViewMarks {
  /** 事業年度 compared with (earlier) and shown (later). */
  before: number | null;
  after: number | null;
  nodes: Map<string, NodeMark>;
  /** Largest first; at most {@link MAX_GHOSTS}, the rest in one `more` ghost. */
  ghosts: Ghost[];
}

/** Most ghost nodes one view draws; the rest are one node ("ほか N件"). */
export const MAX_GHOSTS = 8;

const mark = (c: BlockChange | PayeeChange): NodeMark => ({
  kind: c.kind === 'gone' ? 'unknown' : c.kind,
  before: c.before,
  after: c.after,
  delta: c.delta,
  percent: c.percent,
  previousName: c.previousName,
  beforeLine: c.beforeLine,
});

/**
 * The marks of the view of `sheet` (the later year of `cmp`) whose graph is `graph`: the overview
 * when `currentBlock` is null, else the drill-down of that block.
 */
export function viewMarks(cmp: ProjectComparison, sheet: DeepReadonly<Pick<Sheet, 'blocks'>>, graph: { readonly nodes: readonly Readonly<GraphNode>[] }, currentBlock: string | null): ViewMarks {
  const drawn = new Set(graph.nodes.map((n) => n.id));
  const nodes = new Map<string, NodeMark>();
  const ghosts: Ghost[] = [];
  const root = currentBlock ?? MINISTRY_ID;
  // Blocks: marked where drawn; gone ones hang from their earlier funder when it is drawn (or is a ghost itself).
  const goneBlocks = new Set(cmp.blocks.filter((b) => b.kind === 'gone').map((b) => b.id));
  for (const b of cmp.blocks) {
    if (b.kind !== 'gone') {
      if (drawn.has(b.id)) nodes.set(b.id, mark(b));
      continue;
    }
    const funder = b.fundedBy.find((f) => drawn.has(f) || (goneBlocks.has(f) && currentBlock === null));
    // On the overview every gone block is shown; in a drill-down only those the block drilled into funded.
    if (currentBlock !== null && funder === undefined) continue;
    const from = funder === undefined ? root : goneBlocks.has(funder) && !drawn.has(funder) ? goneBlockId(funder) : funder;
    ghosts.push({ id: goneBlockId(b.id), from, what: 'block', blockId: b.id, name: b.name, before: b.before, count: 1, unknown: b.before === null ? 1 : 0, beforeLine: b.beforeLine });
  }
  // Payees of the block drilled into: matched to its rows by the comparison's keys.
  const change = currentBlock === null ? undefined : cmp.blocks.find((b) => b.id === currentBlock);
  const block = currentBlock === null ? undefined : sheet.blocks.find((b) => b.id === currentBlock);
  if (change && block && change.kind !== 'gone') {
    const rows = payeeKeys(block.recipients);
    let n = 0;
    for (const p of change.payees) {
      if (p.kind === 'gone') {
        n++;
        ghosts.push({ id: gonePayeeId(block.id, n), from: block.id, what: 'payee', blockId: block.id, name: p.name, before: p.before, count: 1, unknown: p.before === null ? 1 : 0, beforeLine: p.beforeLine });
        continue;
      }
      const row = rows.get(p.key);
      const id = row ? nodeIdOfRow(block, row) : null;
      if (id && drawn.has(id)) nodes.set(id, mark(p));
    }
  }
  return { before: cmp.before.sheetYear, after: cmp.after.sheetYear, nodes, ghosts: capGhosts(ghosts, root, currentBlock) };
}

/** Largest first; beyond MAX_GHOSTS one `more` node (from the view's root) sums the rest's stated amounts. */
function capGhosts(all: Ghost[], root: string, scope: string | null): Ghost[] {
  // Blocks before payees, and a ghost before any ghost hanging from it: only payees and leaf blocks are merged.
  const isFrom = new Set(all.map((g) => g.from));
  const size = (g: Ghost): number => g.before ?? -1;
  const sorted = [...all].sort((a, b) => size(b) - size(a));
  if (sorted.length <= MAX_GHOSTS) return sorted;
  const keep = sorted.filter((g, i) => i < MAX_GHOSTS - 1 || isFrom.has(g.id));
  const kept = new Set(keep.map((g) => g.id));
  const rest = sorted.filter((g) => !kept.has(g.id));
  if (rest.length === 0) return keep;
  const known = rest.filter((g) => g.before !== null).map((g) => g.before as number);
  return [
    ...keep,
    {
      id: goneMoreId(scope),
      from: root,
      what: 'more',
      blockId: scope,
      name: null,
      before: known.length ? sum(known) : null,
      count: rest.reduce((n, g) => n + g.count, 0),
      unknown: rest.reduce((n, g) => n + g.unknown, 0),
      beforeLine: null,
    },
  ];
}

/**
 * The graph with the ghosts added: a node each (kind 'other') and a link from its `from` that
 * carries 0 — the money is the earlier year's, not this one's. Ghosts whose `from` is not in the
 * graph are left out.
 */
export function withGhosts(graph: ReadonlyGraph, ghosts: readonly Ghost[]): ReadonlyGraph {
  if (ghosts.length === 0) return graph;
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes: GraphNode[] = [...graph.nodes];
  const links: GraphLink[] = [...graph.links];
  // Ghosts hanging from ghosts come after them (sorted by size, a child may precede its funder).
  const pending = [...ghosts];
  for (let progress = true; progress && pending.length; ) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const g = pending[i] as Ghost;
      if (!ids.has(g.from)) continue;
      pending.splice(i--, 1);
      progress = true;
      ids.add(g.id);
      nodes.push({ id: g.id, kind: 'other', label: g.name ?? g.blockId ?? '', blockId: g.blockId, line: null });
      links.push({ source: g.from, target: g.id, value: 0, kind: g.what === 'payee' ? 'payment' : 'fund', line: null });
    }
  }
  return { ...graph, nodes, links };
}
