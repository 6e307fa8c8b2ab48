import { describe, expect, it } from 'vitest';
import { layoutSankey } from '../../src/layout/index.ts';
import { describeNodes, ministryTotalOf } from '../../src/view/nodeInfo.ts';
import { leafFamilyTotals } from '../../src/view/familyTotals.ts';
import { crumbsFor } from '../../src/view/crumbs.ts';
import { seedDrillDown, seedOutput } from './seed.fixture.ts';

describe('describeNodes', () => {
  const out = seedOutput();
  out.graph.links.push({ source: 'A', target: 'A:kept:extra', value: 0.3, kind: 'kept' });
  out.graph.nodes.push({ id: 'A:kept:extra', kind: 'kept', label: 'extra', blockId: 'A' });
  const layout = layoutSankey(out.graph, { width: 900, height: 500 });
  const infos = describeNodes(layout, { graph: out.graph, sheet: out.sheet, lang: 'ja', currentBlock: null, ministryTotal: ministryTotalOf(out.graph) });

  it("shows a block's sheet total, not the layout's larger side", () => {
    expect(layout.nodes.find((n) => n.id === 'A')?.value).not.toBe(552.5);
    expect(infos.get('A')?.amount).toBe(552.5);
    expect(infos.get('A')?.amountText).toBe('552.5百万円(5.5億円)');
  });

  it('gives shares, contract types, marks and an accessible name', () => {
    const d = infos.get('D');
    expect(d?.title).toBe('D サイバーディフェンス研究所 他2者');
    expect(d?.shareOfTotal).toBe('20.0%');
    expect(d?.shareOfParent).toEqual({ parent: 'A 情報通信研究機構', share: '20.0%' });
    expect(d?.contractTypes).toEqual([
      { type: '一般競争契約(最低価格)', count: 2 },
      { type: '随意契約(公募)', count: 2 },
      { type: '随意契約(少額)', count: 1 },
    ]);
    expect(d?.families.map((f) => [f.key, f.value])).toEqual([
      ['competitive', 68.2],
      ['open-call', 42.2],
      ['discretionary', 0.2],
    ]);
    expect(d?.flagged).toBe(4);
    expect(d?.drillable).toBe(true);
    expect(d?.accessibleName).toBe('D サイバーディフェンス研究所 他2者 110.6百万円(1.1億円)、一者応札 4件、落札率95%以上 4件');
    expect(d?.marks).toBe('⚑4 ◆4');
    expect(d?.markTexts).toEqual(['⚑ 一者応札 4件', '◆ 落札率95%以上 4件']);
    expect(infos.get('C')?.marks).toBe('⚑1');
    expect(infos.get('C')?.accessibleName).toBe('C 日本コムシス 3百万円、一者応札 1件');
    expect(infos.get('J')?.marks).toBe('');
    expect(infos.get('ministry')?.shareOfTotal).toBeNull();
  });

  it('names drill-down recipients in full and shortens their labels', () => {
    const g = seedDrillDown(out.sheet, 'D', out.graph);
    const l = layoutSankey(g, { width: 900, height: 400 });
    const info = describeNodes(l, { graph: g, sheet: out.sheet, lang: 'en', currentBlock: 'D', ministryTotal: 552.5 }).get('D:r:1');
    expect(info?.title).toBe('1. サイバーディフェンス研究所');
    expect(info?.fullName).toBe('株式会社サイバーディフェンス研究所');
    expect(info?.amountText).toBe('42.9 million yen');
    expect(info?.drillable).toBe(false);
  });
});

describe('leafFamilyTotals and crumbsFor', () => {
  const out = seedOutput();
  it('counts only blocks where the money ends, summed exactly', () => {
    const totals = leafFamilyTotals(out.sheet, out.graph, null);
    expect(totals.grant).toBeUndefined(); // A passes its grant on to B…J
    expect(totals.discretionary).toBe(14.8);
    expect(leafFamilyTotals(out.sheet, out.graph, 'A')).toEqual({ grant: 552.5 });
  });
  it('builds 総務省 › A › D from the parents', () => {
    expect(crumbsFor(out.sheet, out.graph, 'D', '全体').map((c) => c.label)).toEqual(['総務省', 'A', 'D']);
    expect(crumbsFor(out.sheet, out.graph, null, '全体').map((c) => c.blockId)).toEqual([null]);
  });
});
