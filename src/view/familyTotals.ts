/**
 * Money per contract family for the lens legend. Amounts of upstream and downstream
 * blocks are the same yen passing through, so only the blocks where the money ends
 * (no child blocks) are counted; in a drill-down, only the block drilled into.
 */
import type { ContractFamily, Graph, Sheet } from '../contract/schema.ts';
import { sum } from '../util/decimal.ts';

/** Exact Σ of recipient amounts per family over the leaf blocks (or over `block`). */
export function leafFamilyTotals(sheet: Sheet, graph: Pick<Graph, 'parents'>, block: string | null): Partial<Record<ContractFamily, number>> {
  const parents = new Set(Object.values(graph.parents).map((p) => p.parent));
  const blocks = block !== null ? sheet.blocks.filter((b) => b.id === block) : sheet.blocks.filter((b) => !parents.has(b.id));
  const parts = new Map<ContractFamily, number[]>();
  for (const b of blocks) for (const r of b.recipients) parts.set(r.contractFamily, [...(parts.get(r.contractFamily) ?? []), r.amount]);
  return Object.fromEntries([...parts.entries()].map(([f, v]) => [f, sum(v)]));
}
