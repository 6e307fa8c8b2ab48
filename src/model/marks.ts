/**
 * Facts the view marks on the diagram (text-reader, #12): partial amounts (node.incomplete)
 * and guessed structure (graph.structureGuessed, links[].guessed, flows[].guessed).
 */
import type { Flow, Graph, Sheet } from '../contract/schema.ts';
import type { Executed } from './parents.ts';

/**
 * The graph with its block nodes marked incomplete where the block is (and the ministry when
 * any block is), and, when the structure is guessed, its fund links marked guessed.
 */
export function markGraph(graph: Graph, sheet: Sheet, guessed: boolean, executed: Executed | null): Graph {
  const partial = new Set(sheet.blocks.filter((b) => b.incomplete).map((b) => b.id));
  const nodes = partial.size === 0 ? graph.nodes : graph.nodes.map((n) =>
    (n.kind === 'block' && partial.has(n.id)) || n.kind === 'ministry' ? { ...n, incomplete: true } : n);
  const links = guessed ? graph.links.map((l) => (l.kind === 'fund' ? { ...l, guessed: true } : l)) : graph.links;
  return { ...graph, nodes, links, structureGuessed: guessed, executed: executed ? { year: executed.year, amount: executed.amount } : null };
}

/** The sheet's flows, marked guessed when the structure is. */
export function markFlows(flows: Flow[], guessed: boolean): Flow[] {
  return guessed ? flows.map((f) => (f.inferred ? { ...f, guessed: true } : f)) : flows;
}
