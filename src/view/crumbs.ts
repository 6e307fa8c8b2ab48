/** Breadcrumb items for a drill-down: the ministry, the block's ancestors (by graph parents), the block. */
import type { Graph, Sheet } from '../contract/schema.ts';
import type { Crumb } from './Breadcrumb.svelte';
import { isMinistry } from '../contract/nodeIds.ts';

/** 総務省 › A › D for block D whose parent is A whose parent is the ministry. */
export function crumbsFor(sheet: Sheet, graph: Pick<Graph, 'parents'>, block: string | null, rootLabel: string): Crumb[] {
  const root: Crumb = { blockId: null, label: sheet.ministry ?? rootLabel, title: rootLabel };
  if (block === null) return [root];
  const chain: string[] = [];
  const seen = new Set<string>();
  let id: string | undefined = block;
  // Only blocks: a source drawn apart (RSシステム "資金元の記載なし") is no crumb.
  while (id && !isMinistry(id) && !seen.has(id) && sheet.blocks.some((b) => b.id === id)) {
    seen.add(id);
    chain.unshift(id);
    id = graph.parents[id]?.parent;
  }
  return [root, ...chain.map((b) => ({ blockId: b, label: b }))];
}

