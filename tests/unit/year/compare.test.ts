/**
 * year (#14): one project across 事業年度 — the synthetic sample 2024 (tests/fixtures-rs-sample) and
 * the same projects one year later (tests/fixtures-rs-sample-2025, RS_CSV.md: in 900059 block J is
 * gone, B lost 株式会社セキュアブレイン and gained 株式会社新規見本, D grew 10 %; in 900002 C's
 * その他 halved). Expected amounts read off the CSVs by hand.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readRsFiles } from '../../../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { compareProjects } from '../../../src/model/yearCompare.ts';
import type { ParseOutput } from '../../../src/contract/schema.ts';
import { dirInputs, root } from '../rs/helpers.ts';

const year = readRsFiles([...dirInputs(join(root, 'tests/fixtures-rs-sample')), ...dirInputs(join(root, 'tests/fixtures-rs-sample-2025'))]).value;
const p = (id: string, y: number): ParseOutput => analyzeRsProject(year, id, y);

describe('compareProjects', () => {
  const c = compareProjects(p('900059', 2024), p('900059', 2025));
  const block = (id: string) => c.blocks.find((b) => b.id === id);

  it('links the two years by 予算事業ID and lists every block of either year in id order', () => {
    expect(c.projectNumber).toBe('900059');
    expect(c.before.sheetYear).toBe(2024);
    expect(c.after.sheetYear).toBe(2025);
    expect(c.blocks.map((b) => b.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
  });

  it('J is gone (6,800,000 yen in 2024), its payees gone with it', () => {
    expect(block('J')).toMatchObject({ kind: 'gone', before: 6_800_000, after: null, delta: null });
    expect(block('J')?.payees.every((x) => x.kind === 'gone')).toBe(true);
    expect(block('J')?.payees).toHaveLength(10);
  });

  it('D grew by 10 % (110,600,000 → 121,660,000)', () => {
    expect(block('D')).toMatchObject({ kind: 'up', before: 110_600_000, after: 121_660_000, delta: 11_060_000, percent: 10 });
    expect(block('D')?.payees.find((x) => x.name === '株式会社サイバーディフェンス研究所')).toMatchObject({ kind: 'up', before: 80_700_000, after: 88_770_000, percent: 10 });
  });

  it('B: 株式会社新規見本 new, 株式会社セキュアブレイン gone, the rest the same', () => {
    const b = block('B');
    expect(b).toMatchObject({ kind: 'down', before: 206_400_000, after: 188_600_000, delta: -17_800_000 });
    const kinds = Object.fromEntries(b?.payees.map((x) => [x.name, x.kind]) ?? []);
    expect(kinds).toEqual({
      '株式会社新規見本': 'new', '株式会社日立製作所': 'same', '株式会社カヤック': 'same', '東京システムハウス株式会社': 'same',
      '株式会社電通': 'same', 'Amazon Web Services, Inc.': 'same', '株式会社セキュアブレイン': 'gone',
    });
    expect(b?.payees.find((x) => x.kind === 'new')).toMatchObject({ corporateNumber: '6010001000006', before: null, after: 12_000_000 });
  });

  it('unchanged blocks are "same" with a zero delta', () => {
    for (const id of ['A', 'C', 'E', 'F', 'G', 'H', 'I']) expect(block(id)).toMatchObject({ kind: 'same', delta: 0, percent: 0 });
  });

  it('900002: C lost half of its その他 (matched by name: it has no 法人番号)', () => {
    const d = compareProjects(p('900002', 2024), p('900002', 2025));
    const other = d.blocks.find((b) => b.id === 'C')?.payees.find((x) => x.name === 'その他');
    expect(other).toMatchObject({ kind: 'down', after: 100_000_000, percent: -50 });
  });

  it('budget rows carry each sheet\'s 予算 / 執行 by 予算年度', () => {
    const y2021 = c.budget.find((b) => b.year === 2021);
    expect(y2021).toEqual({ year: 2021, before: { total: 700_000_000, executed: 552_700_000 }, after: { total: 700_000_000, executed: 552_700_000 } });
  });

  it('a payee keeping its 法人番号 under a new name is "renamed"', () => {
    const a = p('900059', 2024);
    const b: ParseOutput = structuredClone(a);
    const r = b.sheet.blocks[1]?.recipients[0];
    if (r) r.name = '株式会社日立製作所（新）';
    const x = compareProjects(a, b).blocks[1]?.payees[0];
    expect(x).toMatchObject({ kind: 'renamed', name: '株式会社日立製作所（新）', previousName: '株式会社日立製作所', delta: 0 });
  });

  it('property: comparing a project with itself changes nothing; swapping the years swaps new and gone', () => {
    const a = p('900059', 2024);
    const b = p('900059', 2025);
    expect(compareProjects(a, a).blocks.every((x) => x.kind === 'same' && x.payees.every((y) => y.kind === 'same'))).toBe(true);
    fc.assert(fc.property(fc.boolean(), (flip) => {
      const [x, y] = flip ? [b, a] : [a, b];
      const fwd = compareProjects(x, y);
      const back = compareProjects(y, x);
      const count = (cmp: typeof fwd, k: string) => cmp.blocks.flatMap((bl) => bl.payees).filter((q) => q.kind === k).length;
      return count(fwd, 'new') === count(back, 'gone') && count(fwd, 'gone') === count(back, 'new');
    }));
  });
});
