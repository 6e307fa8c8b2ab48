// Labels beside their own bars (issue #13): makeRoom() gives every node a slot as tall as its
// label, planLabels() chooses the labels' shapes, and a scene keeps each label at its bar.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutSankey, makeRoom, planLabels, wrapAll, textWidth, type SankeyLayout } from '../../src/layout/index.ts';
import type { Graph } from '../../src/contract/schema.ts';
import { analyze } from '../../src/read/index.ts';
import { drillDown } from '../../src/model/index.ts';
import { generateSheet } from '../../scripts/generate.ts';
import { readFileSync } from 'node:fs';
import { buildScene, type SceneInput } from '../../src/view/flowScene.ts';
import { ministryTotalOf } from '../../src/view/nodeInfo.ts';

/** ministry → A → children with the given values. */
function fan(values: number[]): Graph {
  const kids = values.map((_, i) => String.fromCharCode(66 + i));
  const total = values.reduce((s, v) => s + v, 0);
  return {
    nodes: [
      { id: 'ministry', kind: 'ministry', label: '府省', blockId: null, line: null },
      { id: 'A', kind: 'block', label: 'A', blockId: 'A', line: null },
      ...kids.map((id) => ({ id, kind: 'block' as const, label: id, blockId: id, line: null })),
    ],
    links: [
      { source: 'ministry', target: 'A', value: total, kind: 'fund', line: null },
      ...kids.map((id, i) => ({ source: 'A', target: id, value: values[i] as number, kind: 'fund' as const, line: null })),
    ],
    parents: {},
  } as unknown as Graph;
}

/** Per column, nodes top to bottom: each slot (max of bar and need, centred on the bar) clear of the next by `gap`, inside the margins. */
function assertSlots(layout: SankeyLayout, need: Map<string, number>, gap: number, margin: number) {
  const cols = new Map<number, SankeyLayout['nodes']>();
  for (const n of layout.nodes) cols.set(n.layer, [...(cols.get(n.layer) ?? []), n]);
  for (const c of cols.values()) {
    c.sort((a, b) => a.y0 - b.y0);
    const slot = (n: (typeof c)[number]) => {
      const h = Math.max(n.y1 - n.y0, need.get(n.id) ?? 0);
      const mid = (n.y0 + n.y1) / 2;
      return [mid - h / 2, mid + h / 2] as const;
    };
    for (let i = 0; i < c.length; i++) {
      const [top, bottom] = slot(c[i]!);
      expect(top).toBeGreaterThanOrEqual(margin - 1e-6);
      expect(bottom).toBeLessThanOrEqual(layout.height - margin + 1e-6);
      if (i > 0) expect(top - slot(c[i - 1]!)[1]).toBeGreaterThanOrEqual(gap - 1e-6);
    }
  }
}

