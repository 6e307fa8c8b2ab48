import fc from 'fast-check';
import { displayUnit, formatAmount, formatAmountLabel, formatNumber, formatPercent, formatShare } from '../../../src/view/format.ts';

describe('formatAmount', () => {
  it('groups like the sheet and adds 億円 from 100百万円', () => {
    expect(formatAmount(9218, '百万円', 'ja')).toBe('9,218百万円(92.2億円)');
    expect(formatAmount(552.5, '百万円', 'ja')).toBe('552.5百万円(5.5億円)');
    expect(formatAmount(99.9, '百万円', 'ja')).toBe('99.9百万円');
    expect(formatAmount(80.7, '百万円', 'ja')).toBe('80.7百万円');
  });
  it('keeps the value’s own decimals and never shows float noise', () => {
    expect(formatAmount(177.070552, '百万円', 'ja')).toBe('177.070552百万円(1.8億円)');
    expect(formatAmount(0.1 + 0.2, '百万円', 'ja')).toBe('0.3百万円');
    expect(formatAmount(3, '百万円', 'ja')).toBe('3百万円');
  });
  it('handles 千円 and 円', () => {
    expect(formatAmount(123456, '千円', 'ja')).toBe('123,456千円(1.2億円)');
    expect(formatAmount(99999, '千円', 'ja')).toBe('99,999千円');
    expect(formatAmount(150000000, '円', 'ja')).toBe('150百万円(1.5億円)'); // yen are shown in 百万円 (issue #11)
  });
  it('rounds 億円 exactly (half up on the decimal digits)', () => {
    expect(formatAmount(115, '百万円', 'ja')).toBe('115百万円(1.2億円)');
    expect(formatAmount(9995, '百万円', 'ja')).toBe('9,995百万円(100.0億円)');
  });
  it('writes negatives with ▲ (ja) and − (en), null as –', () => {
    expect(formatAmount(-8518, '百万円', 'ja')).toBe('▲8,518百万円(▲85.2億円)');
    expect(formatNumber(-1.5, 'en')).toBe('−1.5');
    expect(formatAmount(null, '百万円', 'ja')).toBe('–');
  });
  it('speaks English', () => {
    expect(formatAmount(552.5, '百万円', 'en')).toBe('552.5 million yen');
    expect(formatAmount(9218, '百万円', 'en')).toBe('9,218 million yen (9.2 billion yen)');
    expect(formatAmount(500, '千円', 'en')).toBe('500 thousand yen');
  });
});

describe('formatPercent / formatShare', () => {
  it('formats percentages with their own decimals', () => {
    expect(formatPercent(94.6)).toBe('94.6%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(null)).toBe('–');
  });
  it('gives shares to one decimal, rounding exactly', () => {
    expect(formatShare(42.9, 110.6)).toBe('38.8%');
    expect(formatShare(1, 3)).toBe('33.3%');
    expect(formatShare(2, 3)).toBe('66.7%');
    expect(formatShare(552.5, 552.5)).toBe('100.0%');
    expect(formatShare(0.0005, 1)).toBe('0.1%');
    expect(formatShare(0.0004, 1)).toBe('0.0%');
    expect(formatShare(1, 0)).toBe('–');
    expect(formatShare(null, 5)).toBe('–');
  });
});

describe('yen (RSシステム sheets) and diagram labels (issues #11, #12)', () => {
  it('shows yen in 百万円, exactly, with 億円 alongside as for 百万円 sheets', () => {
    // 177,070,552円 = 177.070552百万円 = 1.77…億円 → 1.8億円.
    expect(formatAmount(177070552, '円', 'ja')).toBe('177.070552百万円(1.8億円)');
    expect(formatAmount(3025000, '円', 'ja')).toBe('3.025百万円');
    expect(formatAmount(1043000, '円', 'en')).toBe('1.043 million yen');
    expect(formatAmount(9218000000, '円', 'en')).toBe('9,218 million yen (9.2 billion yen)');
    expect(formatAmount(-250000, '円', 'ja')).toBe('▲0.25百万円');
    expect(displayUnit('円')).toBe('百万円');
    expect(displayUnit('千円')).toBe('千円');
  });
  it('rounds diagram labels to at most one decimal of 百万円; small amounts keep two significant digits', () => {
    expect(formatAmountLabel(177.070552, '百万円', 'ja')).toBe('177.1百万円');
    expect(formatAmountLabel(177070552, '円', 'ja')).toBe('177.1百万円');
    expect(formatAmountLabel(177070552, '円', 'ja', true)).toBe('177.1百万円(1.8億円)');
    expect(formatAmountLabel(552.5, '百万円', 'ja')).toBe('552.5百万円');
    expect(formatAmountLabel(3, '百万円', 'ja')).toBe('3百万円');
    expect(formatAmountLabel(2.04, '百万円', 'ja')).toBe('2.0百万円');
    expect(formatAmountLabel(0.96, '百万円', 'ja')).toBe('1.0百万円');
    expect(formatAmountLabel(43000, '円', 'ja')).toBe('0.043百万円');
    expect(formatAmountLabel(0.000123, '百万円', 'en')).toBe('0.00012 million yen');
    expect(formatAmountLabel(0, '円', 'ja')).toBe('0百万円');
    expect(formatAmountLabel(null, '円', 'ja')).toBe('–');
  });
  it('never throws on absurd numbers', () => {
    expect(formatNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(formatAmount(1e21, '百万円', 'ja')).toMatch(/^1,000,000,000,000,000,000,000百万円\(10,000,000,000,000,000,000\.0億円\)$/);
    expect(formatShare(1e21, 1e21)).toBe('100.0%');
    expect(formatShare(1, 1e21)).toBe('0.0%');
    expect(formatShare(1e308, 1)).toMatch(/^10(,000)+\.0%$/); // 1e310 %
    expect(formatShare(5e-324, 1e308)).toBe('0.0%');
    expect(formatShare(1e-7, 2e-7)).toBe('50.0%');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(formatNumber(-1e-12)).toBe('0'); // beyond 9 decimals: float noise, and no ▲ on a zero
    expect(formatAmount(Number.MAX_VALUE, '円', 'en')).toMatch(/ million yen \(.* billion yen\)$/);
    expect(formatAmountLabel(-1e308, '円', 'ja')).toMatch(/^▲100(,000)+百万円$/) // 1e302 百万円;
  });
  it('never throws and always gives text, for any number (property)', () => {
    const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e21, 1e308, -1e308, 5e-324, Number.NaN, Infinity));
    fc.assert(
      fc.property(num, num, fc.constantFrom('円', '百万円', '千円', '億円'), fc.constantFrom<'ja' | 'en'>('ja', 'en'), (a, b, unit, lang) => {
        for (const s of [formatAmount(a, unit, lang), formatAmountLabel(a, unit, lang, true), formatShare(a, b, lang), formatNumber(a, lang), formatPercent(a, lang)]) {
          expect(typeof s).toBe('string');
          expect(s.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
