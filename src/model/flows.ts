/** The edges between the ministry and the blocks (`sheet.flows`), made from block parents. */
import type { Block, Flow, Parent } from '../contract/schema.ts';
import { MINISTRY_ID } from '../contract/nodeIds.ts';

/**
 * One flow per block with money: from its parent (the ministry or a block) carrying the block's
 * total. Text sheets have no arrows, so these are the inferred (or caller-set) parents.
 */
export function flowsFromParents(blocks: readonly Block[], parents: Record<string, Parent>): Flow[] {
  const ids = new Set(blocks.filter((b) => b.total > 0).map((b) => b.id));
  return blocks
    .filter((b) => b.total > 0)
    .map((b) => {
      const p = parents[b.id];
      const from = p && ids.has(p.parent) ? p.parent : MINISTRY_ID;
      return { from, to: b.id, amount: b.total, note: null, inferred: p?.inferred ?? true };
    });
}
