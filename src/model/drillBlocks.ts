/**
 * The drill-down of a block that funds other blocks (an intermediary): besides its recipients,
 * where its money went — the blocks it funds (`sheet.flows`), what it kept (人件費, 旅費 … of its
 * 費目・使途) and what does not reconcile — instead of the 費目・使途 breakdown alone, which for
 * a block whose one recipient is the intermediary itself drew a single band to itself. A block
 * that funds no other block gets drillDown() unchanged.
 *
 * The money leaves from the recipient the 費目・使途 table belongs to (it passes on what it
 * received): with one recipient the block itself stands for it (then the flows are the
 * overview's: same kept items, same residual); with several, the matched recipient, or the node
 * where several matched rows meet. Sums are exact decimals; the residual is what the hub received
 * minus what it kept and what the funded blocks received.
 */
import type { Block, Graph, GraphLink, GraphNode, Sheet } from '../contract/schema.ts';
import { sum, subtract } from '../util/decimal.ts';
import { blockFamilies, blockLabel, expensesCoverBlock, isKept } from './blocks.ts';
import { drillDown } from './drilldown.ts';

/** Drill-down graph of `blockId`, with the blocks it funds when it funds any. */
export function drillBlocks(sheet: Sheet, blockId: string): Graph {
  const base = drillDown(sheet, blockId);
  const block = sheet.blocks.find((b) => b.id === blockId);
  if (!block) return base;
  const children = sheet.flows
    .filter((f) => f.from === blockId)
    .map((f) => sheet.blocks.find((b) => b.id === f.to))
    .filter((b): b is Block => !!b && b.id !== blockId && b.total > 0);
  if (children.length === 0) return base;

  // Where the money leaves from, and how much it had.
  const single = block.recipients.length <= 1;
  const matched = block.recipients.filter((r) => block.expenses?.matchedRanks.includes(r.rank) && r.amount > 0);
  let hub: string;
  let had: number;
  if (single) {
    hub = blockId;
    had = block.total;
  } else if (matched.length === 1 && matched[0]) {
    hub = `${blockId}:r:${matched[0].rank}`;
    had = matched[0].amount;
  } else if (matched.length > 1 && base.nodes.some((n) => n.id === `${blockId}:e`)) {
    hub = `${blockId}:e`;
    had = sum(matched.map((r) => r.amount));
  } else return base; // Several recipients and no table saying which passes the money on: nothing to attach the blocks to.

  // Kept items: for a single recipient only when its table covers the block (as the overview draws it).
  const items = block.expenses && (!single || expensesCoverBlock(block)) ? block.expenses.items.filter((i) => isKept(i) && i.amount > 0) : [];
  const nodes: GraphNode[] = base.nodes.filter((n) => n.id === blockId || (!single && (n.id.startsWith(`${blockId}:r:`) || n.id === `${blockId}:e`)));
  const links: GraphLink[] = single ? [] : base.links.filter((l) => l.kind === 'payment' || l.target === `${blockId}:e`);
  for (const c of children) {
    nodes.push({ id: c.id, kind: 'block', label: blockLabel(c), blockId: c.id, line: c.line });
    links.push({ source: hub, target: c.id, value: c.total, kind: 'fund', families: blockFamilies(c), line: c.line });
  }
  const byCategory = new Map<string, { amounts: number[]; line: number }>();
  for (const item of items) {
    const entry = byCategory.get(item.category) ?? { amounts: [], line: item.line };
    entry.amounts.push(item.amount);
    byCategory.set(item.category, entry);
  }
  for (const [category, { amounts, line }] of byCategory) {
    const id = `${blockId}:kept:${category}`;
    nodes.push({ id, kind: 'kept', label: `${blockId} ${category}`, blockId, line });
    links.push({ source: hub, target: id, value: sum(amounts), kind: 'kept', line });
  }
  const residual = subtract(subtract(had, sum(items.map((i) => i.amount))), sum(children.map((c) => c.total)));
  if (residual !== 0) {
    const id = `${blockId}:residual`;
    const line = block.expenses?.line ?? block.line;
    if (residual > 0) {
      nodes.push({ id, kind: 'residual', label: `${blockId} 内訳不明の差額`, blockId, line });
      links.push({ source: hub, target: id, value: residual, kind: 'residual', line });
    } else {
      nodes.push({ id, kind: 'residual', label: `${blockId} 不突合(下流の受取が上回る)`, blockId, line });
      links.push({ source: id, target: hub, value: -residual, kind: 'residual', line });
    }
  }
  return { nodes, links, parents: {} };
}
