/**
 * labels (#10): the model gives why it inferred or refused a parent as a code plus data
 * (`reason`), and the message catalog words it per language. Expected texts from the seed
 * sheet: A (補助金等交付, 552.5) funds B…J, whose totals add to 206.4 + 3 + 110.6 + 116.6 + 61.4 +
 * 15 + 13.5 + 2.4 + 6.8 = 535.7; the structure-from-executed fixture leaves B (206.4) to A's 552.5.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/read/index.ts';
import { seedText } from '../seed.ts';

const messages = (out: ReturnType<typeof analyze>, code: string) => out.diagnostics.filter((d) => d.code === code).map((d) => d.message);

describe('parent reasons are codes, worded by messages.ts', () => {
  it('passes money on: the contract and the two totals', () => {
    const [m] = messages(analyze(seedText), 'PARENT_INFERRED');
    expect(m?.ja).toContain('(資金を渡す契約(補助金等交付)で、合計552.5が下流の合計535.7を賄うため)');
    expect(m?.en).toContain('(it is funded by 補助金等交付 and its total 552.5 covers the 535.7 they received)');
  });

  it('a leftover block: the parent’s room and the block’s total', () => {
    const out = analyze(readFileSync(new URL('../../fixtures/structure-from-executed/input.txt', import.meta.url), 'utf8'));
    const [m] = messages(out, 'PARENT_INFERRED');
    expect(m?.ja).toContain('(執行額と一致する府省庁直下のブロックに含まれず、Aの残額552.5が206.4を賄うため)');
    expect(m?.en).toContain('(it is not among the blocks that match the 執行額, and what A has left (552.5) covers its 206.4)');
  });

  it('refused overrides: no such block, no such parent, itself, a cycle', () => {
    const why = (parents: Record<string, string>) => messages(analyze(seedText, { parents }), 'PARENT_OVERRIDE_INVALID').map((m) => [m.ja.match(/\(([^()]*)\)。/)?.[1], m.en.match(/\(([^()]*)\);/)?.[1]]);
    expect(why({ Z: 'A' })).toEqual([['そのブロックはありません', 'no such block']]);
    expect(why({ B: 'Z' })).toEqual([['資金元のブロックがありません', 'no such parent block']]);
    expect(why({ B: 'B' })).toEqual([['自分自身は資金元になれません', 'a block cannot fund itself']]);
    // B is under A: A under B would close a cycle.
    expect(why({ A: 'B' })).toEqual([['循環になります', 'it would make a cycle']]);
  });
});
