import { describe, expect, it } from 'vitest';
import { parseSheet } from '../../../src/sources/sheet-text/index.ts';

const T = (...cells: string[]): string => cells.join('\t');
const head = ['事業番号 2023 - 環境 - 21 - 0001', '令和5年度行政事業レビューシート (環境省)', T('事業名', 'テスト事業'), '資金の流れ', '(単位: 千円)'];

describe('parseSheet', () => {
  it('reads lists whose columns are reordered and renamed', () => {
    const text = [...head, 'A', T('', '支出額', '支出先', '契約方式等', '法人番号', '業務概要', '落札率', '入札者数'),
      T('1', '1,200', '株式会社テスト', '一般競争契約(最低価格)', '7012405000492', '調査', '96.5%', '1')].join('\n');
    const { value, diagnostics } = parseSheet(text);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(value).toMatchObject({ ministry: '環境省', sheetYear: 2023, unit: '千円', projectNumber: '2023-環境-21-0001' });
    expect(value.blocks[0]?.recipients[0]).toMatchObject({ rank: 1, name: '株式会社テスト', amount: 1200, bidders: 1, awardRate: 96.5, contractFamily: 'competitive', description: '調査' });
  });

  it('takes the block letter from the first cell of the list header row', () => {
    const text = [...head, T('B', '支出先', '法人番号', '業務概要', '支出額'), T('1', '個人', '', '講演', '0.5')].join('\n');
    const { value } = parseSheet(text);
    expect(value.blocks.map((b) => [b.id, b.total])).toEqual([['B', 0.5]]);
    expect(value.blocks[0]?.recipients[0]?.corporateNumber).toBeNull();
  });

  it('splits three side-by-side 費目・使途 tables', () => {
    const text = [...head,
      T('費目・使途', 'A.(株)甲', '', '', 'B.(株)乙', '', '', 'C.(株)丙', '', ''),
      T('', '費目', '使途', '金額', '費目', '使途', '金額', '費目', '使途', '金額'),
      T('', '人件費', '研究員', '10', '外注費', '開発', '5', '旅費', '出張', '1'),
      T('', '', '', '', '', '', '', '旅費', '宿泊', '2'),
      T('', '計', '', '10', '計', '', '5', '計', '', '3'),
      '支出先上位10者リスト',
      'A', T('', '支出先', '法人番号', '業務概要', '支出額'), T('1', '株式会社甲', '7012405000492', '研究', '10'),
      'B', T('', '支出先', '法人番号', '業務概要', '支出額'), T('1', '株式会社乙', '', '開発', '5'),
      'C', T('', '支出先', '法人番号', '業務概要', '支出額'), T('1', '株式会社丙', '', '調査', '3'),
    ].join('\n');
    const { value } = parseSheet(text);
    const e = Object.fromEntries(value.blocks.map((b) => [b.id, b.expenses?.items.map((i) => i.amount)]));
    expect(e).toEqual({ A: [10], B: [5], C: [1, 2] });
    expect(value.blocks.map((b) => b.expenses?.matchedRanks)).toEqual([[1], [1], [1]]);
  });

  it('reports a ranked row outside any block and a missing amount', () => {
    const text = [...head, T('', '支出先', '法人番号', '業務概要', '支出額'), T('1', '株式会社迷子', '', 'x', '1'),
      'A', T('', '支出先', '法人番号', '業務概要', '支出額'), T('1', '株式会社甲', '', 'x', '2'), T('2', '株式会社乙', '', 'x', '')].join('\n');
    const { value, diagnostics } = parseSheet(text);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual(expect.arrayContaining([['ROW_OUTSIDE_BLOCK', 7], ['BAD_AMOUNT', 11]]));
    expect(value.blocks[0]?.total).toBe(2);
  });

  it('gives one error for a sheet without any recipients', () => {
    const { diagnostics } = parseSheet([...head, '支出先上位10者リスト'].join('\n'));
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line])).toEqual([['NO_FUND_FLOW', 6]]);
  });
});
