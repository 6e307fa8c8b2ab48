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
