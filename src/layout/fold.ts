/**
 * Folding of crowded columns: when one column has more than `max` nodes, its
 * smallest nodes become one fold node ("その他 N者") so labels stay readable. Pure: the
 * caller unfolds by passing the fold's id in `expanded`.
 */
import type { ContractFamily, Graph, GraphLink, GraphNode } from '../contract/schema.ts';
import { sum } from '../util/decimal.ts';
import { nodeDepths } from './sankey.ts';
import { push } from './push.ts';
import { flowKindKey, foldNodeId } from '../contract/nodeIds.ts';
import type { ReadonlyGraphShape } from '../contract/readonly.ts';

/** Options of {@link foldGraph}. */
export interface FoldOptions {
  /** Most nodes a column may show before folding (default 30); the fold node counts as one. */
  max?: number;
  /** Ids of folds the user opened: these columns are not folded. */
  expanded?: readonly string[];
  /** Label of a fold node for `count` folded nodes, in the reader's language (the layout knows no words). */
  label: (count: number) => string;
}

/** One fold: the node that stands for several small ones. */
export interface Fold {
  /** Id of the fold node, `fold:<column>`. */
  id: string;
  /** Ids of the nodes folded into it, largest first. */
  members: string[];
  /** Exact sum of the members' values. */
  value: number;
}

/** Exact value of every node: max(Σ in, Σ out). */
export function nodeValues(links: readonly GraphLink[]): Map<string, number> {
  const ins = new Map<string, number[]>();
  const outs = new Map<string, number[]>();
  for (const l of links) {
    push(ins, l.target, l.value);
    push(outs, l.source, l.value);
  }
  const ids = new Set([...ins.keys(), ...outs.keys()]);
  return new Map([...ids].map((id) => [id, Math.max(sum(ins.get(id) ?? []), sum(outs.get(id) ?? []))]));
}

/** Fold the smallest nodes of every column that has more than `max` nodes. */
export function foldGraph<G extends ReadonlyGraphShape>(graph: G, options: FoldOptions): { graph: G; folds: Fold[] } {
  const max = Math.max(2, options.max ?? 30);
  const expanded = new Set(options.expanded ?? []);
  const label = options.label;
  const depth = nodeDepths(graph.nodes, graph.links);
  const values = nodeValues(graph.links);

  const columns = new Map<number, GraphNode[]>();
  for (const n of graph.nodes) {
    const d = depth.get(n.id) ?? 0;
    push(columns, d, n);
  }

  const into = new Map<string, string>();
  const folds: Fold[] = [];
  const foldNodes: GraphNode[] = [];
  for (const [d, nodes] of [...columns.entries()].sort((a, b) => a[0] - b[0])) {
    const id = foldNodeId(d);
    if (nodes.length <= max || expanded.has(id)) continue;
    const sorted = [...nodes].sort((a, b) => (values.get(b.id) ?? 0) - (values.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
    const members = sorted.slice(max - 1);
    for (const m of members) into.set(m.id, id);
    folds.push({ id, members: members.map((m) => m.id), value: sum(members.map((m) => values.get(m.id) ?? 0)) });
    foldNodes.push({ id, kind: 'other', label: label(members.length), blockId: null, line: null });
  }
  if (folds.length === 0) return { graph, folds };

  const merged = new Map<string, GraphLink & { parts: number[]; famSet: Set<ContractFamily>; lines: Set<number | null> }>();
  for (const l of graph.links) {
    const source = into.get(l.source) ?? l.source;
    const target = into.get(l.target) ?? l.target;
    const key = flowKindKey(source, target, l.kind);
    const m = merged.get(key);
    if (m) {
      m.parts.push(l.value);
      for (const f of l.families ?? []) m.famSet.add(f);
      m.lines.add(l.line ?? null);
    } else {
      merged.set(key, { ...l, source, target, parts: [l.value], famSet: new Set(l.families ?? []), lines: new Set([l.line ?? null]) });
    }
  }
  const links: GraphLink[] = [...merged.values()].map(({ parts, famSet, lines, ...l }) => ({
    ...l,
    value: sum(parts),
    ...(l.families || famSet.size ? { families: [...famSet] } : {}),
    line: lines.size === 1 ? [...lines][0] : null,
  }));
  const nodes = [...graph.nodes.filter((n) => !into.has(n.id)), ...foldNodes];
  return { graph: { ...graph, nodes, links }, folds };
}
