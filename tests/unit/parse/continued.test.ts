/** Rows over two lines (#12): quoted cells with a line break, and rows broken as text copied from a PDF. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinContinuation, joinQuotedCells, joinText } from '../../../src/sources/sheet-text/continued.ts';
import { toLines } from '../../../src/sources/sheet-text/text.ts';
import { parseSheet } from '../../../src/sources/sheet-text/index.ts';

const T = (...cells: string[]): string => cells.join('\t');
const head = ['事業番号 2023 - 環境 - 21 - 0001', '令和5年度行政事業レビューシート (環境省)', T('事業名', 'テスト事業'), '資金の流れ', '(単位: 百万円)', 'A', T('', '支出先', '法人番号', '業務概要', '支出額', '契約方式等')];

describe('joinText', () => {
  it.each([
    ['ソフトウェア', '開発費', 'ソフトウェア開発費'],
    ['Amazon Web', 'Services, Inc.', 'Amazon Web Services, Inc.'],
    ['通信端末等の購入', '(複数同種契約)', '通信端末等の購入(複数同種契約)'],
    ['NEC', 'ソリューション', 'NECソリューション'],
    ['', 'x', 'x'],
  ])('%s + %s → %s', (a, b, joined) => {
    expect(joinText(a, b)).toBe(joined);
  });
});

describe('joinQuotedCells', () => {
  it('joins a quoted cell over three lines, keeps the first line number and unquotes', () => {
    const lines = joinQuotedCells(toLines(['x', T('1', '株式会社甲', '"前半', '中間', '後半"', '12.5'), 'y'].join('\n').replace('\t中間\t', '\n中間\n')));
    expect(lines.map((l) => l.no)).toEqual([1, 2, 5]);
    expect(lines[1]?.cells).toEqual(['1', '株式会社甲', '前半中間後半', '12.5']);
  });

  it('un-doubles inner quotes', () => {
    const [line] = joinQuotedCells(toLines('1\t"He said ""hi""\nthere"\t3'));
    expect(line?.cells).toEqual(['1', 'He said "hi" there', '3']);
  });

  it('leaves a stray quote that never closes alone', () => {
    const text = ['1\t"株式会社甲\t2', ...Array.from({ length: 30 }, (_, i) => `行${i}`)].join('\n');
    const lines = joinQuotedCells(toLines(text));
    expect(lines).toHaveLength(31);
    expect(lines[0]?.cells).toEqual(['1', '"株式会社甲', '2']);
  });

  it('never loses or reorders text, on any input (property)', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z"\t]{0,6}$/), { maxLength: 30 }), (rows) => {
      const lines = joinQuotedCells(toLines(rows.join('\n')));
      const strip = (s: string): string => s.replace(/["\t\s]/g, '');
      expect(strip(lines.map((l) => l.cells.join('')).join(''))).toBe(strip(rows.join('')));
      expect(lines.map((l) => l.no)).toEqual([...lines.map((l) => l.no)].sort((a, b) => a - b));
    }));
  });
});

describe('joinContinuation', () => {
  it('continues the cut cell with the next line\'s first cell when the next line starts at the left', () => {
    const [row, next] = toLines([T('3', '株式会社甲', '123', 'ソフトウェア'), T('開発費', '14.9', '随意契約')].join('\n'));
    expect(joinContinuation(row!, next!).cells).toEqual(['3', '株式会社甲', '123', 'ソフトウェア開発費', '14.9', '随意契約']);
  });

  it('keeps columns when the continuation sits after the cut cell', () => {
    const [row, next] = toLines([T('2', '株式会社乙', '123', '機材の購入'), T('', '', '', '', '15', '一般競争')].join('\n'));
    expect(joinContinuation(row!, next!).cells).toEqual(['2', '株式会社乙', '123', '機材の購入', '15', '一般競争']);
  });
});

describe('rows over two lines in a list', () => {
  it('reads a PDF-broken row with its amount on the next line, and the following rows', () => {
    const text = [...head,
      T('1', '株式会社甲', '', '調査の'), T('前半と後半', '10.5', '一般競争契約'),
      T('2', '株式会社乙', '', '作業', '4', '随意契約')].join('\n');
    const { value, diagnostics } = parseSheet(text);
    expect(value.blocks[0]?.recipients.map((r) => [r.rank, r.name, r.description, r.amount, r.line])).toEqual([
      [1, '株式会社甲', '調査の前半と後半', 10.5, 8],
      [2, '株式会社乙', '作業', 4, 10],
    ]);
    expect(value.blocks[0]?.total).toBe(14.5);
    expect(value.blocks[0]?.incomplete).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).not.toContain('BAD_AMOUNT');
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'ROW_CONTINUED', line: 8 }));
  });

  it('does not take the next ranked row as a continuation: the cut row stays unreadable and the block incomplete', () => {
    const text = [...head, T('1', '株式会社甲', '', '調査の'), T('2', '株式会社乙', '', '作業', '4', '随意契約')].join('\n');
    const { value, diagnostics } = parseSheet(text);
    expect(value.blocks[0]?.recipients.map((r) => r.rank)).toEqual([2]);
    expect(value.blocks[0]?.incomplete).toBe(true);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'BAD_AMOUNT', line: 8 }));
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'BLOCK_INCOMPLETE', line: 6, blockId: 'A' }));
  });
});
