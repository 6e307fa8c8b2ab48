import { describe, expect, it } from 'vitest';
import { HIGH_AWARD_RATE, isHighAwardRate, isSingleBidder } from '../../src/model/flags.ts';

describe('competition flags (one rule for checks, table, lens)', () => {
  it('flags exactly one bidder', () => {
    expect([1, 2, 0, null].map((bidders) => isSingleBidder({ bidders }))).toEqual([true, false, false, false]);
  });
  it('flags an award rate of 95 % or more, not 94.99 or none', () => {
    expect(HIGH_AWARD_RATE).toBe(95);
    expect([95, 100, 94.99, null].map((awardRate) => isHighAwardRate({ awardRate }))).toEqual([true, true, false, false]);
  });
});
