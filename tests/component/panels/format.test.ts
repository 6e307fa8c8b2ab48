import { formatAmount, formatNumber, formatPercent, formatShare } from '../../../src/view/format.ts';

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
    expect(formatAmount(150000000, '円', 'ja')).toBe('150,000,000円(1.5億円)');
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
