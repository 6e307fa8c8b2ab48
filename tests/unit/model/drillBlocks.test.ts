// Issue #13: drilling into an intermediary shows the blocks it funds (plus what it kept and the
// residual), not one band to itself. Expected values worked out from the seed sheet's text and the
// chain fixture (tests/fixtures/chain: A 100 → B 80 → C 50).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/read/index.ts';
import { drillDown } from '../../../src/model/index.ts';
import { drillBlocks } from '../../../src/model/drillBlocks.ts';
import type { Graph } from '../../../src/contract/schema.ts';
import { seedText } from '../seed.ts';

const edges = (g: Graph) => g.links.map((l) => `${l.source}→${l.target} ${l.value} ${l.kind}`);
const ids = (g: Graph) => g.nodes.map((n) => n.id);

describe('drillBlocks', () => {
  const seed = analyze(seedText);

  it('A (one recipient, 情報通信研究機構, funding B–J): the nine blocks, what A kept and the 0.3 不突合', () => {
    const g = drillBlocks(seed.sheet, 'A', seed.graph);
    expect(ids(g)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'A:kept:人件費', 'A:kept:旅費等', 'A:residual']);
    expect(edges(g)).toEqual([
      'A→B 206.4 fund', 'A→C 3 fund', 'A→D 110.6 fund', 'A→E 116.6 fund', 'A→F 61.4 fund',
      'A→G 15 fund', 'A→H 13.5 fund', 'A→I 2.4 fund', 'A→J 6.8 fund',
      'A→A:kept:人件費 16.8 kept', 'A→A:kept:旅費等 0.3 kept',
      // 552.5 − (16.8 + 0.3) − 535.7 = −0.3: the blocks below received more than A had.
      'A:residual→A 0.3 residual',
    ]);
    // No band from A to its own recipient (itself).
    expect(ids(g).some((id) => id.startsWith('A:r:'))).toBe(false);
    // The same yen as the overview draws out of A.
    const fromA = seed.graph.links.filter((l) => l.source === 'A' || l.target === 'A:residual' || l.source === 'A:residual').map((l) => `${l.source}→${l.target} ${l.value} ${l.kind}`);
    expect(edges(g).sort()).toEqual(fromA.sort());
  });

  it('a block that funds no other block drills as before', () => {
    expect(drillBlocks(seed.sheet, 'D', seed.graph)).toEqual(drillDown(seed.sheet, 'D'));
    // Without the overview graph there is nothing to draw the flows from.
    expect(drillBlocks(seed.sheet, 'A')).toEqual(drillDown(seed.sheet, 'A'));
    expect(drillBlocks(seed.sheet, 'nope', seed.graph)).toEqual({ nodes: [], links: [], parents: {} });
  });

  it('a chain: B (one recipient, 三菱総合研究所 80) funds C 50, kept 人件費 25 and 一般管理費 5, nothing left over', () => {
    const chain = analyze(readFileSync(new URL('../../fixtures/chain/input.txt', import.meta.url), 'utf8'));
    const g = drillBlocks(chain.sheet, 'B', chain.graph);
    expect(edges(g)).toEqual(['B→C 50 fund', 'B→B:kept:人件費 25 kept', 'B→B:kept:一般管理費 5 kept']);
    expect(g.nodes.find((n) => n.id === 'C')).toMatchObject({ kind: 'block', blockId: 'C' });
  });

  it('several recipients: the blocks hang off the recipient the 費目・使途 table names (B 日立製作所 108.9, with C moved under B)', () => {
    const moved = analyze(seedText, { parents: { C: 'B' } });
    const g = drillBlocks(moved.sheet, 'B', moved.graph);
    expect(edges(g)).toEqual([
      'B→B:r:1 108.9 payment', 'B→B:r:2 34.2 payment', 'B→B:r:3 14.9 payment', 'B→B:r:4 14.9 payment',
      'B→B:r:5 20.4 payment', 'B→B:r:6 8.3 payment', 'B→B:r:7 4.8 payment',
      'B:r:1→C 3 fund',
      // 108.9 − 0 kept (業務費 is not an intermediary's own cost) − 3 = 105.9.
      'B:r:1→B:residual 105.9 residual',
    ]);
    expect(ids(g).some((id) => id.startsWith('B:c:') || id.startsWith('B:p:'))).toBe(false);
  });
});
