/**
 * Parent inference anchored on the sheet's 執行額 (#12), and the facts the view marks: guessed
 * structure, guessed links, incomplete blocks.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/read/index.ts';
import { executedOf, firstTierFor, matchesExecuted } from '../../../src/model/parents.ts';
import type { Block } from '../../../src/contract/schema.ts';
import { seedText } from '../seed.ts';

const fixture = (name: string): string => readFileSync(`tests/fixtures/${name}/input.txt`, 'utf8');
const block = (id: string, total: number): Block => ({ id, total, recipients: [], expenses: null, line: 1, possiblyTruncated: false });
const topOf = (o: ReturnType<typeof analyze>): string[] => o.graph.links.filter((l) => l.source === 'ministry').map((l) => l.target);

describe('matchesExecuted', () => {
  it('allows one unit of the last decimal per summed block and one for the 執行額', () => {
    expect(matchesExecuted(552.7, [552.5])).toBe(true); // 0.2 ≤ 0.1 × 2
    expect(matchesExecuted(552.8, [552.5])).toBe(false); // 0.3 > 0.2
    expect(matchesExecuted(340, [300, 40])).toBe(true);
    expect(matchesExecuted(24906, [24904, 1])).toBe(true); // integers: 1 ≤ 3
    expect(matchesExecuted(24906, [24902])).toBe(false); // 4 > 2
    expect(matchesExecuted(0.3, [0.1, 0.2])).toBe(true); // exact decimal, not 0.30000000000000004
  });
});

describe('firstTierFor', () => {
  it('takes the fewest blocks, the earliest among equals', () => {
    const bs = [block('A', 100), block('B', 60), block('C', 40), block('D', 100)];
    expect(firstTierFor(bs, 100)?.map((b) => b.id)).toEqual(['A']);
    expect(firstTierFor(bs, 160)?.map((b) => b.id)).toEqual(['A', 'B']);
    expect(firstTierFor(bs, 300)?.map((b) => b.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(firstTierFor(bs, 7)).toBeNull();
  });

  it('finds a long run of leading blocks among many', () => {
    const bs = Array.from({ length: 200 }, (_, i) => block(`B${i}`, 10 + i));
    // The first 50 blocks sum to 50 × 10 + 49 × 50 = 1725; no 1–3 blocks reach it (max 209 + 208 + 207).
    expect(firstTierFor(bs, 1725)?.length).toBe(50);
  });
});

describe('executedOf', () => {
  it('takes the 執行額 of the actuals year, else of the sheet year − 1', () => {
    const budget = [2020, 2021, 2022].map((year) => ({ year, label: '', request: false, initial: null, supplementary: null, carriedIn: null, carriedOut: null, reserve: null, total: null, executed: year * 1, executionRate: null }));
    expect(executedOf({ budget, actualsYear: 2020, sheetYear: 2022 })?.amount).toBe(2020);
    expect(executedOf({ budget, actualsYear: null, sheetYear: 2022 })?.amount).toBe(2021);
    expect(executedOf({ budget, actualsYear: null, sheetYear: null })).toBeNull();
  });
});

describe('structure of real-shaped sheets', () => {
  it('seed: A is the only first-tier block (552.5 ≈ 執行額 552.7 of 2021), B–J are its children, nothing is guessed', () => {
    const o = analyze(seedText);
    expect(topOf(o)).toEqual(['A']);
    expect(o.graph.structureGuessed).toBe(false);
    expect(o.graph.executed).toEqual({ year: 2021, amount: 552.7 });
    expect(o.graph.links.some((l) => l.guessed)).toBe(false);
    expect(o.diagnostics).toContainEqual(expect.objectContaining({ code: 'STRUCTURE_FROM_EXECUTED', severity: 'info', line: 22 }));
  });

  it('a 随意契約 block A still funds B–J when only A matches the 執行額 (the ministry shows 552.5, not 1,088.2)', () => {
    const o = analyze(fixture('structure-from-executed'));
    expect(topOf(o)).toEqual(['A']);
    expect(Object.values(o.graph.parents).filter((p) => p.parent === 'A')).toHaveLength(9);
    expect(o.graph.structureGuessed).toBe(false);
  });

  it('marks the structure, the fund links and the flows as guessed when nothing matches the 執行額', () => {
    const o = analyze(fixture('structure-guessed'));
    expect(o.graph.structureGuessed).toBe(true);
    expect(o.graph.links.filter((l) => l.kind === 'fund').every((l) => l.guessed === true)).toBe(true);
    expect(o.graph.links.filter((l) => l.kind !== 'fund').some((l) => l.guessed)).toBe(false);
    expect(o.sheet.flows.every((f) => f.guessed === true)).toBe(true);
    const w = o.diagnostics.find((d) => d.code === 'STRUCTURE_GUESSED');
    expect(w?.severity).toBe('warning');
    expect(w?.message.en).toContain('9999');
    expect(w?.message.en).toContain('552.5');
  });

  it('two first-tier blocks: A + B = 執行額 340, C under A', () => {
    const o = analyze(fixture('two-first-tier'));
    expect(topOf(o).sort()).toEqual(['A', 'B']);
    expect(o.graph.parents.C?.parent).toBe('A');
    expect(o.graph.structureGuessed).toBe(false);
  });

  it('a user override that makes the ministry pay more than the 執行額 is reported as guessed', () => {
    const o = analyze(seedText, { parents: { J: 'ministry' } });
    expect(o.graph.structureGuessed).toBe(true);
    expect(o.diagnostics.find((d) => d.code === 'STRUCTURE_GUESSED')?.message.en).toContain('559.3');
  });
});

describe('incomplete blocks', () => {
  it('marks a block with an unreadable row, its node and the ministry node as incomplete, and says the total is partial', () => {
    const o = analyze(fixture('damaged-rows'));
    const b = o.sheet.blocks.find((x) => x.id === 'B');
    expect(b?.incomplete).toBe(true);
    expect(o.sheet.blocks.find((x) => x.id === 'C')?.incomplete).toBeUndefined();
    expect(o.graph.nodes.find((n) => n.id === 'B')?.incomplete).toBe(true);
    expect(o.graph.nodes.find((n) => n.id === 'C')?.incomplete).toBeUndefined();
    expect(o.graph.nodes.find((n) => n.id === 'ministry')?.incomplete).toBe(true);
    expect(o.diagnostics).toContainEqual(expect.objectContaining({ code: 'BLOCK_INCOMPLETE', blockId: 'B', severity: 'warning' }));
  });

  it('the seed has no incomplete node', () => {
    expect(analyze(seedText).graph.nodes.some((n) => n.incomplete)).toBe(false);
  });

  it('a file cut inside D\'s list says so, with the line', () => {
    const o = analyze(fixture('cut-in-list'));
    const d = o.diagnostics.find((x) => x.code === 'FILE_ENDS_IN_LIST');
    expect(d).toMatchObject({ line: 171, blockId: 'D', severity: 'warning' });
    expect(d?.message.en).toBe("The file ends inside block D's list, line 171: recipients after it may be missing.");
    expect(o.graph.nodes.find((n) => n.id === 'D')?.incomplete).toBe(true);
  });
});

describe('a sheet without 執行額', () => {
  it('guesses the structure of several blocks and says there was nothing to check against', () => {
    const lines = seedText.split('\n');
    lines[21] = '\t執行額\t\t-\t-\t-\t\t\t\t'; // no 執行額 in any year
    const o = analyze(lines.join('\n'));
    expect(o.graph.executed).toBeNull();
    expect(o.graph.structureGuessed).toBe(true);
    expect(o.diagnostics.find((d) => d.code === 'STRUCTURE_GUESSED')?.message.en).toContain('gives no 執行額');
    // The old inference still applies: A (a grant) funds B–J.
    expect(topOf(o)).toEqual(['A']);
  });
});
