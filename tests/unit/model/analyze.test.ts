import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/read/index.ts';
import { drillDown, byRecipient, parseOutputSchema } from '../../../src/model/index.ts';
import { seedText } from '../seed.ts';

const out = analyze(seedText);
const totals = { A: 552.5, B: 206.4, C: 3, D: 110.6, E: 116.6, F: 61.4, G: 15, H: 13.5, I: 2.4, J: 6.8 };

describe('analyze (seed)', () => {
  it('validates against the JSON contract schema', () => {
    expect(parseOutputSchema.safeParse(out).success).toBe(true);
  });

  it('reads the header', () => {
    expect(out.sheet).toMatchObject({ projectNumber: '2022-総務-21-0059', ministry: '総務省', sheetYear: 2022, unit: '百万円', projectName: 'サイバーセキュリティ統合知的・人材育成基盤の構築', actualsYear: 2021, implementation: '補助' });
  });

  it('reads 10 blocks A–J with 35 recipients and exact totals', () => {
    expect(Object.fromEntries(out.sheet.blocks.map((b) => [b.id, b.total]))).toEqual(totals);
    expect(out.sheet.blocks.flatMap((b) => b.recipients)).toHaveLength(35);
  });

  it('finds every 法人番号 valid', () => {
    const all = out.sheet.blocks.flatMap((b) => b.recipients);
    expect(all.every((r) => r.corporateNumberValid === true)).toBe(true);
    expect(out.diagnostics.filter((d) => d.code.startsWith('CORPORATE_NUMBER'))).toEqual([]);
  });

  it('reads a recipient row completely', () => {
    const e1 = out.sheet.blocks.find((b) => b.id === 'E')?.recipients[0];
    expect(e1).toEqual({
      rank: 1, name: 'デジタルテクノロジー株式会社', corporateNumber: '5011501015290', corporateNumberValid: true,
      description: 'オンライン演習ステージング環境基盤', amount: 96.3, contractType: '一般競争契約 (総合評価)',
      contractFamily: 'competitive', bidders: 2, awardRate: 94.6, reason: null, line: 178,
    });
  });

  it('reads the budget table with eras, ▲ and the request column', () => {
    const y2021 = out.sheet.budget.find((y) => y.year === 2021);
    expect(y2021).toMatchObject({ initial: 700, supplementary: 0, carriedIn: 8518, carriedOut: -8518, reserve: 0, total: 700, executed: 552.7, executionRate: 79, request: false });
    expect(out.sheet.budget.map((y) => [y.year, y.request])).toEqual([[2019, false], [2020, false], [2021, false], [2022, false], [2023, true]]);
    expect(out.sheet.budget.find((y) => y.year === 2022)?.total).toBe(9218);
  });

  it('reads the side-by-side 費目・使途 tables, including rows that lost leading cells', () => {
    const d = out.sheet.blocks.find((b) => b.id === 'D')?.expenses;
    expect(d).toMatchObject({ recipient: '(株)サイバーディフェンス研究所', matchedRanks: [1, 2, 3], total: 80.7 });
    expect(d?.items.map((i) => [i.purpose, i.amount, i.line])).toEqual([['インテリジェンスサービス', 42.9, 129], ['インテリジェンスライセンス', 25.3, 130], ['ソフトウェアライセンス', 12.5, 131]]);
    const c = out.sheet.blocks.find((b) => b.id === 'C')?.expenses;
    expect(c?.items.map((i) => i.amount)).toEqual([3]);
    expect(c?.total).toBe(3);
  });

  it('links ministry→A and A→B…J with the block totals', () => {
    const fund = out.graph.links.filter((l) => l.kind === 'fund').map((l) => [l.source, l.target, l.value]);
    expect(fund).toEqual([['ministry', 'A', 552.5], ...Object.entries(totals).slice(1).map(([id, v]) => ['A', id, v])]);
    expect(out.graph.parents.D).toEqual({ parent: 'A', inferred: true });
  });

  it('shows what A kept and the unreconciled 0.3 as flows', () => {
    const other = out.graph.links.filter((l) => l.kind !== 'fund').map((l) => [l.source, l.target, l.value, l.kind]);
    expect(other).toEqual([
      ['A', 'A:kept:人件費', 16.8, 'kept'],
      ['A', 'A:kept:旅費等', 0.3, 'kept'],
      ['A:residual', 'A', 0.3, 'residual'],
    ]);
  });

  it('reports the gap between what A passed on (535.4) and what B–J received (535.7)', () => {
    const gap = out.diagnostics.find((d) => d.code === 'CHILDREN_SUM_MISMATCH');
    expect(gap).toMatchObject({ severity: 'warning', line: 121, blockId: 'A' });
    expect(gap?.message.en).toContain('535.4');
    expect(gap?.message.en).toContain('535.7');
    expect(gap?.message.en).toContain('0.3');
  });

  it('reports the executed 552.7 vs first tier 552.5', () => {
    expect(out.diagnostics.find((d) => d.code === 'EXECUTED_MISMATCH')).toMatchObject({ severity: 'warning', line: 22 });
  });

  it('records the parent inference and competition flags as info', () => {
    expect(out.diagnostics.find((d) => d.code === 'PARENT_INFERRED')).toMatchObject({ severity: 'info', blockId: 'A' });
    expect(out.diagnostics.filter((d) => d.code === 'SINGLE_BIDDER')).toHaveLength(18);
    expect(out.diagnostics.find((d) => d.code === 'HIGH_AWARD_RATE' && d.line === 178)).toBeUndefined();
    expect(out.diagnostics.filter((d) => d.code === 'SAME_RECIPIENT_BLOCKS').map((d) => d.line)).toEqual([164, 173, 178, 181]);
    expect(out.diagnostics.find((d) => d.code === 'LIST_POSSIBLY_TRUNCATED')).toMatchObject({ blockId: 'J' });
    expect(out.diagnostics.some((d) => d.severity === 'error')).toBe(false);
  });

  it('sorts diagnostics by severity then line', () => {
    const rank = { error: 0, warning: 1, info: 2 };
    const keys = out.diagnostics.map((d) => rank[d.severity] * 1e6 + d.line);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe('analyze parents option', () => {
  it('re-parents a block and marks it as not inferred', () => {
    const o = analyze(seedText, { parents: { D: 'B' } });
    expect(o.graph.parents.D).toEqual({ parent: 'B', inferred: false });
    expect(o.graph.links.find((l) => l.target === 'D')).toMatchObject({ source: 'B', value: 110.6 });
  });
  it('refuses a cycle and keeps the inferred parent', () => {
    const o = analyze(seedText, { parents: { A: 'D' } });
    expect(o.graph.parents.A).toEqual({ parent: 'ministry', inferred: true });
    expect(o.diagnostics.find((d) => d.code === 'PARENT_OVERRIDE_INVALID')).toMatchObject({ severity: 'warning', blockId: 'A' });
  });
  it('moves a block to the ministry', () => {
    const o = analyze(seedText, { parents: { J: 'ministry' } });
    expect(o.graph.links.find((l) => l.target === 'J')).toMatchObject({ source: 'ministry' });
  });
});

describe('drillDown', () => {
  it('shows D\'s five rows and サイバーディフェンス研究所\'s 費目・使途', () => {
    const g = drillDown(out.sheet, 'D');
    const rows = g.links.filter((l) => l.source === 'D').map((l) => l.value);
    expect(rows).toEqual([42.9, 25.3, 12.5, 29.7, 0.2]);
    const purposes = g.nodes.filter((n) => n.kind === 'purpose').map((n) => n.label);
    expect(purposes).toEqual(['インテリジェンスサービス', 'インテリジェンスライセンス', 'ソフトウェアライセンス']);
    expect(g.links.filter((l) => l.target.startsWith('D:p:')).map((l) => l.value)).toEqual([42.9, 25.3, 12.5]);
    expect(g.links.find((l) => l.target === 'D:c:0')?.value).toBe(80.7);
    expect(g.nodes.find((n) => n.id === 'D:r:1')?.label).toContain('サイバーディフェンス研究所');
  });
  it('links a single matched recipient straight to its 費目', () => {
    const g = drillDown(out.sheet, 'B');
    expect(g.links.find((l) => l.target === 'B:c:0')).toMatchObject({ source: 'B:r:1', value: 108.9 });
  });
  it('returns an empty graph for an unknown block', () => {
    expect(drillDown(out.sheet, 'Z')).toEqual({ nodes: [], links: [], parents: {} });
  });
});

describe('byRecipient', () => {
  it('merges デジタルテクノロジー across E and J into 97.7', () => {
    const dt = byRecipient(out.sheet).find((r) => r.corporateNumber === '5011501015290');
    expect(dt?.total).toBe(97.7);
    expect(dt?.blocks.map((b) => [b.blockId, b.amount])).toEqual([['E', 96.3], ['J', 1.4]]);
  });
  it('keeps one entry per company', () => {
    const merged = byRecipient(out.sheet);
    expect(new Set(merged.map((m) => m.key)).size).toBe(merged.length);
    expect(merged).toHaveLength(28);
  });
});

describe('analyze (graph values)', () => {
  it('draws no kept flow for a zero or negative 費目 item', () => {
    const lines = seedText.split('\n');
    lines[124] = (lines[124] ?? '').replace('0.3', '0');
    const o = analyze(lines.join('\n'));
    expect(o.graph.links.every((l) => l.value > 0)).toBe(true);
    expect(o.graph.nodes.some((n) => n.id === 'A:kept:旅費等')).toBe(false);
  });
});
