/**
 * Validation of a graph before layout: d3-sankey throws on unknown ids and cycles
 * and draws nonsense for zero or negative values, so those are dropped here, each
 * with a reason, and never thrown.
 */
import type { Graph, GraphLink, GraphNode } from '../contract/schema.ts';
import type { Dropped } from './types.ts';
import { push } from './push.ts';
import { flowId } from '../contract/nodeIds.ts';
import type { ReadonlyGraphShape } from '../contract/readonly.ts';

/** A graph that d3-sankey can lay out, plus what was left out and why. */
export interface ValidGraph {
  nodes: GraphNode[];
  links: GraphLink[];
  dropped: Dropped[];
}

const linkId = (l: GraphLink): string => flowId(l.source, l.target);

/** Drop duplicate nodes, links to unknown nodes, non-positive values, cycle-closing links and isolated nodes. */
export function validateGraph(graph: ReadonlyGraphShape): ValidGraph {
  const dropped: Dropped[] = [];
  const nodes: GraphNode[] = [];
  const ids = new Set<string>();
  for (const n of graph.nodes) {
    if (ids.has(n.id)) dropped.push({ what: 'node', id: n.id, reason: 'duplicate-id' });
    else {
      ids.add(n.id);
      nodes.push(n);
    }
  }

  const candidates: GraphLink[] = [];
  for (const l of graph.links) {
    if (!ids.has(l.source) || !ids.has(l.target)) dropped.push({ what: 'link', id: linkId(l), reason: 'unknown-node' });
    else if (typeof l.value !== 'number' || Number.isNaN(l.value) || !Number.isFinite(l.value))
      dropped.push({ what: 'link', id: linkId(l), reason: 'not-a-number' });
    else if (l.value <= 0) dropped.push({ what: 'link', id: linkId(l), reason: 'non-positive-value' });
    else candidates.push(l);
  }

  // Keep links in input order while they do not close a cycle (self-loops included).
  const out = new Map<string, string[]>();
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const id = stack.pop() as string;
      if (id === to) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const next of out.get(id) ?? []) stack.push(next);
    }
    return false;
  };
  const links: GraphLink[] = [];
  for (const l of candidates) {
    if (reaches(l.target, l.source)) {
      dropped.push({ what: 'link', id: linkId(l), reason: 'cycle' });
      continue;
    }
    links.push(l);
    push(out, l.source, l.target);
  }

  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  const kept = nodes.filter((n) => {
    if (linked.has(n.id)) return true;
    dropped.push({ what: 'node', id: n.id, reason: 'isolated' });
    return false;
  });
  return { nodes: kept, links, dropped };
}