describe('makeRoom', () => {
  it('keeps a layout whose labels fit as it is (bars not scaled)', () => {
    const base = layoutSankey(fan([50, 50]), { width: 600, height: 400 });
    const need = new Map(base.nodes.map((n) => [n.id, 20]));
    const room = makeRoom(base, need, { margin: 8, gap: 4 });
    expect(room.height).toBe(400);
    for (const n of room.nodes) {
      const b = base.nodes.find((m) => m.id === n.id)!;
      expect(n.y1 - n.y0).toBeCloseTo(b.y1 - b.y0, 6);
    }
  });

  it('gives small nodes slots as tall as their labels: 200 + 4 × 1 in a 240-px diagram, labels 34 px', () => {
    // Column of B..F: B's bar dwarfs the others; four 34-px labels and gaps need 4·34 + 4·4 = 152 px besides B's slot.
    const base = layoutSankey(fan([200, 1, 1, 1, 1]), { width: 600, height: 240 });
    const need = new Map(base.nodes.map((n) => [n.id, 34]));
    const room = makeRoom(base, need, { margin: 8, gap: 4 });
    assertSlots(room, need, 4, 8);
    // B's bar shrank to fit (224 − 152 = 72 px at most) and the height did not grow.
    const b = room.nodes.find((n) => n.id === 'B')!;
    expect(b.y1 - b.y0).toBeLessThanOrEqual(72 + 1e-6);
    expect(room.height).toBe(240);
  });

  it('grows the diagram when the labels alone need more than its height: 10 labels of 30 px and 9 gaps of 4 = 336 px', () => {
    const base = layoutSankey(fan([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), { width: 600, height: 200 });
    const need = new Map(base.nodes.map((n) => [n.id, 30]));
    const room = makeRoom(base, need, { margin: 8, gap: 4 });
    expect(room.height).toBe(336 + 16);
    assertSlots(room, need, 4, 8);
  });

  it('moves band ends with their nodes and scales band widths with the bars', () => {
    const base = layoutSankey(fan([200, 1, 1, 1, 1]), { width: 600, height: 240 });
    const room = makeRoom(base, new Map(base.nodes.map((n) => [n.id, 34])), { margin: 8, gap: 4 });
    const byId = new Map(room.nodes.map((n) => [n.id, n]));
    for (const id of ['A', 'B', 'C', 'D', 'E', 'F']) {
      const n = byId.get(id)!;
      const out = room.links.filter((l) => l.source === id);
      const into = room.links.filter((l) => l.target === id);
      for (const side of [out, into].filter((s) => s.length)) {
        // Bands of a node stack within its bar: their widths add up to the bar's height.
        expect(side.reduce((s, l) => s + l.width, 0)).toBeCloseTo(n.y1 - n.y0, 6);
        for (const l of side) {
          const y = side === out ? l.y0 : l.y1;
          expect(y).toBeGreaterThanOrEqual(n.y0 - 1e-6);
          expect(y).toBeLessThanOrEqual(n.y1 + 1e-6);
        }
      }
    }
  });

  it('always leaves every slot clear of the next (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 80 }), { minLength: 27, maxLength: 27 }),
        fc.integer({ min: 120, max: 900 }),
        (values, needs, height) => {
          const base = layoutSankey(fan(values), { width: 700, height });
          const need = new Map(base.nodes.map((n, i) => [n.id, needs[i] ?? 0]));
          const room = makeRoom(base, need, { margin: 8, gap: 3 });
          expect(room.height).toBeGreaterThanOrEqual(height);
          assertSlots(room, need, 3, 8);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('planLabels', () => {
  const base = layoutSankey(fan([50, 50, 50]), { width: 600, height: 300 });
  const inputs = base.nodes.map((n) => ({ ...n, lines: [`${n.id} 株式会社日立製作所`, '206.4百万円(2.1億円)'], short: [undefined, '206.4百万円'] }));
  it('keeps names and amounts on rows when the height allows: 2 rows × 13 × 1.3 + 2 = 35.8 px each', () => {
    const plan = planLabels(inputs, { width: 600, height: 300, layers: base.layers, fontSize: 13 });
    for (const n of base.nodes) expect(plan.heights.get(n.id)).toBeCloseTo(35.8, 6);
  });
  it('puts each label on one row when the budget is short and the row holds it whole: 13 × 1.3 + 2 = 18.9 px', () => {
    const plan = planLabels(inputs, { width: 1600, height: 300, layers: base.layers, fontSize: 13, budget: 60 });
    expect(plan.heights.get('B')).toBeCloseTo(18.9, 6);
  });
  it('wraps a name onto as many rows as it takes with wrap "all", cutting nothing', () => {
    const rows = wrapAll('サイバーセキュリティ統合知的・人材育成基盤の構築', 60, 12);
    expect(rows.join('')).toBe('サイバーセキュリティ統合知的・人材育成基盤の構築');
    for (const r of rows) expect(textWidth(r, 12)).toBeLessThanOrEqual(60);
    expect(rows.length).toBe(5); // 25 full-width characters, 5 per 60-px row
  });
});

describe('scenes: every label overlaps its own bar (± 6 px)', () => {
  const seed = analyze(readFileSync(new URL('../../seeds/000_07fcc2ea9ae77a26.txt', import.meta.url), 'utf8'));
  const big = analyze(generateSheet({ blocks: 20, recipientsPerBlock: 10 }));
  const input = (out: typeof seed, block: string | null, over: Partial<SceneInput> = {}): SceneInput => ({
    graph: block ? drillDown(out.sheet, block) : out.graph,
    sheet: out.sheet,
    ministryTotal: ministryTotalOf(out.graph),
    lang: 'ja',
    lens: false,
    currentBlock: block,
    expanded: [],
    width: 860,
    scale: 1,
    maxHeight: Infinity,
    ...over,
  });
  const cases: [string, SceneInput][] = [];
  for (const [name, out] of [
    ['seed', seed],
    ['20 blocks', big],
  ] as const) {
    for (const block of [null, ...out.sheet.blocks.map((b) => b.id)]) {
      cases.push([`${name} ${block ?? 'overview'} 860`, input(out, block)]);
      cases.push([`${name} ${block ?? 'overview'} presentation`, input(out, block, { width: 1856, scale: 1.9, maxHeight: 800 })]);
      cases.push([`${name} ${block ?? 'overview'} phone`, input(out, block, { width: 358 })]);
    }
  }
  it.each(cases)('%s', (_, inp) => {
    const scene = buildScene(inp);
    const nodes = new Map(scene.layout.nodes.map((n) => [n.id, n]));
    for (const l of scene.labels) {
      if (!l.lines.length) continue;
      const n = nodes.get(l.id)!;
      expect(l.box.y0 < n.y1 + 6 && n.y0 - 6 < l.box.y1, `${l.id} ${l.lines.join(' ')}: label ${l.box.y0}–${l.box.y1}, bar ${n.y0}–${n.y1}`).toBe(true);
    }
    expect(scene.labels.filter((l) => l.lines.length).length).toBe(scene.layout.nodes.length);
  });
});
