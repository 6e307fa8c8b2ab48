/**
 * 落札率 as an Excel workbook stores them (0.946 for a cell showing 94.6%): read as percent when
 * every rate of the sheet is a fraction, and said; a sheet with any rate in percent is left as is.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/read/index.ts';
import { seedText } from '../seed.ts';

// The seed's list rows: rank, name, 法人番号, 業務概要, 支出額, 契約方式等, 入札者数, 落札率, 理由.
const RATE = 7;
const withRates = (f: (cell: string) => string): string =>
  seedText
    .split('\n')
    .map((line) => {
      const cells = line.split('\t');
      return /^\d+$/.test(cells[0] ?? '') && /%$/.test(cells[RATE] ?? '') ? [...cells.slice(0, RATE), f(cells[RATE] ?? ''), ...cells.slice(RATE + 1)].join('\t') : line;
    })
    .join('\n');
const rates = (text: string) => analyze(text).sheet.blocks.flatMap((b) => b.recipients.map((r) => r.awardRate));

describe('award rates stored as fractions', () => {
  it('reads 0.946-style rates as the percent the cell shows, with a note', () => {
    // 94.6% → 0.946, 100% → 1 (written by hand the way a workbook stores them).
    const text = withRates((c) => String(Number(c.slice(0, -1)) / 100));
    expect(text).not.toBe(seedText);
    expect(rates(text)).toEqual(rates(seedText));
    expect(analyze(text).diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', code: 'AWARD_RATE_FRACTION' }));
  });

  it('leaves rates alone when one of them is in percent already', () => {
    let first = true;
    const text = withRates((c) => (first ? ((first = false), c) : String(Number(c.slice(0, -1)) / 100)));
    const got = rates(text).filter((r) => r !== null);
    expect(got.some((r) => (r as number) > 1)).toBe(true);
    expect(got.some((r) => (r as number) < 1)).toBe(true);
    expect(analyze(text).diagnostics.map((d) => d.code)).not.toContain('AWARD_RATE_FRACTION');
  });

  it('does nothing on the seed (rates in percent)', () => {
    expect(analyze(seedText).diagnostics.map((d) => d.code)).not.toContain('AWARD_RATE_FRACTION');
    expect(rates(seedText)).toContain(94.6);
  });
});
