/**
 * The synthetic published-layout year in tests/fixtures-rs-sample (a copy of ../shared/formats/rs-sample): 900059 is the bundled
 * seed sheet in RS form (its numbers must be the seed's × 1,000,000 yen), 900002 the graph shapes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRsFiles } from '../../../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { analyze } from '../../../src/read/index.ts';
import { multiply } from '../../../src/util/decimal.ts';
import { parseOutputSchema } from '../../../src/contract/schema.ts';
import { dirInputs, root, sampleDir } from './helpers.ts';

const year = readRsFiles(dirInputs(sampleDir));
const yen = (m: number): number => multiply(m, 1_000_000);

describe('rs-sample 900059 = the seed in RS form', () => {
  const rs = analyzeRsProject(year.value, '900059');
  const seed = analyze(readFileSync(join(root, 'seeds/000_07fcc2ea9ae77a26.txt'), 'utf8'));

  it('reads the year without a problem', () => {
    expect(year.diagnostics).toEqual([]);
    expect(year.value.tables).toEqual(['5-1', '5-2', '5-3', '5-4', '2-1']);
    expect(parseOutputSchema.safeParse(rs).success).toBe(true);
  });

  it('has the seed block totals and payees, in yen', () => {
    expect(rs.sheet.blocks.map((b) => [b.id, b.total])).toEqual(seed.sheet.blocks.map((b) => [b.id, yen(b.total)]));
    for (const b of seed.sheet.blocks) {
      // The seed lists one row per contract; RS one payee with its contracts: compare the money per 法人番号.
      const per = (rows: { corporateNumber: string | null; amount: number }[], scale: (n: number) => number) => {
        const m = new Map<string, number>();
        for (const r of rows) m.set(r.corporateNumber ?? '', (m.get(r.corporateNumber ?? '') ?? 0) + scale(r.amount));
        return m;
      };
      const rsBlock = rs.sheet.blocks.find((x) => x.id === b.id);
      expect(per(rsBlock?.recipients ?? [], (n) => n), b.id).toEqual(per(b.recipients, yen));
    }
  });

  it('draws the seed graph: ministry → A → B…J, kept 人件費/旅費等 and the 0.3 shortfall, × 1,000,000', () => {
    expect(rs.graph.links.map((l) => [l.source, l.target, l.value, l.kind])).toEqual(seed.graph.links.map((l) => [l.source, l.target, yen(l.value), l.kind]));
    expect(rs.graph.parents).toEqual({ ...Object.fromEntries(Object.entries(seed.graph.parents).map(([k, v]) => [k, { ...v, inferred: false }])) });
  });

  it('agrees with the seed on the budget it shares and on the executed and children checks', () => {
    const y2021 = rs.sheet.budget.find((y) => y.year === 2021);
    expect(y2021).toMatchObject({ initial: 700_000_000, executed: 552_700_000, executionRate: 78.957 });
    expect(rs.diagnostics.find((d) => d.code === 'RS_EXECUTED_MISMATCH')?.message.en).toContain('off by 200,000 yen (0.2 million yen)');
    expect(seed.diagnostics.find((d) => d.code === 'EXECUTED_MISMATCH')?.message.en).toContain('by 0.2');
    expect(rs.diagnostics.find((d) => d.code === 'CHILDREN_SUM_MISMATCH')?.message.en).toContain('off by 300,000 yen (0.3 million yen)');
    expect(rs.diagnostics.filter((d) => d.code === 'SAME_RECIPIENT_BLOCKS').length).toBe(seed.diagnostics.filter((d) => d.code === 'SAME_RECIPIENT_BLOCKS').length);
  });
});

describe('rs-sample 900002: the shapes', () => {
  const out = analyzeRsProject(year.value, '900002');
  const link = (s: string, t: string) => out.graph.links.find((l) => l.source === s && l.target === t);

  it('has two roots from the ministry and C fed by A and B through a junction (split not given)', () => {
    expect(out.sheet.flows.filter((f) => f.from === 'ministry' && f.to !== 'direct-cost').map((f) => [f.to, f.amount])).toEqual([['A', 900_000_000], ['B', 300_000_000]]);
    expect(out.sheet.flows.filter((f) => f.to === 'C').map((f) => [f.from, f.amount])).toEqual([['A', null], ['B', null], ['E', null]]);
    expect(out.graph.nodes.find((n) => n.id === 'C:junction')?.label).toBe('資金元 A・B（配分は記載なし）');
    expect(link('C:junction', 'C')?.value).toBe(700_000_000);
    expect([link('A', 'C:junction')?.value, link('B', 'C:junction')?.value]).toEqual([0, 0]);
  });

  it('sets the cycle C→E→C aside and reports it', () => {
    expect(out.graph.setAside?.map((l) => `${l.source}>${l.target}`)).toEqual(['E>C']);
    expect(link('C', 'E')?.value).toBe(50_000_000);
    expect(out.diagnostics.find((d) => d.code === 'RS_FLOW_CYCLE')?.message.en).toContain('C→E→C');
  });

  it('shows 間接経費 and 旅費 as the state spending itself', () => {
    expect(out.sheet.flows.filter((f) => f.to === 'direct-cost').map((f) => [f.amount, f.note])).toEqual([[1_043_000, '委員等旅費'], [250_000, '職員旅費']]);
    expect(out.graph.nodes.filter((n) => n.variant === 'direct').map((n) => n.label)).toEqual(['委員等旅費', '職員旅費']);
  });

  it('keeps その他, individuals and the 5-4 block as such', () => {
    const c = out.sheet.blocks.find((b) => b.id === 'C');
    expect(c?.recipients.find((r) => r.isOther)).toMatchObject({ name: 'その他', amount: 200_000_000, corporateNumber: null });
    expect(c?.declaredCount).toBe(12);
    const d = out.sheet.blocks.find((b) => b.id === 'D');
    expect(d?.recipients.map((r) => [r.name, r.individual, r.corporateNumber])).toEqual([['個人Ａ', true, null], ['個人Ｂ', true, null], ['個人Ｃ', true, null]]);
    expect(out.diagnostics.some((d) => d.code === 'CORPORATE_NUMBER_INVALID' && d.blockId === 'D')).toBe(false);
    const f = out.sheet.blocks.find((b) => b.id === 'F');
    expect(f?.recipients[0]?.contracts?.[0]).toMatchObject({ amount: 360_000_000, multiYear: true });
    expect(out.graph.parents.F).toEqual({ parent: 'unstated', inferred: true });
  });

  it('reads the 5-3 費目・使途 of the payee it names', () => {
    const c = out.sheet.blocks.find((b) => b.id === 'C');
    expect(c?.expenses).toMatchObject({ recipient: '株式会社見本一', matchedRanks: [1], items: [{ category: '人件費', amount: 180_000_000 }, { category: '物品費', amount: 70_000_000 }] });
  });
});
