import { describe, expect, it } from 'vitest';
import { foldGraph, layoutSankey, nodeValues } from '../../src/layout/index.ts';
import { fanGraph, seedLikeGraph } from './layout.fixture.ts';

// A fold's label is the view's words; any will do here.
const others = (n: number): string => `その他 ${n}者`;

describe('foldGraph', () => {
  it('leaves a column of ≤ max nodes untouched', () => {
    const g = seedLikeGraph();
    const out = foldGraph(g, { max: 30, label: others });
    expect(out.graph).toBe(g);
    expect(out.folds).toEqual([]);
  });

  it('folds the smallest nodes of a crowded column into one "その他 N者" node with the exact sum', () => {
    const g = fanGraph(40);
    const out = foldGraph(g, { max: 30, label: others });
    expect(out.folds).toHaveLength(1);
    const fold = out.folds[0];
    expect(fold?.members).toHaveLength(11);
    expect(fold?.members).toContain('r1');
    expect(fold?.members).not.toContain('r40');
    expect(fold?.value).toBe(66); // 1+…+11
    const node = out.graph.nodes.find((n) => n.id === fold?.id);
    expect(node?.label).toBe('その他 11者');
    expect(node?.kind).toBe('other');
    expect(out.graph.nodes).toHaveLength(31); // root + 29 + fold
    expect(out.graph.links.find((l) => l.target === fold?.id)?.value).toBe(66);
    // Input untouched.
    expect(g.nodes).toHaveLength(41);
  });

  it('keeps decimal sums exact when folding', () => {
    const g = fanGraph(4);
    g.links = g.links.map((l, i) => ({ ...l, value: [0.1, 0.2, 0.3, 5][i] ?? 0 }));
    const out = foldGraph(g, { max: 2, label: others });
    expect(out.folds[0]?.value).toBe(0.6);
    expect(nodeValues(out.graph.links).get(out.folds[0]?.id ?? '')).toBe(0.6);
  });

  it('unfolds on demand and uses the given label', () => {
    const g = fanGraph(40);
    const folded = foldGraph(g, { max: 30, label: (n) => `${n} others` });
    expect(folded.graph.nodes.some((n) => n.label === '11 others')).toBe(true);
    const open = foldGraph(g, { max: 30, label: others, expanded: [folded.folds[0]?.id ?? ''] });
    expect(open.folds).toEqual([]);
    expect(open.graph.nodes).toHaveLength(41);
  });

  it('re-points the downstream links of folded nodes and merges duplicates', () => {
    const g = fanGraph(5);
    g.nodes.push({ id: 'leaf', kind: 'purpose', label: 'leaf' });
    g.links.push({ source: 'r1', target: 'leaf', value: 1, kind: 'expense' }, { source: 'r2', target: 'leaf', value: 2, kind: 'expense' });
    const out = foldGraph(g, { max: 3, label: others });
    const fold = out.folds[0];
    expect(fold?.members.sort()).toEqual(['r1', 'r2', 'r3']);
    const down = out.graph.links.filter((l) => l.source === fold?.id);
    expect(down).toEqual([expect.objectContaining({ target: 'leaf', value: 3, kind: 'expense' })]);
    expect(layoutSankey(out.graph, { width: 400, height: 300 }).dropped).toEqual([]);
  });
});
