// How the diagram draws RSシステム shapes (src/view/rsScene.ts + flowScene/nodeInfo): bands the
// files give no amount for are drawn thin but never summed or labelled with an amount.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRsFiles } from '../../../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { buildScene, type SceneInput } from '../../../src/view/flowScene.ts';
import { describeLink, ministryTotalOf } from '../../../src/view/nodeInfo.ts';
import { withNominalLinks } from '../../../src/view/rsScene.ts';
import type { ParseOutput } from '../../../src/contract/schema.ts';

const read = (dir: string, files: string[], id: string): ParseOutput => {
  const base = new URL(dir, import.meta.url);
  const year = readRsFiles(files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, base))) }))).value;
  return analyzeRsProject(year, id);
};
const scene = (out: ParseOutput, lang: 'ja' | 'en' = 'ja') => {
  const input: SceneInput = { graph: out.graph, sheet: out.sheet, ministryTotal: ministryTotalOf(out.graph), lang, lens: false, currentBlock: null, expanded: [], width: 900, scale: 1, maxHeight: Infinity };
  return buildScene(input);
};

describe('RS shapes in the diagram', () => {
  const sample = read('../../fixtures-rs-sample/', ['5-1_RS_2024_支出先_支出情報.csv', '5-2_RS_2024_支出先_支出ブロックのつながり.csv'], '900002');

  it('a block funded by two blocks: the junction keeps its 700百万円 (C’s stated total), its two bands carry "split not given" and no share', () => {
    const { nominal } = withNominalLinks(sample.graph);
    expect([...nominal].sort()).toEqual(['A→C:junction', 'B→C:junction']);
    const sc = scene(sample);
    const junction = sc.infos.get('C:junction');
    expect(junction?.amountText).toBe('700百万円(7.0億円)');
    expect(junction?.nominalFrom?.sort()).toEqual(['A', 'B']);
    const band = sc.links.find((l) => l.link.source === 'A' && l.link.target === 'C:junction');
    expect(band?.name).toBe('A 見本財団 → 資金元 A・B（配分は記載なし） 配分は記載なし');
    const info = describeLink(band!.link, sc.infos, { lang: 'en', unit: '円', ministryTotal: 1 });
    expect(info).toMatchObject({ amountText: 'split not given', shareOfTotal: null, shareOfSource: null });
    // A keeps its own 900百万円: nothing of the thin band is added anywhere.
    expect(sc.infos.get('A')?.amountText).toBe('900百万円(9.0億円)');
    // Nothing dropped from the drawing.
    expect(sc.layout.dropped).toEqual([]);
  });

  it('direct costs are titled as the state’s own spending, with their exact amounts', () => {
    const sc = scene(sample);
    const direct = [...sc.infos.values()].filter((i) => i.title.includes('国が直接支出')).map((i) => `${i.title} ${i.amountText}`);
    expect(direct.sort()).toEqual(['委員等旅費(国が直接支出) 1.043百万円', '職員旅費(国が直接支出) 0.25百万円']);
    expect(scene(sample, 'en').infos.get('direct:7')?.title).toBe('委員等旅費 (spent by the state itself)');
  });

  it('a block named only in 5-2 is drawn, with "amount unknown", never 0 and never dropped', () => {
    const out = read('../../fixtures-rs/no-rows/', ['5-1.csv', '5-2.csv'], '1007');
    const sc = scene(out);
    const x = sc.infos.get('X');
    expect(x?.amountText).toBe('金額不明');
    expect(x?.amountLabel).toBe('金額不明');
    expect(sc.layout.nodes.some((n) => n.id === 'X')).toBe(true);
    const band = sc.links.find((l) => l.link.target === 'X');
    expect(band?.name.endsWith('金額不明')).toBe(true);
  });

  it('a graph with every amount given is drawn as it is', () => {
    const text = { ...sample.graph, links: sample.graph.links.filter((l) => l.value > 0), nodes: sample.graph.nodes };
    const r = withNominalLinks(text);
    expect(r.graph).toBe(text);
    expect(r.nominal.size).toBe(0);
  });
});
