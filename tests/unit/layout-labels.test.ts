import { describe, expect, it } from 'vitest';
import { ellipsize, labelRoom, layoutSankey, placeLabels, textWidth, wrapName, type LabelInput, type PlacedLabel } from '../../src/layout/index.ts';
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

  it('puts name and amount on one row, then shrinks the font, in a crowded column', () => {
    const g = fanGraph(30);
    const layout = layoutSankey(g, { width: 600, height: 400 });
    const labels = placeLabels(
      layout.nodes.map((n) => ({ ...n, lines: [n.label, '0.1百万円'] })),
      { width: 600, height: 400, layers: layout.layers },
    );
    assertNoOverlap(labels);
    const right = labels.filter((l) => l.id !== 'root');
    const shown = right.filter((l) => l.lines.length > 0);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.every((l) => l.inline && l.lines.length === 2)).toBe(true);
    expect(shown.map((l) => l.id)).toContain('r30');
    expect(Math.max(...right.map((l) => l.fontSize))).toBeLessThan(13);
    for (const l of shown) expect(l.box.y1 - l.box.y0).toBeCloseTo(l.lineHeight);
  });

  it('drops the amount line of the smallest nodes first when one row cannot hold both', () => {
    const g = fanGraph(30);
    const layout = layoutSankey(g, { width: 260, height: 600 });
    const labels = placeLabels(
      layout.nodes.map((n) => ({ ...n, lines: [`${n.label}株式会社`, '1,234.5百万円(12.3億円)'] })),
      { width: 260, height: 600, layers: layout.layers },
    );
    assertNoOverlap(labels);
    const right = labels.filter((l) => l.id !== 'root');
    expect(right.some((l) => l.lines.length === 1)).toBe(true);
    const r30 = right.find((l) => l.id === 'r30');
    const r1 = right.find((l) => l.id === 'r1');
    expect(r30?.lines.length).toBe(2);
    expect((r30?.lines.length ?? 0) >= (r1?.lines.length ?? 0)).toBe(true);
  });

  it('wraps a long name to a second line when the column has room, instead of ellipsizing it', () => {
    const inputs: LabelInput[] = [
      { id: 'a', x0: 0, x1: 10, y0: 40, y1: 80, layer: 0, lines: ['1. サイバーディフェンス研究所', '42.9百万円'] },
      { id: 'b', x0: 0, x1: 10, y0: 120, y1: 160, layer: 0, lines: ['2. 日立', '25.3百万円'] },
      { id: 'z', x0: 150, x1: 160, y0: 0, y1: 200, layer: 1, lines: ['z'] },
    ];
    const labels = placeLabels(inputs, { width: 160, height: 200, layers: 2, fontSize: 13 });
    const a = labels.find((l) => l.id === 'a');
    expect(a?.nameLines).toBe(2);
    expect(a?.lines).toEqual(['1. サイバーディフェ', 'ンス研究所', '42.9百万円']);
    expect(a?.truncated).toBe(false);
    expect(labels.find((l) => l.id === 'b')?.nameLines).toBe(1);
    assertNoOverlap(labels);
    // Without vertical room the name stays on one line, ellipsized.
    const tight = placeLabels(inputs, { width: 160, height: 70, layers: 2, fontSize: 13 });
    expect(tight.find((l) => l.id === 'a')?.nameLines).toBe(1);
    expect(tight.find((l) => l.id === 'a')?.truncated).toBe(true);
  });

  it('uses the short form of a detail line when the full one does not fit', () => {
    const inputs: LabelInput[] = [
      { id: 'a', x0: 0, x1: 10, y0: 40, y1: 80, layer: 0, lines: ['物品購入費', '330.6百万円(3.3億円)'], short: [undefined, '330.6百万円'] },
      { id: 'z', x0: 120, x1: 130, y0: 0, y1: 200, layer: 1, lines: [] },
    ];
    const [a] = placeLabels(inputs, { width: 130, height: 200, layers: 2, fontSize: 13 });
    expect(a?.lines).toEqual(['物品購入費', '330.6百万円']);
    expect(a?.truncated).toBe(false);
  });

  it('marks a label truncated when its text is cut, not otherwise', () => {
    const { labels } = labelsFor(1200, 600, (id) => [id]);
    expect(labels.every((l) => !l.truncated)).toBe(true);
  });
});

describe('wrapName and labelRoom', () => {
  it('breaks a name where it fits, after a near space, never before a prolonged sound mark', () => {
    expect(wrapName('情報通信 研究機構', 65, 13)).toEqual(['情報通信', '研究機構']);
    expect(wrapName('デジタルテクノロジー株式会社', 65, 13)).toEqual(['デジタルテ', 'クノロジ…']);
    expect(wrapName('テクノロジー株式会社', 65, 13)).toEqual(['テクノロ', 'ジー株式…']);
  });
  it('asks for the widest label of each gap, the last column counting in the gap before it', () => {
    const room = labelRoom(
      [
        { layer: 0, lines: ['日立', '1.0百万円'] },
        { layer: 1, lines: ['日立製作所'] },
        { layer: 2, lines: ['物品'] },
      ],
      { layers: 3, fontSize: 10, gap: 5 },
    );
    expect(room[0]).toBeCloseTo(textWidth('1.0百万円', 10) + 10);
    expect(room[1]).toBeCloseTo(50 + 10 + 20 + 10);
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
