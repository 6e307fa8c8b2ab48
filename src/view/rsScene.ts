/**
 * What the diagram needs for sheets that state their flows (RSシステム): links the files give
 * no amount for — a funder's part of a block with several inflows (the split is not given) and
 * links into a block with no amount at all — carry 0 in the model. d3-sankey cannot draw a
 * 0-wide band and would drop them (and the block with them), so they are drawn as thin
 * "nominal" bands: their width says nothing, their text says "split not given" / "amount
 * unknown", and no amount is computed from them. Issue #11.
 */
import type { Graph, GraphLink, Sheet } from '../contract/schema.ts';
import { flowKey } from '../contract/nodeIds.ts';
import type { DeepReadonly, ReadonlyGraph } from '../contract/readonly.ts';

/** `source→target` of a link. */
export const linkKey: (l: Pick<GraphLink, 'source' | 'target'>) => string = flowKey;

/** Share of the largest link a nominal band is drawn with. */
export const NOMINAL_SHARE = 0.008;

/** The graph to lay out (nominal links given a small width) and the keys of those links. */
export function withNominalLinks(graph: ReadonlyGraph): { graph: ReadonlyGraph; nominal: ReadonlySet<string> } {
  const unknown = new Set(graph.nodes.filter((n) => n.variant === 'unknown-amount').map((n) => n.id));
  const isNominal = (l: GraphLink): boolean => !(l.value > 0) && (l.variant === 'unsplit' || unknown.has(l.target) || unknown.has(l.source));
  if (!graph.links.some(isNominal)) return { graph, nominal: new Set() };
  const largest = Math.max(0, ...graph.links.map((l) => (Number.isFinite(l.value) ? l.value : 0)));
  const width = largest > 0 ? largest * NOMINAL_SHARE : 1;
  const nominal = new Set<string>();
  const links = graph.links.map((l) => {
    if (!isNominal(l)) return l;
    nominal.add(linkKey(l));
    return { ...l, value: width };
  });
  return { graph: { ...graph, links }, nominal };
}

/** True for a block the files give no amount for. */
export const amountUnknown = (sheet: DeepReadonly<Pick<Sheet, 'blocks'>>, id: string): boolean => sheet.blocks.some((b) => b.id === id && b.amountKnown === false);


