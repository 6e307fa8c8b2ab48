/**
 * The drill-down of an RSシステム block that funds other blocks (drillBlocks.ts calls it when
 * given): apart so that the page's start-up code, which draws text sheets, carries none of it.
 */
import type { GraphLink, GraphNode } from '../contract/schema.ts';
import type { RsDrill } from './drillBlocks.ts';
import { isRecipientOf, onwardNodeId, untracedNodeId } from '../contract/nodeIds.ts';
import { named } from './nodeNames.ts';

/**
 * rsfix: an RSシステム block with several payees that funds other blocks. 5-3 is about (mostly)
 * the block's largest payee, not about who re-contracts, so the files do not say which payee
 * passed money on: the funded blocks hang off one junction (onwardNodeId) ("C の支出先から（どの
 * 支出先からかは記載なし）"), joined to each paid payee by a connector of value 0 (variant
 * 'unsplit', drawn as a thin marked line, as the overview's junctions), and carrying the blocks'
 * own totals. What stayed with the payees is their rows themselves: no residual is made up; only
 * the overview's untraced part (block total not given per payee) is kept.
 */
export const rsDrill: RsDrill = (base, blockId, out, overview) => {
  const funds = out.filter((l) => l.kind === 'fund');
  const onward = onwardNodeId(blockId);
  const payees = base.nodes.filter((n) => isRecipientOf(n.id, blockId));
  const paid = new Set(base.links.filter((l) => l.kind === 'payment' && l.value > 0).map((l) => l.target));
  const nodes: GraphNode[] = [...base.nodes, { id: onward, kind: 'other', ...named({ code: 'onward', block: blockId }), blockId, line: funds[0]?.line ?? null, variant: 'junction' }];
  const links: GraphLink[] = [...base.links];
  for (const p of payees) if (paid.has(p.id)) links.push({ source: p.id, target: onward, value: 0, kind: 'fund', line: p.line ?? null, variant: 'unsplit' });
  for (const l of funds) {
    nodes.push(...overview.nodes.filter((n) => n.id === l.target));
    links.push({ ...l, source: onward });
  }
  const untraced = overview.links.find((l) => l.source === blockId && l.target === untracedNodeId(blockId));
  if (untraced) {
    nodes.push(...overview.nodes.filter((n) => n.id === untraced.target));
    links.push(untraced);
  }
  return { nodes, links, parents: {} };
};
