// The note under the diagram (view/droppedNotes.ts) and the ministry's 執行額 check (overExecuted).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overExecuted } from '../../src/view/guessed.ts';
import { droppedNotes } from '../../src/view/droppedNotes.ts';
import type { Block } from '../../src/contract/schema.ts';
import type { Dropped } from '../../src/layout/types.ts';

const row = (rank: number, amount: number, line: number) => ({ rank, name: `R${line}`, amount, line }) as Block['recipients'][number];
/** Block G: rank 1 of 15, rank 2 of 0; rank 2 again (a duplicate) of 0. */
const sheet = { blocks: [{ id: 'G', recipients: [row(1, 15, 193), row(2, 0, 194), row(2, 0, 195)] } as Block] };

describe('droppedNotes', () => {
  it('counts a recipient of 0 once, whether its band, its node or both were dropped', () => {
    const both: Dropped[] = [
      { what: 'link', id: 'G→G:r:2', reason: 'non-positive-value' },
      { what: 'node', id: 'G:r:2', reason: 'isolated' },
    ];
    expect(droppedNotes(both, sheet, 'ja')).toEqual(['0円の支出先 1件は図に描いていません(表には載っています)']);
    expect(droppedNotes([both[1] as Dropped], sheet, 'ja')).toEqual(['0円の支出先 1件は図に描いていません(表には載っています)']);
    expect(droppedNotes([both[0] as Dropped], sheet, 'en')).toEqual(['1 recipient with 0 not drawn (listed in the table)']);
  });

  it('two rows of 0 ranked alike are two recipients (node ids G:r:2 and G:r:2~2)', () => {
    const d: Dropped[] = [
      { what: 'node', id: 'G:r:2', reason: 'isolated' },
      { what: 'node', id: 'G:r:2~2', reason: 'isolated' },
    ];
    expect(droppedNotes(d, sheet, 'en')).toEqual(['2 recipients with 0 not drawn (listed in the table)']);
  });

  it('other flows left out are counted as flows, apart from the recipients of 0; nothing left out says nothing', () => {
    const d: Dropped[] = [
      { what: 'link', id: 'G→G:r:2', reason: 'non-positive-value' },
      { what: 'link', id: 'X→Y', reason: 'unknown-node' },
      { what: 'link', id: 'G→G:r:1', reason: 'cycle' },
      { what: 'node', id: 'Z', reason: 'isolated' },
    ];
    expect(droppedNotes(d, sheet, 'ja')).toEqual(['0円の支出先 1件は図に描いていません(表には載っています)', '2件の流れは描けないため省略しました']);
    expect(droppedNotes([], sheet, 'ja')).toEqual([]);
    // A recipient of 15 whose node was isolated is no recipient of 0.
    expect(droppedNotes([{ what: 'node', id: 'G:r:1', reason: 'isolated' }], sheet, 'ja')).toEqual([]);
  });
});

describe('overExecuted', () => {
  it('says so for any sum above the 執行額, never for one at or below it, nor without one', () => {
    expect(overExecuted(24906.1, { year: 2023, amount: 24906 }, '百万円', 'ja')).toMatch(/^執行額 24,906百万円.* を超える — 推定の構造$/);
    expect(overExecuted(24906, { year: 2023, amount: 24906 }, '百万円', 'ja')).toBeNull();
    expect(overExecuted(5, null, '百万円', 'ja')).toBeNull();
    expect(overExecuted(null, { year: 2023, amount: 1 }, '百万円', 'ja')).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (drawn, executed) => {
        expect(overExecuted(drawn, { year: 2021, amount: executed }, '円', 'en') !== null).toBe(drawn > executed);
      }),
    );
  });
});
