/**
 * year (#14): the year model on the synthetic sample (tests/fixtures-rs-sample, 事業年度 2024:
 * 900002 架空省, 900059 総務省) — lean project rows, the overview graph (year and ministry scope,
 * folding), payee search, the competition lens. Expected values worked out from the CSVs by hand
 * (900059's contract sums were re-added by a separate Python csv script).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readRsFiles, yearProjects } from '../../../src/sources/rs-csv/index.ts';
import { competitionRows, payeeIndex, payeeNodeIds, searchPayees, yearOverview } from '../../../src/model/yearOverview.ts';
import type { YearProject } from '../../../src/contract/year.ts';
import { sum } from '../../../src/util/decimal.ts';
import { dirInputs, root } from '../rs/helpers.ts';

const y2024 = readRsFiles(dirInputs(join(root, 'tests/fixtures-rs-sample'))).value;
const both = readRsFiles([...dirInputs(join(root, 'tests/fixtures-rs-sample')), ...dirInputs(join(root, 'tests/fixtures-rs-sample-2025'))]).value;
const projects = yearProjects(y2024);
const links = (g: { links: { source: string; target: string; value: number }[] }) => g.links.map((l) => `${l.source}>${l.target}:${l.value}`);

describe('yearProjects (RS rows → year model input)', () => {
  const p2 = projects.find((p) => p.projectNumber === '900002') as YearProject;
  it('900002: total, the state\'s own costs, which blocks the ministry pays', () => {
    expect(p2).toMatchObject({ ministry: '架空省', sheetYear: 2024, total: 1_201_293_000, directCost: 1_043_000 + 250_000 });
    expect(p2.blocks.filter((b) => b.direct).map((b) => b.id)).toEqual(['A', 'B']);
    expect(p2.blocks.find((b) => b.id === 'C')).toMatchObject({ name: '株式会社見本一ほか', amount: 700_000_000, direct: false });
  });
  it('payees carry their contract families; placeholders are no 法人番号; その他 is marked; 5-4 payees join', () => {
    const c = p2.blocks.find((b) => b.id === 'C');
    expect(c?.payees.map((x) => [x.name, x.amount, x.families, x.isOther])).toEqual([
      ['株式会社見本一', 400_000_000, ['competitive', 'open-call'], false],
      ['見本大学', 100_000_000, ['open-call'], false],
      ['その他', 200_000_000, [], true],
    ]);
    expect(p2.blocks.find((b) => b.id === 'D')?.payees.map((x) => x.corporateNumber)).toEqual([null, null, null]);
    expect(p2.blocks.find((b) => b.id === 'F')?.payees).toEqual([{ name: '株式会社見本三', corporateNumber: '5010001000001', amount: null, families: ['competitive'], isOther: false }]);
  });
  it('competition amounts of 900002 (5-1 contracts: 900M grant, 300M 随意契約（その他）, 250M 一般競争 1 bidder, 150M 企画競争 3, 100M 随意契約（企画競争） 2)', () => {
    expect(p2.competition).toEqual({ contracted: 1_700_000_000, singleBid: 250_000_000, discretionary: 300_000_000, count: 5 });
  });
  it('two years loaded: each 事業年度 on its own', () => {
    expect(yearProjects(both, 2025).map((p) => `${p.projectNumber}:${p.sheetYear}`)).toEqual(['900002:2025', '900059:2025']);
    expect(yearProjects(both)).toHaveLength(4);
  });
});

describe('yearOverview', () => {
  it('year scope: 予算総計 → two ministries → their projects, exact totals', () => {
    const o = yearOverview(projects);
    expect(o.total).toBe(1_753_793_000);
    expect(links(o.graph)).toEqual([
      'year>m:架空省:1201293000', 'year>m:総務省:552500000', 'm:架空省>p:900002:1201293000', 'm:総務省>p:900059:552500000',
    ]);
    expect(o.graph.nodes.find((n) => n.id === 'year')?.label).toBe('予算総計');
  });
  it('a ministry narrowed: its projects → the blocks it pays and its own costs', () => {
    expect(links(yearOverview(projects, { ministry: '架空省' }).graph)).toEqual([
      'm:架空省>p:900002:1201293000', 'p:900002>p:900002:A:900000000', 'p:900002>p:900002:B:300000000', 'p:900002>p:900002:direct:1293000',
    ]);
    expect(links(yearOverview(projects, { ministry: '総務省' }).graph)).toEqual(['m:総務省>p:900059:552500000', 'p:900059>p:900059:A:552500000']);
  });

  const many: YearProject[] = [100, 50, 1, 1, 2].map((total, i) => ({
    projectNumber: String(i + 1), projectName: `事業${i + 1}`, ministry: '見本省', sheetYear: 2024, total, directCost: null, blocks: [],
    competition: { contracted: 0, singleBid: 0, discretionary: 0, count: 0 },
  }));
  it('folds the small projects of a ministry into "その他 N事業" and unfolds on request', () => {
    const o = yearOverview(many, { foldShare: 0.02 });
    expect(links(o.graph).filter((l) => l.startsWith('m:'))).toEqual(['m:見本省>p:1:100', 'm:見本省>p:2:50', 'm:見本省>m:見本省:fold:4']);
    expect(o.graph.nodes.find((n) => n.id === 'm:見本省:fold')).toMatchObject({ kind: 'other', label: 'その他 3事業' });
    expect(o.folds['m:見本省:fold']).toEqual(['p:5', 'p:3', 'p:4']);
    const open = yearOverview(many, { foldShare: 0.02, unfolded: ['m:見本省'] });
    expect(open.graph.links.filter((l) => l.source === 'm:見本省')).toHaveLength(5);
  });
  it('a single small item is shown, not folded into a fold of one', () => {
    expect(yearOverview(many.slice(0, 3), { foldShare: 0.02 }).folds).toEqual({});
  });
  it('projects without a total are counted, not drawn', () => {
    const o = yearOverview([...many, { ...(many[0] as YearProject), projectNumber: '9', total: null }]);
    expect(o.unknown).toBe(1);
    expect(o.graph.nodes.some((n) => n.id === 'p:9')).toBe(false);
  });
  it('property: folding never changes what a parent passes on', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 40 }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.integer({ min: 1, max: 15 }), (totals, share, max) => {
      const ps = totals.map((total, i) => ({ ...(many[0] as YearProject), projectNumber: String(i), total }));
      const o = yearOverview(ps, { foldShare: share, maxChildren: max });
      const out = o.graph.links.filter((l) => l.source === 'm:見本省').map((l) => l.value);
      return sum(out) === sum(totals) && o.total === sum(totals) && out.length <= max + 1;
    }));
  });
});

describe('payee search', () => {
  const index = payeeIndex(projects);
  it('by 法人番号: every block that pays 日本コムシス株式会社, with amounts and families', () => {
    const [hit, ...rest] = searchPayees(index, '4010701022825');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ name: '日本コムシス株式会社', corporateNumber: '4010701022825', total: 6_900_000 });
    expect(hit?.hits.map((h) => [h.projectNumber, h.blockId, h.amount, h.families, h.direct])).toEqual([
      ['900059', 'E', 3_900_000, ['competitive'], false], ['900059', 'C', 3_000_000, ['competitive'], false],
    ]);
    expect(payeeNodeIds(hit as never)).toEqual(['year', 'm:総務省', 'p:900059']);
  });
  it('by name, full/half-width and case insensitive; one payee in two blocks is one entry', () => {
    expect(searchPayees(index, 'ｎｅｃ').map((e) => e.name)).toEqual(['NECソリューションイノベータ株式会社']);
    const dt = searchPayees(index, 'デジタルテクノロジー');
    expect(dt.map((e) => [e.name, e.total, e.hits.map((h) => h.blockId)])).toEqual([['デジタルテクノロジー株式会社', 97_700_000, ['E', 'J']]]);
  });
  it('the largest payee comes first; a direct payee lights its block', () => {
    expect(index[0]).toMatchObject({ name: '一般財団法人見本財団', total: 900_000_000 });
    const nict = searchPayees(index, '情報通信研究機構')[0];
    expect(payeeNodeIds(nict as never)).toEqual(['year', 'm:総務省', 'p:900059', 'p:900059:A']);
  });
  it('property: the search finds exactly the entries whose key contains the query, in index order, at most `limit`', () => {
    const entry = (search: string, i: number) => ({ key: `k${i}`, name: search, corporateNumber: null, total: 0, hits: [], search });
    fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'ア', '1', ' ') , maxLength: 6 }), { maxLength: 30 }), fc.string({ unit: fc.constantFrom('a', 'b', 'ア', '1'), minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 40 }), (keys, q, limit) => {
      const idx = keys.map((k, i) => entry(k.replace(/\s+/g, ''), i));
      const want = idx.filter((e) => e.search.includes(q)).slice(0, limit).map((e) => e.key);
      return JSON.stringify(searchPayees(idx, q, limit).map((e) => e.key)) === JSON.stringify(want);
    }));
  });
  it('その他 bundles and empty queries find nothing', () => {
    expect(searchPayees(index, 'その他')).toEqual([]);
    expect(searchPayees(index, '  ')).toEqual([]);
  });
});

describe('competition lens', () => {
  it('by ministry, sorted by the share of 一者応札 or of 随意契約', () => {
    const bySingle = competitionRows(projects, 'ministry', 'singleBid');
    expect(bySingle.map((r) => [r.label, r.contracted, r.singleBid, r.discretionary])).toEqual([
      ['総務省', 1_088_200_000, 424_600_000, 14_800_000], ['架空省', 1_700_000_000, 250_000_000, 300_000_000],
    ]);
    expect(bySingle[1]?.singleBidShare).toBeCloseTo(250 / 1700, 10);
    expect(competitionRows(projects, 'ministry', 'discretionary').map((r) => r.label)).toEqual(['架空省', '総務省']);
  });
  it('by project, of one ministry', () => {
    expect(competitionRows(projects, 'project', 'contracted', '架空省').map((r) => [r.key, r.label])).toEqual([['900002', '架空の資金の流れ見本事業']]);
  });
});
