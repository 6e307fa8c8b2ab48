/**
 * Damaged and hostile inputs (#12): the reader finishes, keeps what it can read and bounds
 * what it says. No timing here (see `npm run bench`); each case was quadratic or exponential before.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/read/index.ts';
import { parseOutputSchema } from '../../../src/model/index.ts';

const T = (...c: string[]): string => c.join('\t');
const head = ['事業番号 2022-総務-21-0001', '令和4年度行政事業レビューシート (総務省)', T('事業名', 'テスト'), '資金の流れ'];
const listHead = T('', '支出先', '法人番号', '業務概要', '支出額', '契約方式等', '入札者数', '落札率');

describe('hostile sheets', () => {
  it('reads 50,000 rows of one recipient with a bad 落札率 each: every row kept, 100 findings of that code', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => T(String(i + 1), '株式会社甲', '', '作業', '0.1', '委託', '1', 'x%'));
    const out = analyze([...head, 'A', listHead, ...rows].join('\n'));
    expect(out.sheet.blocks[0]?.recipients).toHaveLength(50_000);
    expect(out.sheet.blocks[0]?.total).toBe(5000);
    expect(out.diagnostics.filter((d) => d.code === 'BAD_NUMBER')).toHaveLength(100);
    expect(out.diagnostics.filter((d) => d.code === 'SINGLE_BIDDER')).toHaveLength(100);
    expect(out.diagnostics.filter((d) => d.code === 'DIAGNOSTICS_TRUNCATED').map((d) => d.message.en.match(/\((\w+)\).*?([\d,]+) more/)?.slice(1))).toEqual(
      expect.arrayContaining([['BAD_NUMBER', '49,900'], ['SINGLE_BIDDER', '49,900']]));
  });

  it('reads a heading row of 3,000 side-by-side tables', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(65 + (i % 26)));
    const text = [...head, ['費目・使途', ...ids.flatMap((id, i) => [`${id}.(株)会社${i}`, '', ''])].join('\t'),
      ...Array.from({ length: 20 }, (_, r) => ['', ...ids.flatMap((_, i) => (i % 3 === r % 3 ? ['外注費', 'x', '1'] : ['', '', '']))].join('\t')),
      'A', listHead, T('1', '株式会社甲', '', '作業', '20')].join('\n');
    const out = analyze(text);
    expect(out.sheet.blocks.find((b) => b.id === 'A')?.total).toBe(20);
    expect(parseOutputSchema.safeParse(out).success).toBe(true);
  });

  it('reads a list row with a million trailing cells', () => {
    const out = analyze([...head, 'A', listHead, `${T('1', '株式会社甲', '', '作業', '20')}\t${Array(1_000_000).fill('x').join('\t')}`].join('\n'));
    expect(out.sheet.blocks[0]?.recipients.map((r) => r.amount)).toEqual([20]);
  });

  it('reads 702 blocks, A to ZZ, in order', () => {
    const id = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)));
    const lines = Array.from({ length: 702 }, (_, i) => [id(i), listHead, T('1', `株式会社${id(i)}`, '', '作業', String(1000 - i), '一般競争契約')]).flat();
    const out = analyze([...head, ...lines].join('\n'));
    expect(out.sheet.blocks.map((b) => b.id)).toEqual(Array.from({ length: 702 }, (_, i) => id(i)));
    expect(out.sheet.blocks.at(-1)).toMatchObject({ id: 'ZZ', total: 299 });
    expect(parseOutputSchema.safeParse(out).success).toBe(true);
  });
});
