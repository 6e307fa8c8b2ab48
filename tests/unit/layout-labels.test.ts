import { describe, expect, it } from 'vitest';
import { ellipsize, layoutSankey, placeLabels, textWidth, type LabelInput, type PlacedLabel } from '../../src/layout/index.ts';
import { fanGraph, seedLikeGraph } from './layout.fixture.ts';

const overlap = (a: PlacedLabel, b: PlacedLabel) =>
  a.lines.length > 0 && b.lines.length > 0 && a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1;

function assertNoOverlap(labels: PlacedLabel[]) {
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i] as PlacedLabel;
      const b = labels[j] as PlacedLabel;
      expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    }
}

function labelsFor(width: number, height: number, lines: (id: string) => string[]) {
  const layout = layoutSankey(seedLikeGraph(), { width, height });
  const inputs: LabelInput[] = layout.nodes.map((n) => ({ ...n, lines: lines(n.id) }));
  return { layout, labels: placeLabels(inputs, { width, height, layers: layout.layers }) };
}

describe('text measurement', () => {
  it('counts CJK as full width and Latin narrower', () => {
    expect(textWidth('日立', 10)).toBe(20);
    expect(textWidth('AB', 10)).toBeCloseTo(12.4);
  });
  it('ellipsizes to fit and keeps short text', () => {
    expect(ellipsize('サイバーディフェンス研究所', 60, 10)).toBe('サイバーデ…');
    expect(ellipsize('日立', 60, 10)).toBe('日立');
    expect(ellipsize('日立', 5, 10)).toBe('');
  });
});

describe('placeLabels', () => {
  it('puts labels right of the first columns and left of the last column', () => {
    const { labels, layout } = labelsFor(900, 500, (id) => [id, '1.0百万円']);
    const byId = new Map(labels.map((l) => [l.id, l]));
    const node = (id: string) => layout.nodes.find((n) => n.id === id);
    expect(byId.get('ministry')?.anchor).toBe('start');
    expect(byId.get('ministry')?.x).toBeGreaterThan(node('ministry')?.x1 ?? Infinity);
    expect(byId.get('A')?.anchor).toBe('start');
    expect(byId.get('B')?.anchor).toBe('end');
    expect(byId.get('B')?.x).toBeLessThan(node('B')?.x0 ?? -Infinity);
  });

  it.each([
    [1280 - 380, 560],
    [768 - 32, 520],
    [360, 300],
  ])('never overlaps at %ix%i with long Japanese names', (w, h) => {
    const { labels } = labelsFor(w, h, (id) => [`${id} 株式会社サイバーディフェンス研究所 他2者`, '552.5百万円 (5.5億円)']);
    assertNoOverlap(labels);
    for (const l of labels) {
      expect(l.box.y0).toBeGreaterThanOrEqual(0);
      expect(l.box.y1).toBeLessThanOrEqual(h + 0.001);
      expect(l.box.x0).toBeGreaterThanOrEqual(0);
      expect(l.box.x1).toBeLessThanOrEqual(w);
    }
    expect(labels.some((l) => l.truncated)).toBe(true);
  });

  it('shrinks the font, then drops the amount line, before hiding labels in a crowded column', () => {
    const g = fanGraph(30);
    const layout = layoutSankey(g, { width: 600, height: 400 });
    const labels = placeLabels(
      layout.nodes.map((n) => ({ ...n, lines: [n.label, '0.1百万円'] })),
      { width: 600, height: 400, layers: layout.layers },
    );
    assertNoOverlap(labels);
    const right = labels.filter((l) => l.id !== 'root');
    expect(Math.max(...right.map((l) => l.fontSize))).toBeLessThan(13);
    expect(right.some((l) => l.lines.length === 1)).toBe(true);
    // The largest nodes keep their amount line longest.
    const r30 = right.find((l) => l.id === 'r30');
    const r1 = right.find((l) => l.id === 'r1');
    expect((r30?.lines.length ?? 0) >= (r1?.lines.length ?? 0)).toBe(true);
  });

  it('marks a label truncated when its text is cut, not otherwise', () => {
    const { labels } = labelsFor(1200, 600, (id) => [id]);
    expect(labels.every((l) => !l.truncated)).toBe(true);
  });
});

describe('shared gap between two columns', () => {
  it('lets a long left label use the room a short right label leaves', () => {
    const inputs: LabelInput[] = [
      { id: 'cat', x0: 300, x1: 310, y0: 90, y1: 110, layer: 0, lines: ['物品'] },
      { id: 'purpose', x0: 500, x1: 510, y0: 95, y1: 115, layer: 1, lines: ['インテリジェンスライセンスの購入と保守'] },
    ];
    const labels = placeLabels(inputs, { width: 600, height: 300, layers: 2, fontSize: 13 });
    const cat = labels.find((l) => l.id === 'cat');
    const purpose = labels.find((l) => l.id === 'purpose');
    expect(cat?.lines).toEqual(['物品']);
    const room = (purpose?.x ?? 0) - (cat?.x ?? 0) - 6;
    const width = (purpose?.box.x1 ?? 0) - (purpose?.box.x0 ?? 0);
    expect(width).toBeGreaterThan(room * 0.7);
    expect(purpose?.truncated).toBe(true);
    assertNoOverlap(labels);
  });
  it('splits the gap in half when both labels are long', () => {
    const long = 'サイバーディフェンス研究所サイバーディフェンス研究所';
    const inputs: LabelInput[] = [
      { id: 'r', x0: 300, x1: 310, y0: 90, y1: 110, layer: 0, lines: [long] },
      { id: 'l', x0: 500, x1: 510, y0: 95, y1: 115, layer: 1, lines: [long] },
    ];
    const labels = placeLabels(inputs, { width: 600, height: 300, layers: 2, fontSize: 13 });
    expect(labels.every((l) => l.truncated)).toBe(true);
    assertNoOverlap(labels);
  });
});
