// Issue #12 "the latest request wins": a load still parsing (a big sheet in the worker) when a
// newer load starts is dropped — neither its output nor its error replaces the newer one.
import { describe, expect, it } from 'vitest';
import type { ParseOutput } from '../../src/contract/schema.ts';
import { AppState } from '../../src/state/app.svelte.ts';
import { BROKEN, fakeModel } from './seed.fixture.ts';

/** A model whose async analysis of `slow` waits until release() is called. */
function slowModel(slow: string) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const model = {
    ...fakeModel,
    async analyzeAsync(text: string, parents: Record<string, string> = {}): Promise<ParseOutput> {
      if (text === slow) await gate;
      return fakeModel.analyze(text, { parents });
    },
  };
  return { model, release };
}

const BIG = '事業番号 big';
const SMALL = '事業番号 small';

describe('AppState: the latest load wins', () => {
  it('a big sheet that finishes after a small one picked later does not replace it', async () => {
    const { model, release } = slowModel(BIG);
    const s = new AppState(model);
    const big = s.loadAsync(BIG, 'big.txt');
    expect(await s.loadAsync(SMALL, 'small.txt')).toBe(true);
    expect(s.source).toBe('small.txt');
    release();
    expect(await big).toBe(false);
    expect(s.source).toBe('small.txt');
    expect(s.text).toBe(SMALL);
    expect(s.busy).toBe(false);
  });

  it('a stale load that fails does not put its error over the newer sheet', async () => {
    const { model, release } = slowModel(BROKEN);
    const s = new AppState(model);
    const broken = s.loadAsync(BROKEN, 'broken.txt');
    await s.loadAsync(SMALL, 'small.txt');
    release();
    expect(await broken).toBe(false);
    expect(s.error).toBeNull();
    expect(s.source).toBe('small.txt');
  });

  it('a synchronous load (the custom element) or a refusal also supersedes a pending one', async () => {
    const { model, release } = slowModel(BIG);
    const s = new AppState(model);
    const big = s.loadAsync(BIG, 'big.txt');
    expect(s.busy).toBe(true);
    s.refuse('too large', 'huge.txt');
    expect(s.busy).toBe(false);
    release();
    expect(await big).toBe(false);
    expect(s.output).toBeNull();
    expect(s.error).toMatchObject({ source: 'huge.txt' });
  });
});
