import { describe, expect, it } from 'vitest';
import { binaryLine, toLines } from '../../../src/parse/text.ts';

describe('toLines', () => {
  it('drops a BOM, splits CRLF/CR/LF and keeps 1-based numbers', () => {
    const lines = toLines('\uFEFFa\r\nb\rc\nd\n');
    expect(lines.map((l) => [l.no, l.text])).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]);
  });
  it('trims cells and folds full-width spaces', () => {
    expect(toLines('\t（株）　日立\t 552.5 ')[0]?.cells).toEqual(['', '(株) 日立', '552.5']);
  });
});

describe('binaryLine', () => {
  it('finds a NUL byte', () => expect(binaryLine('text\nab\u0000c')).toBe(2));
  it('accepts plain text with tabs', () => expect(binaryLine('a\tb\nc')).toBeNull());
  it('flags text that is mostly control characters', () => expect(binaryLine('\u0001\u0002\u0003abc')).toBe(1));
});
