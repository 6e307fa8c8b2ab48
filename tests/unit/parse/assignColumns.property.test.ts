/**
 * The 費目・使途 matcher (#12): dynamic programming instead of trying every assignment. It must
 * give exactly what trying every assignment gives (the cheapest, first in order among equals),
 * and a 34-table header must not stall the reader.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignColumns } from '../../../src/sources/sheet-text/expenses.ts';
import { parseSheet } from '../../../src/sources/sheet-text/index.ts';

/** The former matcher, verbatim in behaviour: every order-preserving assignment, cheapest first found kept. */
function exhaustive(ats: number[], cols: number[]): number[] | null {
  if (ats.length > cols.length) return null;
  let best: { cost: number; pick: number[] | null } = { cost: Infinity, pick: null };
  const walk = (k: number, from: number, pick: number[], cost: number): void => {
    if (best.pick && cost >= best.cost) return;
    if (k === ats.length) {
      best = { cost, pick: [...pick] };
      return;
    }
    for (let j = from; j < cols.length; j++) walk(k + 1, j + 1, [...pick, j], cost + Math.abs((ats[k] as number) - 2 - (cols[j] as number)));
  };
  walk(0, 0, [], 0);
  return best.pick;
}

describe('assignColumns', () => {
  it('equals the exhaustive search on random small tables (property)', () => {
    const sizes = fc.integer({ min: 0, max: 8 }).chain((m) =>
      fc.record({
        cols: fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: m, maxLength: m }).map((c) => [...c].sort((a, b) => a - b)),
        ats: fc.array(fc.integer({ min: 0, max: 34 }), { minLength: 0, maxLength: m }).map((a) => [...a].sort((x, y) => x - y)),
      }));
    fc.assert(fc.property(sizes, ({ cols, ats }) => {
      expect(assignColumns(ats, cols)).toEqual(exhaustive(ats, cols));
    }), { numRuns: 2000 });
  });

  it('equals the exhaustive search when ties are everywhere (same column twice, unsorted amounts)', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
      fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 7 }),
      (cols, ats) => {
        expect(assignColumns(ats, cols)).toEqual(exhaustive(ats, cols));
      }), { numRuns: 2000 });
  });

  it('puts a shifted right-hand amount in the right-hand table', () => {
    // Tables at 費目 columns 1 and 4; an amount at cell 5 (shifted one left of 6) belongs to the second.
    expect(assignColumns([5], [1, 4])).toEqual([1]);
    expect(assignColumns([3, 6], [1, 4])).toEqual([0, 1]);
    expect(assignColumns([3, 6, 9], [1, 4])).toBeNull();
  });

  it('reads a 34-table side-by-side header with half-filled rows', () => {
    const ids = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AA', 'AB', 'AC', 'AD', 'AE', 'AF', 'AG', 'AH'];
    const heading = ['費目・使途', ...ids.flatMap((id) => [`${id}.(株)会社${id}`, '', ''])].join('\t');
    const columns = ['', ...ids.flatMap(() => ['費目', '使途', '金額'])].join('\t');
    // Every other table has an item on each row: 17 amounts among 34 tables, C(34,17) ≈ 2.3e9 assignments.
    const rows = Array.from({ length: 40 }, (_, r) => ['', ...ids.flatMap((_, i) => (i % 2 === r % 2 ? ['外注費', `作業${r}`, '1'] : ['', '', '']))].join('\t'));
    const lists = ids.flatMap((id) => [id, ['', '支出先', '法人番号', '業務概要', '支出額'].join('\t'), ['1', `株式会社会社${id}`, '', '作業', '20'].join('\t')]);
    const text = ['事業番号 2022-総務-21-0001', '令和4年度行政事業レビューシート (総務省)', '事業名\tテスト', '資金の流れ', heading, columns, ...rows, ...lists].join('\n');
    const { value } = parseSheet(text);
    expect(value.blocks.map((b) => b.id)).toEqual(ids);
    // Tables A, C, E … get the even rows' items, B, D … the odd rows': 20 items of 1 each.
    expect(value.blocks.map((b) => b.expenses?.items.length)).toEqual(ids.map(() => 20));
    expect(value.blocks[33]?.expenses?.items.every((i) => i.amount === 1 && i.category === '外注費')).toBe(true);
  });
});
