/**
 * The drill-down of a block that funds other blocks (an intermediary): besides its recipients,
 * where its money went — the blocks it funds, what it kept (人件費, 旅費 …) and what does not
 * reconcile — instead of the 費目・使途 breakdown alone, which for a block whose one recipient
 * is the intermediary itself drew a single band to itself. A block that funds no other block
 * gets drillDown() unchanged.
 *
 * The flows are the overview graph's (buildGraph: the same yen, the same kept items and
 * residual). With one recipient the block stands for it and the overview's flows out of the
 * block are drawn as they are; with several, they leave from the recipient the 費目・使途 table
 * names (or the node where several matched rows meet), and the residual is what that recipient
 * received minus what the funded blocks received and what was kept (exact decimals).
 */
import type { Graph, GraphLink, GraphNode, Sheet } from '../contract/schema.ts';
import { sum, subtract } from '../util/decimal.ts';
import { drillDown } from './drilldown.ts';
import { named } from './nodeNames.ts';
import { expensesNodeId, isRecipientOf, nodeIdOfRow, residualNodeId } from '../contract/nodeIds.ts';

/** How an RSシステム block's drill-down is drawn (rsDrill.ts, loaded with the RS code: the page's start-up code carries none of it). */
export type RsDrill = (base: Graph, blockId: string, out: GraphLink[], overview: Graph) => Graph;

/**
 * Drill-down graph of `blockId`, with the blocks it funds when the overview graph shows any.
 * An RSシステム sheet's is `rsDrill`'s (given by whoever loaded the RS code: state/rsLoad.ts).
 */
export function drillBlocks(sheet: Sheet, blockId: string, overview?: Graph, rsDrill?: RsDrill): Graph {
  const base = drillDown(sheet, blockId);
  const block = sheet.blocks.find((b) => b.id === blockId);
  const out = overview?.links.filter((l) => l.source === blockId && (l.kind === 'fund' || l.kind === 'kept')) ?? [];
  if (!block || !overview || !out.some((l) => l.kind === 'fund')) return base;
  const residualId = residualNodeId(blockId);
  const node = (id: string): GraphNode[] => overview.nodes.filter((n) => n.id === id);

  if (block.recipients.length <= 1) {
    const links = [...out, ...overview.links.filter((l) => l.source === residualId || l.target === residualId)];
    return { nodes: [...node(blockId), ...links.flatMap((l) => node(l.source === blockId ? l.target : l.source))], links, parents: {} };
  }

  if (sheet.source === 'rs-csv' && rsDrill) return rsDrill(base, blockId, out, overview);

  // Several recipients: the money leaves from the one the 費目・使途 names (or where several matched rows meet).
  const matched = block.recipients.filter((r) => block.expenses?.matchedRanks.includes(r.rank) && r.amount > 0);
  const meet = expensesNodeId(blockId);
  const first = matched[0];
  const hub = matched.length === 1 && first ? nodeIdOfRow(block, first) : matched.length > 1 && base.nodes.some((n) => n.id === meet) ? meet : null;
  if (!hub) return base; // No table saying which recipient passes the money on: nothing to attach the blocks to.
  const nodes = base.nodes.filter((n) => n.id === blockId || isRecipientOf(n.id, blockId) || n.id === meet);
  const links: GraphLink[] = base.links.filter((l) => l.kind === 'payment' || l.target === meet);
  for (const l of out) {
    nodes.push(...node(l.target));
    links.push({ ...l, source: hub });
  }
  const residual = subtract(sum(matched.map((r) => r.amount)), sum(out.map((l) => l.value)));
  const line = block.expenses?.line ?? block.line;
  if (residual > 0) {
    nodes.push({ id: residualId, kind: 'residual', ...named({ code: 'residual', block: blockId }), blockId, line });
    links.push({ source: hub, target: residualId, value: residual, kind: 'residual', line });
  } else if (residual < 0) {
    nodes.push({ id: residualId, kind: 'residual', ...named({ code: 'overReceived', block: blockId }), blockId, line });
    links.push({ source: residualId, target: hub, value: -residual, kind: 'residual', line });
  }
  return { nodes, links, parents: {} };
}

