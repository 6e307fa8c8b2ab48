/**
 * The drill-down graph of one block: block → each recipient row → for the recipient its
 * 費目・使途 table names, 費目 → 使途. When that recipient has several rows, they meet in
 * one node first, because the table is summed over all of them.
 */
import type { Graph, GraphLink, GraphNode, Sheet } from '../contract/schema.ts';
import { sum } from '../util/decimal.ts';
import { blockLabelParts } from './blocks.ts';
import { named } from './nodeNames.ts';
import { shortName } from '../contract/names.ts';
import { categoryNodeId, expensesNodeId, purposeNodeId, recipientNodeIds } from '../contract/nodeIds.ts';

/** Drill-down graph of block `blockId`; empty when there is no such block. */
export function drillDown(sheet: Sheet, blockId: string): Graph {
  const block = sheet.blocks.find((b) => b.id === blockId);
  if (!block) return { nodes: [], links: [], parents: {} };
  const nodes: GraphNode[] = [{ id: block.id, kind: 'block', ...named(blockLabelParts(block)), blockId: block.id, line: block.line, ...(block.incomplete ? { incomplete: true } : {}) }];
  const links: GraphLink[] = [];
  // Recipient ids, with `~2`, `~3` … for further rows numbered alike (see contract/nodeIds.ts).
  const ids = recipientNodeIds(block);
  const idOf = new Map(block.recipients.map((r, i) => [r, ids[i] as string]));
  block.recipients.forEach((r, i) => {
    const id = ids[i] as string;
    nodes.push({ id, kind: 'recipient', label: `${r.rank}. ${r.name}`, blockId: block.id, line: r.line });
    if (r.amount > 0) links.push({ source: block.id, target: id, value: r.amount, kind: 'payment', families: [r.contractFamily], line: r.line });
  });
  const e = block.expenses;
  const matchedRanks = new Set(e?.matchedRanks ?? []);
  const matched = e ? block.recipients.filter((r) => matchedRanks.has(r.rank)) : [];
  if (!e || matched.length === 0 || e.items.length === 0) return { nodes, links, parents: {} };
  let from: string;
  const first = matched[0];
  if (matched.length === 1 && first) {
    from = idOf.get(first) as string;
  } else {
    from = expensesNodeId(block.id);
    nodes.push({ id: from, kind: 'other', ...named({ code: 'expenseTable', name: shortName(e.recipient) }), blockId: block.id, line: e.line });
    for (const r of matched) if (r.amount > 0) links.push({ source: idOf.get(r) as string, target: from, value: r.amount, kind: 'expense', line: r.line });
  }
  const categories = [...new Set(e.items.map((i) => i.category))];
  categories.forEach((category, c) => {
    const items = e.items.filter((i) => i.category === category);
    const cid = categoryNodeId(block.id, c);
    nodes.push({ id: cid, kind: 'category', ...(category ? { label: category } : named({ code: 'noCategory' })), blockId: block.id, line: items[0]?.line ?? e.line });
    const value = sum(items.map((i) => i.amount));
    if (value > 0) links.push({ source: from, target: cid, value, kind: 'expense', line: items[0]?.line ?? e.line });
    items.forEach((item) => {
      const pid = purposeNodeId(block.id, e.items.indexOf(item));
      nodes.push({ id: pid, kind: 'purpose', label: item.purpose || item.category, blockId: block.id, line: item.line });
      if (item.amount > 0) links.push({ source: cid, target: pid, value: item.amount, kind: 'expense', line: item.line });
    });
  });
  return { nodes, links, parents: {} };
}
