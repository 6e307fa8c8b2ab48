/**
 * Sheet → fund-flow graph: ministry → first-tier blocks → child blocks, plus what each
 * intermediary kept (人件費, 旅費 … from its 費目・使途) and any residual that does not
 * reconcile, as explicit flows. The same yen passes through each level: values are never
 * added across levels.
 */
import type { Block, Diagnostic, Graph, GraphLink, GraphNode, Parent, Sheet } from '../contract/schema.ts';
import { subtract } from '../util/decimal.ts';
import { blockFamilies, blockLabelParts } from './blocks.ts';
import { keptAndChecked } from './intermediaryFlows.ts';
import { buildFlowGraph } from './graphRs.ts';
import { MINISTRY_ID, residualNodeId } from '../contract/nodeIds.ts';
import { ministryNode, named } from './nodeNames.ts';

/**
 * Builds the graph for given parents; adds the parent/child reconciliation diagnostics. A sheet
 * that states its flows (RSシステム, `source: 'rs-csv'`) is drawn from `sheet.flows` instead
 * (graphRs.ts): junctions for blocks with several funders, cycles set aside, direct costs.
 */
export function buildGraph(sheet: Sheet, parents: Record<string, Parent>, diagnostics: Diagnostic[]): Graph {
  if (sheet.source === 'rs-csv') return buildFlowGraph(sheet, diagnostics);
  const nodes: GraphNode[] = [ministryNode(sheet)];
  const links: GraphLink[] = [];
  const blocks = sheet.blocks.filter((b) => b.total > 0);
  for (const b of blocks) {
    nodes.push({ id: b.id, kind: 'block', ...named(blockLabelParts(b)), blockId: b.id, line: b.line });
    const parent = parents[b.id]?.parent ?? MINISTRY_ID;
    links.push({ source: blocks.some((p) => p.id === parent) ? parent : MINISTRY_ID, target: b.id, value: b.total, kind: 'fund', families: blockFamilies(b), line: b.line });
  }
  for (const b of blocks) {
    const children = blocks.filter((c) => (parents[c.id]?.parent ?? MINISTRY_ID) === b.id);
    if (children.length > 0) addIntermediaryFlows(b, children, nodes, links, diagnostics);
  }
  return { nodes, links, parents };
}

/** Kept flows, the reconciliation check and the residual of one intermediary block. */
export function addIntermediaryFlows(b: Block, children: Block[], nodes: GraphNode[], links: GraphLink[], diagnostics: Diagnostic[]): void {
  const { kept, received } = keptAndChecked(b, children, nodes, links, diagnostics);
  // Whatever the block received but neither kept nor passed to its children, or the reverse.
  const residual = subtract(subtract(b.total, kept), received);
  if (residual === 0) return;
  const id = residualNodeId(b.id);
  const line = b.expenses?.line ?? b.line;
  if (residual > 0) {
    nodes.push({ id, kind: 'residual', ...named({ code: 'residual', block: b.id }), blockId: b.id, line });
    links.push({ source: b.id, target: id, value: residual, kind: 'residual', line });
  } else {
    nodes.push({ id, kind: 'residual', ...named({ code: 'overReceived', block: b.id }), blockId: b.id, line });
    links.push({ source: id, target: b.id, value: -residual, kind: 'residual', line });
  }
}
