/**
 * The part every intermediary shares, whatever the source: what it kept by its 費目・使途 (人件費,
 * 旅費 … as kept flows) and the check of what it says it passed on against what the blocks it funds
 * received. Returns the kept and received sums (exact decimals) for the caller's residual rule.
 */
import type { Block, Diagnostic, GraphLink, GraphNode } from '../contract/schema.ts';
import { diag, type Params } from '../i18n/messages.ts';
import { sum } from '../util/decimal.ts';
import { expensesCoverBlock, isKept, passedOn } from './blocks.ts';
import { compare, exceeds } from './tolerance.ts';
import { keptNodeId } from '../contract/nodeIds.ts';
import { named } from './nodeNames.ts';

/** `unit` goes into the findings' parameters (RSシステム sheets write yen). */
export function keptAndChecked(
  b: Block, children: Block[], nodes: GraphNode[], links: GraphLink[], diagnostics: Diagnostic[], extra: Params = {},
): { kept: number; received: number; childIds: string } {
  const received = sum(children.map((c) => c.total));
  const childIds = children.map((c) => c.id).join(', ');
  // Only positive amounts can be drawn; anything else stays in the residual.
  const keptItems = expensesCoverBlock(b) && b.expenses ? b.expenses.items.filter((i) => isKept(i) && i.amount > 0) : [];
  const byCategory = new Map<string, { amounts: number[]; line: number }>();
  for (const item of keptItems) {
    const entry = byCategory.get(item.category) ?? { amounts: [], line: item.line };
    entry.amounts.push(item.amount);
    byCategory.set(item.category, entry);
  }
  for (const [category, { amounts, line }] of byCategory) {
    const id = keptNodeId(b.id, category);
    nodes.push({ id, kind: 'kept', ...named({ code: 'kept', block: b.id, category }), blockId: b.id, line });
    links.push({ source: b.id, target: id, value: sum(amounts), kind: 'kept', line });
  }
  const kept = sum(keptItems.map((i) => i.amount));
  const passed = passedOn(b);
  if (passed !== null) {
    const c = compare(passed, received, [...(b.expenses?.items.map((i) => i.amount) ?? []), ...children.map((x) => x.total)]);
    if (c.diff !== 0)
      diagnostics.push(diag(c.withinRounding ? 'info' : 'warning', 'CHILDREN_SUM_MISMATCH', b.expenses?.line ?? b.line, {
        block: b.id, passed, children: childIds, received, diff: c.abs, rounding: c.withinRounding ? 1 : '', ...extra,
      }, { blockId: b.id }));
  } else if (exceeds(received, b.total)) {
    diagnostics.push(diag('warning', 'CHILDREN_EXCEED_PARENT', b.line, { block: b.id, children: childIds, received, total: b.total, ...extra }, { blockId: b.id }));
  }
  return { kept, received, childIds };
}
