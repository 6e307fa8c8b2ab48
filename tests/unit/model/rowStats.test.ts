/**
 * Block labels (codes + data) and row statistics (numbers) in the model (#10); expected values
 * worked out by hand from the seed sheet (seeds/000_07fcc2ea9ae77a26.txt, 支出先上位10者リスト).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../src/read/index.ts';
import { blockLabel, blockLabelParts } from '../../../src/model/blocks.ts';
import { rowStats, rowsOfNode } from '../../../src/model/rowStats.ts';
import { blockTitle } from '../../../src/view/nodeInfo.ts';
import type { Block, Recipient } from '../../../src/contract/schema.ts';
import { sum } from '../../../src/util/decimal.ts';
import { seedText } from '../seed.ts';

const sheet = analyze(seedText).sheet;
const block = (id: string): Block => sheet.blocks.find((b) => b.id === id)!;

describe('block labels as codes plus data', () => {
  it('names a block by its largest recipient and the count of the others (seed)', () => {
    // B: 7 rows, セキュアブレイン twice (same 法人番号) → 6 recipients; 日立 108.9 is the largest.
    expect(blockLabelParts(block('B'))).toEqual({ code: 'recipient', blockId: 'B', name: '日立製作所', others: 5 });
    // D: サイバーディフェンス研究所 three rows (42.9 + 25.3 + 12.5 = 80.7), NTTデータ 29.7, アマゾンジャパン 0.2.
    expect(blockLabelParts(block('D'))).toEqual({ code: 'recipient', blockId: 'D', name: 'サイバーディフェンス研究所', others: 2 });
    expect(blockLabelParts(block('C'))).toEqual({ code: 'recipient', blockId: 'C', name: '日本コムシス', others: 0 });
    expect(blockLabel(block('B'))).toBe('B 日立製作所 他5者');
    expect(blockLabel(block('C'))).toBe('C 日本コムシス');
  });

  it('uses the source name, the 費目・使途 recipient or the letter alone when there is no row', () => {
    const b = block('G');
    expect(blockLabelParts({ ...b, name: '株式会社見本一ほか' })).toEqual({ code: 'named', blockId: 'G', name: '株式会社見本一ほか' });
    expect(blockLabel({ ...b, name: '株式会社見本一ほか' })).toBe('G 株式会社見本一ほか');
    // G's 費目・使途 names (株)三菱総合研究所.
    expect(blockLabelParts({ ...b, recipients: [] })).toEqual({ code: 'expenses', blockId: 'G', name: '三菱総合研究所' });
    expect(blockLabelParts({ ...b, recipients: [], expenses: null })).toEqual({ code: 'bare', blockId: 'G' });
    expect(blockLabel({ ...b, recipients: [], expenses: null })).toBe('G');
  });

  it('is worded by the view per language from the same parts', () => {
    expect(blockTitle(block('B'), 'ja')).toBe('B 日立製作所 他5者');
    expect(blockTitle({ ...block('G'), recipients: [], expenses: null }, 'ja')).toBe('ブロックG');
  });
});

describe('row statistics as numbers', () => {
  it('counts and sums block B exactly: 7 rows, 206.4百万円, 6 flagged', () => {
    const s = rowStats(block('B').recipients);
    expect(s.count).toBe(7);
    // 108.9 + 34.2 + 14.9 + 14.9 + 20.4 + 8.3 + 4.8 = 206.4 (not 206.40000000000003).
    expect(s.sum).toBe(206.4);
    // Rows 1–6: 入札者数 1 and 落札率 100 %; row 7 (Amazon) gives neither.
    expect([s.singleBidder, s.highRate, s.flagged]).toEqual([6, 6, 6]);
    expect(s.contractTypes).toEqual([
      { type: '随意契約(公募)', count: 4 },
      { type: '一般競争契約(総合評価)', count: 2 },
      { type: '随意契約(その他)', count: 1 },
    ]);
    // open-call 108.9 + 14.9 + 14.9 + 8.3 = 147; competitive 34.2 + 20.4 = 54.6; discretionary 4.8.
    expect(s.families.map((f) => [f.key, f.value])).toEqual([['open-call', 147], ['competitive', 54.6], ['discretionary', 4.8]]);
    expect(s.families[0]!.share).toBeCloseTo(147 / 206.4, 12);
    expect(s.families[2]!.share).toBeCloseTo(0.023256, 6);
  });

  it('keeps the 95 % boundary and one count per row flagged twice (block E)', () => {
    // E: 96.3 (2 bidders, 94.6 %), 15 (1, 100 %), 3.9 (1, 99 %), 1.4 (-, -).
    const s = rowStats(block('E').recipients);
    expect([s.count, s.sum, s.singleBidder, s.highRate, s.flagged]).toEqual([4, 116.6, 2, 2, 2]);
    // C: one bidder at 93 %: single-bidder only.
    const c = rowStats(block('C').recipients);
    expect([c.count, c.sum, c.singleBidder, c.highRate, c.flagged]).toEqual([1, 3, 1, 0, 1]);
  });

  it('gives the rows behind a node: a block, one drill-down row, or none', () => {
    expect(rowsOfNode('D', sheet).rows.map((r) => r.amount)).toEqual([42.9, 25.3, 12.5, 29.7, 0.2]);
    expect(rowStats(rowsOfNode('D', sheet).rows).sum).toBe(110.6);
    expect(rowsOfNode('D:r:4', sheet).rows.map((r) => r.name)).toEqual(['株式会社エヌ・ティ・ティ・データ']);
    expect(rowsOfNode('D:r:9', sheet)).toEqual({ block: block('D'), rows: [] });
    expect(rowsOfNode('ministry', sheet)).toEqual({ block: null, rows: [] });
    expect(rowStats([])).toMatchObject({ count: 0, sum: 0, flagged: 0, families: [] });
  });

  it('sums exactly and shares add up to 1 for any rows (property)', () => {
    const row = fc.record({
      amount: fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 10),
      contractFamily: fc.constantFrom('grant', 'competitive', 'open-call', 'discretionary', 'unknown' as const),
      bidders: fc.option(fc.integer({ min: 0, max: 5 })),
      awardRate: fc.option(fc.integer({ min: 800, max: 1000 }).map((n) => n / 10)),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
      const s = rowStats(rows.map((r, i) => ({ ...r, rank: i + 1, name: `x${i}`, corporateNumber: null, contractType: null, line: i } as unknown as Recipient)));
      expect(s.sum).toBe(sum(rows.map((r) => r.amount)));
      expect(sum(s.families.map((f) => f.value))).toBe(s.sum);
      if (s.sum > 0) expect(s.families.reduce((a, f) => a + (f.share ?? 0), 0)).toBeCloseTo(1, 9);
      expect(s.flagged).toBeLessThanOrEqual(s.singleBidder + s.highRate);
      expect(s.flagged).toBeGreaterThanOrEqual(Math.max(s.singleBidder, s.highRate));
    }));
  });
});
