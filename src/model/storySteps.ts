/**
 * The steps of the presentation story after the whole flow: the blocks by amount, largest
 * first, with the blocks under 1 % of the total sharing one last step ("その他 N ブロック").
 * A model rule (which blocks get a step), apart from the captions (view/shell/story.ts), so the app state can use it.
 */
import { MINISTRY_ID } from '../contract/nodeIds.ts';

/** The story entry standing for the blocks too small for a step of their own. */
export const OTHERS = '*others';

/** Share of the total under which a block has no step of its own. */
export const SMALL_SHARE = 0.01;

/**
 * Block ids by amount (largest first, ties by letter); blocks under {@link SMALL_SHARE} of
 * `total` become one {@link OTHERS} entry at the end when there are at least two of them.
 * Without a positive total every block keeps its step.
 */
export function storySteps(blocks: readonly { id: string; total: number }[], total: number | null): string[] {
  const sorted = [...blocks].sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
  if (total === null || !(total > 0)) return sorted.map((b) => b.id);
  const small = sorted.filter((b) => b.total < total * SMALL_SHARE);
  if (small.length < 2) return sorted.map((b) => b.id);
  return [...sorted.filter((b) => b.total >= total * SMALL_SHARE).map((b) => b.id), OTHERS];
}

/** The blocks an {@link OTHERS} step stands for, in story order. */
export function smallBlocks(blocks: readonly { id: string; total: number }[], total: number | null): string[] {
  const steps = new Set(storySteps(blocks, total));
  return [...blocks]
    .sort((a, b) => b.total - a.total || a.id.localeCompare(b.id))
    .filter((b) => !steps.has(b.id))
    .map((b) => b.id);
}

/** Total paid by the ministry: the sum of the graph's links out of `ministry` (null when none). */
export function ministryPaid(links: readonly { source: string; value: number }[]): number | null {
  let total = 0;
  let any = false;
  for (const l of links) {
    if (l.source !== MINISTRY_ID) continue;
    total += l.value;
    any = true;
  }
  return any ? total : null;
}
