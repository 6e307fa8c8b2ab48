// The presentation's steps (issue #13): blocks by amount, those under 1 % of the total share one last step.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OTHERS, ministryPaid, smallBlocks, storySteps } from '../../src/model/storySteps.ts';

describe('storySteps', () => {
  const blocks = [
    { id: 'A', total: 552.5 },
    { id: 'B', total: 206.4 },
    { id: 'C', total: 3 },
    { id: 'I', total: 2.4 },
    { id: 'J', total: 6.8 },
  ];
  it('groups the blocks under 1 % of the total (5.525 of 552.5) into one last step', () => {
    expect(storySteps(blocks, 552.5)).toEqual(['A', 'B', 'J', OTHERS]);
    expect(smallBlocks(blocks, 552.5)).toEqual(['C', 'I']);
  });
  it('keeps a lone small block on a step of its own, and every block without a total', () => {
    expect(storySteps(blocks.slice(0, 3), 552.5)).toEqual(['A', 'B', 'C']);
    expect(smallBlocks(blocks.slice(0, 3), 552.5)).toEqual([]);
    expect(storySteps(blocks, null)).toEqual(['A', 'B', 'J', 'C', 'I']);
    expect(storySteps(blocks, 0)).toEqual(['A', 'B', 'J', 'C', 'I']);
  });
  it('sums the ministry’s links only', () => {
    expect(ministryPaid([{ source: 'ministry', value: 2 }, { source: 'A', value: 5 }, { source: 'ministry', value: 0.5 }])).toBe(2.5);
    expect(ministryPaid([{ source: 'A', value: 5 }])).toBeNull();
  });
  it('every block is on exactly one step: its own, or among the small ones (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ id: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), total: fc.integer({ min: 0, max: 100000 }) }), { selector: (b) => b.id, maxLength: 26 }), fc.integer({ min: 1, max: 1000000 }), (bs, total) => {
        const steps = storySteps(bs, total);
        const small = smallBlocks(bs, total);
        const own = steps.filter((s) => s !== OTHERS);
        expect([...own, ...small].sort()).toEqual(bs.map((b) => b.id).sort());
        expect(steps.includes(OTHERS)).toBe(small.length >= 2);
        for (const id of small) expect(bs.find((b) => b.id === id)!.total).toBeLessThan(total * 0.01);
      }),
    );
  });
});
