import { describe, expect, it } from 'vitest';
import { eraYear, parseNumber } from '../../../src/sources/sheet-text/numbers.ts';
import { toLines } from '../../../src/sources/sheet-text/text.ts';

describe('parseNumber', () => {
  it.each([
    ['552.5', 552.5],
    ['8,518', 8518],
    ['▲ 8,518', -8518],
    ['△12.5', -12.5],
    ['79%', 79],
    ['94.6 %', 94.6],
    ['177.070552', 177.070552],
    ['1,234,567.8', 1234567.8],
    ['0', 0],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ kind: 'value', value });
  });
  it.each(['-', '', '―', '－'.normalize('NFKC')])('reads %j as none', (text) => {
    expect(parseNumber(text)).toEqual({ kind: 'none' });
  });
  it.each(['abc', '12a', '1,23', '1.2.3', '令和4年度'])('refuses %j', (text) => {
    expect(parseNumber(text)).toEqual({ kind: 'invalid' });
  });
  it('reads full-width digits once the line is NFKC-normalised', () => {
    const [line] = toLines('１，２３４．５\t▲　８');
    expect(line?.cells.map((c) => parseNumber(c))).toEqual([{ kind: 'value', value: 1234.5 }, { kind: 'value', value: -8 }]);
  });
});

describe('eraYear', () => {
  it.each([
    ['令和元年度', 2019],
    ['令和4年度', 2022],
    ['令和5年度要求', 2023],
    ['平成30年度', 2018],
    ['平成元年度', 1989],
    ['2022年度', 2022],
  ])('%s → %d', (text, year) => expect(eraYear(text)).toBe(year));
  it('returns null without a year', () => expect(eraYear('当初予算')).toBeNull());
});

describe('parseNumber: numbers too large to handle exactly (#12)', () => {
  it.each([
    ['1' + '0'.repeat(21)], // 1e21
    ['1' + '0'.repeat(30)], // 1e30
    ['1' + '0'.repeat(308)], // 1e308
    ['9' + '9'.repeat(400)], // beyond a double: Infinity
    ['1,000,000,000,000,000'], // 10^18 with commas
    ['▲ 1,000,000,000,000,000'],
    ['1234567890.123456789'], // 19 significant digits
  ])('refuses %s as out of range', (text) => {
    expect(parseNumber(text)).toEqual({ kind: 'out-of-range' });
  });
  it.each([
    ['999,999,999,999,999', 999999999999999],
    ['177.070552', 177.070552],
    ['0.000000000000000001', 1e-18],
    ['123456789012.345', 123456789012.345],
  ])('still reads %s', (text, value) => {
    expect(parseNumber(text)).toEqual({ kind: 'value', value });
  });
});
