/**
 * #10: module-level caches keyed by a Block, a list of rows or a Graph are right only while those
 * are never changed; the caching functions take and give read-only types. The `@ts-expect-error`
 * lines below are checked by `npm run check` (tests are type-checked): each write must not compile.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/read/index.ts';
import { mergedRecipients } from '../../src/model/blocks.ts';
import { rowStats } from '../../src/model/rowStats.ts';
import type { searchPayees } from '../../src/model/yearOverview.ts';
import type { DeepReadonly, ReadonlyGraph } from '../../src/contract/readonly.ts';
import type { Block } from '../../src/contract/schema.ts';
import type { Scene, SceneInput } from '../../src/view/flowScene.ts';
import type { AppState } from '../../src/state/app.svelte.ts';
import { seedText } from './seed.ts';

/** Never called: the compiler checks that these writes are refused. */
export function writesRefused(block: DeepReadonly<Block>, graph: ReadonlyGraph, scene: Scene, input: SceneInput, app: AppState, payees: Parameters<typeof searchPayees>[0]): void {
  // @ts-expect-error a cached block's rows cannot be replaced…
  block.recipients = [];
  // @ts-expect-error …nor pushed to…
  block.recipients.push(block.recipients[0]!);
  // @ts-expect-error …nor a row's amount changed.
  block.recipients[0]!.amount = 1;
  // @ts-expect-error merged rows are kept per block
  mergedRecipients(block)[0]!.amount = 0;
  // @ts-expect-error …and so are their ranks
  mergedRecipients(block)[0]!.ranks.push(1);
  // @ts-expect-error row statistics are kept per list of rows
  rowStats(block.recipients).sum = 0;
  // @ts-expect-error a kept drill-down graph cannot grow…
  graph.nodes.push(graph.nodes[0]!);
  // @ts-expect-error …nor its links change
  graph.links[0]!.value = 0;
  // @ts-expect-error a scene's graph input is compared with the kept scene's
  input.graph.links.pop();
  // @ts-expect-error a kept scene is drawn from its sheet: no row of it can change…
  input.sheet.blocks[0]!.recipients[0]!.amount = 1;
  // @ts-expect-error …nor a block be added
  input.sheet.blocks.push(input.sheet.blocks[0]!);
  // @ts-expect-error the payee search's haystack is kept per index, made of each entry's search text…
  payees[0]!.search = '';
  // @ts-expect-error …in the index's order
  payees.reverse();
  // @ts-expect-error a kept scene's node infos are shared by every view of it
  scene.infos.set('x', scene.infos.get('y')!);
  // @ts-expect-error …as are its labels
  scene.labels.length = 0;
  // @ts-expect-error the app's graph may be a kept drill-down
  app.graph?.nodes.splice(0);
}

describe('caches over read-only data', () => {
  it('gives the same frozen statistics for the same rows, and mergedRecipients the same list', () => {
    const b = analyze(seedText).sheet.blocks.find((x) => x.id === 'B')!;
    const s = rowStats(b.recipients);
    expect(rowStats(b.recipients)).toBe(s);
    expect(Object.isFrozen(s) && Object.isFrozen(s.families) && Object.isFrozen(s.contractTypes)).toBe(true);
    expect(() => {
      (s as { sum: number }).sum = 0;
    }).toThrow(TypeError);
    expect(s.sum).toBe(206.4);
    expect(mergedRecipients(b)).toBe(mergedRecipients(b));
    expect(mergedRecipients(b)).toHaveLength(6);
  });
});
