import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/read/index.ts';
import { drillDown } from '../../src/model/index.ts';
import { foldGraph, labelRoom, layoutSankey, pathIndex, placeLabels, respaceColumns, type PlacedLabel } from '../../src/layout/index.ts';
import { generateSheet } from '../../scripts/generate.ts';
import { fanGraph, seedLikeGraph } from './layout.fixture.ts';

// A fold's label is the view's words; any will do here.
const others = (n: number): string => `その他 ${n}者`;

describe('pathIndex', () => {
  const layout = layoutSankey(seedLikeGraph(), { width: 900, height: 500 });
  const index = pathIndex(layout.links);
  it('finds everything upstream and downstream of a node, and of a link', () => {
    const d = index.node('D');
    expect([...d.nodes].sort()).toEqual(['A', 'D', 'ministry']);
    expect([...d.links].sort()).toEqual(['A→D', 'ministry→A']);
    const a = index.node('A');
    expect(a.nodes.size).toBe(layout.nodes.length);
    const link = index.link('A→B');
    expect([...link.nodes].sort()).toEqual(['A', 'B', 'ministry']);
    expect([...link.links].sort()).toEqual(['A→B', 'ministry→A']);
    expect(index.link('nope').nodes.size).toBe(0);
  });
});

describe('respaceColumns', () => {
  it('gives each gap room in proportion to its labels, keeping the outer columns and link ends attached', () => {
    const g = fanGraph(3);
    g.nodes.push({ id: 'leaf', kind: 'purpose', label: 'leaf' });
    g.links.push({ source: 'r1', target: 'leaf', value: 1, kind: 'expense' });
    const base = layoutSankey(g, { width: 600, height: 300, nodeWidth: 10 });
    expect(base.layers).toBe(3);
    const out = respaceColumns(base, [60, 400]);
    const x = (l: typeof out, id: string) => l.nodes.find((n) => n.id === id)?.x0 ?? NaN;
    expect(x(out, 'root')).toBe(x(base, 'root'));
    expect(x(out, 'leaf')).toBe(x(base, 'leaf'));
    expect(x(out, 'r1')).toBeLessThan(x(base, 'r1'));
    const gap0 = x(out, 'r1') - (x(out, 'root') + 10);
    const gap1 = x(out, 'leaf') - (x(out, 'r1') + 10);
    expect(gap1).toBeGreaterThan(gap0 * 3);
    for (const l of out.links) {
      const s = out.nodes.find((n) => n.id === l.source);
      const t = out.nodes.find((n) => n.id === l.target);
      expect(l.x0).toBe(s?.x1);
      expect(l.x1).toBe(t?.x0);
      expect(l.path.startsWith(`M${s?.x1},`)).toBe(true);
    }
  });
  it('leaves layouts of fewer than three columns alone', () => {
    const base = layoutSankey(fanGraph(3), { width: 600, height: 300 });
    expect(respaceColumns(base, [100])).toBe(base);
  });
});

describe('26 blocks × 100 recipients', () => {
  const out = analyze(generateSheet({ blocks: 26, recipientsPerBlock: 100 }));
  const overlap = (a: PlacedLabel, b: PlacedLabel) =>
    a.lines.length > 0 && b.lines.length > 0 && a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1;

  it('folds the drill-down of a 100-recipient block to 29 recipients + "その他 71者" with the exact remainder', () => {
    const g = drillDown(out.sheet, 'B');
    const { graph, folds } = foldGraph(g, { max: 30, label: others });
    expect(folds).toHaveLength(1);
    expect(folds[0]?.members).toHaveLength(71);
    expect(graph.nodes.filter((n) => n.kind === 'recipient')).toHaveLength(29);
    const b = out.sheet.blocks.find((x) => x.id === 'B');
    const kept = graph.links.filter((l) => l.source === 'B').reduce((s, l) => s + Math.round(l.value * 10), 0);
    expect(kept).toBe(Math.round((b?.total ?? 0) * 10));
  });

  it.each([
    ['overview', null],
    ['drill-down B', 'B'],
  ])('places labels of the %s without overlaps at 850×600', (_name, block) => {
    const g = block ? drillDown(out.sheet, block) : out.graph;
    const base = layoutSankey(foldGraph(g, { label: others }).graph, { width: 850, height: 600, nodeWidth: 14, nodePadding: 22 });
    const lines = (n: { label: string; value: number }) => [n.label, `${n.value.toFixed(1)}百万円`];
    const layout = respaceColumns(base, labelRoom(base.nodes.map((n) => ({ layer: n.layer, lines: lines(n) })), { layers: base.layers, height: 600 }));
    const labels = placeLabels(layout.nodes.map((n) => ({ ...n, lines: lines(n) })), { width: 850, height: 600, layers: layout.layers });
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i] as PlacedLabel, labels[j] as PlacedLabel), `${labels[i]?.id} × ${labels[j]?.id}`).toBe(false);
    expect(labels.filter((l) => l.lines.length > 0).length).toBe(labels.length);
  });
});
