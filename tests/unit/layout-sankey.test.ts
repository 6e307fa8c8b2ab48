import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sankeyLinkHorizontal } from 'd3-sankey';
import { bandPath, layoutSankey, validateGraph } from '../../src/layout/index.ts';
import type { Graph } from '../../src/contract/schema.ts';
import { seedLikeGraph } from './layout.fixture.ts';

describe('validateGraph', () => {
  it('drops unknown ids, non-positive and NaN values, cycles and isolated nodes with reasons', () => {
    const g: Pick<Graph, 'nodes' | 'links'> = {
      nodes: [
        { id: 'a', kind: 'block', label: 'a' },
        { id: 'b', kind: 'block', label: 'b' },
        { id: 'c', kind: 'block', label: 'c' },
        { id: 'a', kind: 'block', label: 'dup' },
        { id: 'lonely', kind: 'other', label: 'x' },
      ],
      links: [
        { source: 'a', target: 'b', value: 5, kind: 'fund' },
        { source: 'b', target: 'c', value: 3, kind: 'fund' },
        { source: 'c', target: 'a', value: 1, kind: 'fund' },
        { source: 'b', target: 'b', value: 1, kind: 'fund' },
        { source: 'a', target: 'ghost', value: 1, kind: 'fund' },
        { source: 'a', target: 'c', value: 0, kind: 'fund' },
        { source: 'a', target: 'c', value: -2, kind: 'fund' },
        { source: 'a', target: 'c', value: Number.NaN, kind: 'fund' },
      ],
    };
    const v = validateGraph(g);
    expect(v.links.map((l) => `${l.source}→${l.target}`)).toEqual(['a→b', 'b→c']);
    expect(v.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    const reasons = v.dropped.map((d) => `${d.id}:${d.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'a:duplicate-id',
        'lonely:isolated',
        'c→a:cycle',
        'b→b:cycle',
        'a→ghost:unknown-node',
        'a→c:non-positive-value',
        'a→c:not-a-number',
      ]),
    );
    expect(v.dropped).toHaveLength(8);
  });
});

describe('layoutSankey', () => {
  it('lays out the seed-like graph in three columns inside the box', () => {
    const g = seedLikeGraph();
    const out = layoutSankey(g, { width: 900, height: 500 });
    expect(out.dropped).toEqual([]);
    expect(out.layers).toBe(3);
    const byId = new Map(out.nodes.map((n) => [n.id, n]));
    expect(byId.get('ministry')?.layer).toBe(0);
    expect(byId.get('A')?.layer).toBe(1);
    expect(byId.get('J')?.layer).toBe(2);
    for (const n of out.nodes) {
      expect(n.x0).toBeGreaterThanOrEqual(0);
      expect(n.x1).toBeLessThanOrEqual(900);
      expect(n.y0).toBeGreaterThanOrEqual(0);
      expect(n.y1).toBeLessThanOrEqual(500);
    }
    // Blocks in letter order, kept flows after them.
    const col = out.nodes.filter((n) => n.layer === 2).sort((a, b) => a.y0 - b.y0).map((n) => n.id);
    expect(col).toEqual(['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'A:kept:人件費', 'A:kept:旅費等']);
  });

  it('sums node values exactly (no float drift) and never mutates the input', () => {
    const g = seedLikeGraph();
    const before = JSON.stringify(g);
    const out = layoutSankey(g, { width: 900, height: 500 });
    expect(JSON.stringify(g)).toBe(before);
    const a = out.nodes.find((n) => n.id === 'A');
    // 206.4+3+110.6+116.6+61.4+15+13.5+2.4+6.8+16.8+0.3 = 552.8 exactly, larger than the 552.5 received.
    expect(a?.value).toBe(552.8);
    expect(out.nodes.find((n) => n.id === 'ministry')?.value).toBe(552.5);
  });

  it('gives links widths proportional to value and an SVG path', () => {
    const out = layoutSankey(seedLikeGraph(), { width: 900, height: 500 });
    const b = out.links.find((l) => l.id === 'A→B');
    const c = out.links.find((l) => l.id === 'A→C');
    expect(b && c).toBeTruthy();
    expect((b?.width ?? 0) / (c?.width ?? 1)).toBeCloseTo(206.4 / 3, 5);
    expect(b?.path).toMatch(/^M[\d.]+,[\d.]+C/);
    expect(b?.families).toEqual(['competitive']);
  });

  it('returns an empty layout (and reasons) instead of throwing on a broken graph', () => {
    const g: Pick<Graph, 'nodes' | 'links'> = {
      nodes: [{ id: 'x', kind: 'block', label: 'x' }],
      links: [{ source: 'x', target: 'x', value: 1, kind: 'fund' }],
    };
    const out = layoutSankey(g, { width: 100, height: 100 });
    expect(out.nodes).toEqual([]);
    expect(out.dropped.map((d) => d.reason)).toEqual(['cycle', 'isolated']);
  });

  it('keeps drawing the valid part when a cycle is present', () => {
    const g = seedLikeGraph();
    g.links.push({ source: 'B', target: 'A', value: 1, kind: 'fund' });
    const out = layoutSankey(g, { width: 900, height: 500 });
    expect(out.nodes).toHaveLength(g.nodes.length);
    expect(out.dropped).toEqual([{ what: 'link', id: 'B→A', reason: 'cycle' }]);
  });
});

describe('column order', () => {
  it('keeps drill-down recipients in sheet rank order, not value order', () => {
    const g: Pick<Graph, 'nodes' | 'links'> = {
      nodes: [
        { id: 'D', kind: 'block', label: 'D' },
        { id: 'D:r:1', kind: 'recipient', label: '1' },
        { id: 'D:r:2', kind: 'recipient', label: '2' },
        { id: 'D:r:10', kind: 'recipient', label: '10' },
      ],
      links: [
        { source: 'D', target: 'D:r:1', value: 1, kind: 'payment' },
        { source: 'D', target: 'D:r:2', value: 50, kind: 'payment' },
        { source: 'D', target: 'D:r:10', value: 20, kind: 'payment' },
      ],
    };
    const out = layoutSankey(g, { width: 400, height: 300 });
    const order = out.nodes.filter((n) => n.layer === 1).sort((a, b) => a.y0 - b.y0).map((n) => n.id);
    expect(order).toEqual(['D:r:1', 'D:r:2', 'D:r:10']);
  });
});

describe('bandPath', () => {
  it("draws exactly what d3-sankey's sankeyLinkHorizontal draws for the same band", () => {
    const d3Path = sankeyLinkHorizontal();
    const coord = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(coord, coord, coord, coord, (x0, y0, x1, y1) => {
        const link = { source: { x1: x0 }, target: { x0: x1 }, y0, y1 } as unknown as Parameters<typeof d3Path>[0];
        expect(bandPath(x0, y0, x1, y1)).toBe(d3Path(link));
      }),
    );
  });
});
