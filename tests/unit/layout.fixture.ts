/** A hand-made graph shaped like the seed sheet's fund flow (ministry → A → B…J), for layout tests. */
import type { Graph } from '../../src/contract/schema.ts';

const blocks: [string, number][] = [
  ['B', 206.4],
  ['C', 3],
  ['D', 110.6],
  ['E', 116.6],
  ['F', 61.4],
  ['G', 15],
  ['H', 13.5],
  ['I', 2.4],
  ['J', 6.8],
];

/** ministry → A (552.5) → B…J, plus A's kept 人件費 and 旅費等. */
export function seedLikeGraph(): Graph {
  return {
    nodes: [
      { id: 'ministry', kind: 'ministry', label: '総務省' },
      { id: 'A', kind: 'block', label: 'A', blockId: 'A', line: 171 },
      ...blocks.map(([id]) => ({ id, kind: 'block' as const, label: id, blockId: id })),
      { id: 'A:kept:人件費', kind: 'kept', label: '人件費', blockId: 'A' },
      { id: 'A:kept:旅費等', kind: 'kept', label: '旅費等', blockId: 'A' },
    ],
    links: [
      { source: 'ministry', target: 'A', value: 552.5, kind: 'fund', families: ['grant'] },
      ...blocks.map(([id, value]) => ({ source: 'A', target: id, value, kind: 'fund' as const, families: ['competitive' as const] })),
      { source: 'A', target: 'A:kept:人件費', value: 16.8, kind: 'kept' },
      { source: 'A', target: 'A:kept:旅費等', value: 0.3, kind: 'kept' },
    ],
    parents: Object.fromEntries(blocks.map(([id]) => [id, { parent: 'A', inferred: true }])),
  };
}

/** A fan-out graph: one root with `n` children of values 1…n. */
export function fanGraph(n: number): Graph {
  return {
    nodes: [{ id: 'root', kind: 'block', label: 'root' }, ...Array.from({ length: n }, (_, i) => ({ id: `r${i + 1}`, kind: 'recipient' as const, label: `受領者${i + 1}` }))],
    links: Array.from({ length: n }, (_, i) => ({ source: 'root', target: `r${i + 1}`, value: i + 1, kind: 'payment' as const })),
    parents: {},
  };
}
