import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedText } from '../seed.ts';
import { binaryLine, toLines } from '../../../src/sources/sheet-text/text.ts';

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

/**
 * The straightforward toLines this module had before its fast path (split every line,
 * strip control characters, NFKC where a compatibility character occurs, clean every cell):
 * the oracle the fast version must agree with.
 */
function referenceLines(input: string): { no: number; text: string; cells: string[]; first: number; filled: number }[] {
  const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
  const COMPAT = /[\u00A0-\u00BF\u2000-\u206F\u2150-\u24FF\u2E80-\u2FDF\u3000\u3200-\u33FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
  const clean = (cell: string): string => (cell === '' ? cell : cell.replace(/\s+/g, ' ').trim());
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const raws = text.split(/\r\n|\r|\n/);
  if (raws.length > 1 && raws.at(-1) === '') raws.pop();
  return raws.map((raw, i) => {
    const stripped = raw.replace(CONTROL, '');
    const t = COMPAT.test(stripped) ? stripped.normalize('NFKC') : stripped;
    const cells = t.split('\t').map(clean);
    return { no: i + 1, text: t, cells, first: cells.findIndex((c) => c !== ''), filled: cells.filter((c) => c !== '').length };
  });
}

describe('toLines (fast path) against the straightforward reference', () => {
  // Sheet-like pieces: tabs, spaces, line breaks of every kind, full-width and compatibility
  // forms, controls, BOMs, kanji, numbers.
  const piece = fc.constantFrom(
    '\t', ' ', '  ', '\u3000', '\n', '\r\n', '\r', '\uFEFF', '\u00A0', '\u2003', '\u0001', '\u007F', '\uFFFD', '\u000B', '\f',
    '（株）', '㈱', 'ＮＴＴ', '１２３', '①', 'Ⅳ', '㍻', 'ｶﾀｶﾅ', '日立製作所', '552.5', '1,234', '-', '％', 'A', '支出先上位10者リスト',
  );
  const text = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

  it('gives the same lines, cells and counts for any mix of sheet-like pieces', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(toLines(t).map((l) => ({ no: l.no, text: l.text, cells: l.cells, first: l.first, filled: l.filled }))).toEqual(referenceLines(t));
      }),
      { numRuns: 4000 },
    );
  });

  it('agrees on the seed sheet and on arbitrary strings', () => {
    const pick = (l: ReturnType<typeof toLines>[number]) => ({ no: l.no, text: l.text, cells: l.cells, first: l.first, filled: l.filled });
    expect(toLines(seedText).map(pick)).toEqual(referenceLines(seedText));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (t) => {
        expect(toLines(t).map(pick)).toEqual(referenceLines(t));
      }),
      { numRuns: 3000 },
    );
  });
});
