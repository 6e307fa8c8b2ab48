import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { BROKEN, fakeModel } from './seed.fixture.ts';

const SEED = '事業番号 2022-総務-21-0059';

describe('AppState', () => {
  it('loads a sheet and exposes its overview graph', () => {
    const s = new AppState(fakeModel);
    expect(s.load(SEED, 'seed.txt')).toBe(true);
    flushSync();
    expect(s.output?.sheet.projectNumber).toBe('2022-総務-21-0059');
    expect(s.graph?.nodes.some((n) => n.id === 'J')).toBe(true);
    expect(s.error).toBeNull();
  });

  it('every new drill path clears the hover and the opened folds; the same path keeps them', () => {
    const s = new AppState(fakeModel);
    s.load(SEED);
    const dirty = () => { s.hover('B'); s.expandFold('fold:ministry:1'); };
    const clean = () => [s.hoveredId, s.expandedFolds];
    const moves: [string, () => void, string[]][] = [
      ['drill', () => s.drill('A'), ['A']],
      ['drill deeper', () => s.drill('D'), ['A', 'D']],
      ['crumb', () => s.goToCrumb('A'), ['A']],
      ['up', () => s.up(), []],
      ['link path', () => s.showPath(['B']), ['B']],
      ['crumb off the path', () => s.goToCrumb('C'), ['C']],
      ['home', () => s.home(), []],
    ];
    for (const [what, move, path] of moves) {
      dirty();
      move();
      expect([what, s.drillPath, ...clean()]).toEqual([what, path, null, []]);
    }
    dirty();
    s.showPath([]); // the path on display: nothing to clear
    expect(clean()).toEqual(['B', ['fold:ministry:1']]);
    expect(s.selectedId).toBe('C'); // home selects the block it left; showPath selects nothing
  });

  it('keeps the previous output when a load fails and exposes message and line', () => {
    const s = new AppState(fakeModel);
    s.load(SEED);
    s.drill('D');
    const before = s.output;
    expect(s.load(BROKEN, 'broken.txt')).toBe(false);
    expect(s.output).toBe(before);
    expect(s.drillPath).toEqual(['D']);
    expect(s.text).toBe(SEED);
    expect(s.error).toMatchObject({ code: 'NOT_A_SHEET', line: 1, source: 'broken.txt' });
    expect(s.error?.message.ja).toContain('レビューシートではありません');
    s.dismissError();
    expect(s.error).toBeNull();
  });

  it('turns a throwing analyze into an error instead of crashing', () => {
    const s = new AppState({
      ...fakeModel,
      analyze: () => {
        throw new Error('boom');
      },
    });
    expect(s.load('x')).toBe(false);
    expect(s.error?.message.en).toContain('boom');
    expect(s.output).toBeNull();
  });

  it('drills down, goes up and home, and ignores unknown blocks', () => {
    const s = new AppState(fakeModel);
    s.load(SEED);
    s.drill('Z');
    expect(s.drillPath).toEqual([]);
    s.drill('A');
    s.drill('D');
    s.drill('D');
    expect(s.drillPath).toEqual(['A', 'D']);
    flushSync();
    expect(s.graph?.nodes.some((n) => n.id === 'D:r:1')).toBe(true);
    expect(s.up()).toBe(true);
    expect(s.currentBlock).toBe('A');
    expect(s.selectedId).toBe('D');
    s.home();
    expect(s.drillPath).toEqual([]);
    expect(s.up()).toBe(false);
    expect(s.graph?.nodes.some((n) => n.id === 'ministry')).toBe(true);
  });

  it('drillGraph makes the drill-down graph of the sheet on display, and the view draws an equal one', () => {
    const s = new AppState(fakeModel);
    expect(s.drillGraph('D')).toEqual({ nodes: [], links: [], parents: {} });
    s.load(SEED);
    const d = s.drillGraph('D');
    expect(d.nodes.some((n) => n.id === 'D:r:1')).toBe(true);
    s.drill('D');
    flushSync();
    expect(s.graph).toEqual(d);
    expect(s.drillGraph('Q').nodes).toEqual([]);
    // A model that fails on a block gives an empty drill-down, not an exception.
    const failing = new AppState({ ...fakeModel, drillDown: () => { throw new Error('no'); } });
    failing.load(SEED);
    expect(failing.drillGraph('D')).toEqual({ nodes: [], links: [], parents: {} });
  });

  it('re-parents a block and the graph follows; a new load forgets overrides', async () => {
    const s = new AppState(fakeModel);
    s.load(SEED);
    expect(await s.setParent('D', 'ministry')).toBe(true);
    flushSync();
    expect(s.parents).toEqual({ D: 'ministry' });
    expect(s.graph?.links.find((l) => l.target === 'D')?.source).toBe('ministry');
    expect(s.output?.graph.parents.D).toEqual({ parent: 'ministry', inferred: false });
    s.load(SEED);
    expect(s.parents).toEqual({});
    expect(s.graph?.links.find((l) => l.target === 'D')?.source).toBe('A');
  });

  it('show() displays an output made elsewhere and refuses one that carries an error', () => {
    const s = new AppState({ drillDown: fakeModel.drillDown });
    const out = fakeModel.analyze(SEED);
    expect(s.show(SEED, 'seed.txt', out)).toBe(true);
    flushSync();
    expect([s.output, s.text, s.source]).toEqual([out, SEED, 'seed.txt']);
    expect(s.show(BROKEN, 'broken.txt', fakeModel.analyze(BROKEN))).toBe(false);
    expect(s.output).toBe(out);
    expect(s.error?.code).toBe('NOT_A_SHEET');
  });

  it('re-parents through analyzeAsync alone (the parser loads on demand) and load() says it cannot parse synchronously', async () => {
    const calls: Record<string, string>[] = [];
    const s = new AppState({
      drillDown: fakeModel.drillDown,
      analyzeAsync: async (text, parents = {}) => {
        calls.push(parents);
        await new Promise((r) => setTimeout(r, 5));
        return fakeModel.analyze(text, { parents });
      },
    });
    expect(await s.loadAsync(SEED, 'seed.txt')).toBe(true);
    const pending = s.setParent('D', 'ministry');
    // Nothing changes until the analysis is back.
    expect(s.parents).toEqual({});
    expect(await pending).toBe(true);
    expect(s.parents).toEqual({ D: 'ministry' });
    expect(s.output?.graph.parents.D).toEqual({ parent: 'ministry', inferred: false });
    await s.resetParents();
    expect(s.parents).toEqual({});
    expect(calls).toEqual([{}, { D: 'ministry' }, {}]);
    expect(s.load(SEED)).toBe(false);
    expect(s.error?.code).toBe('INTERNAL');
  });

  it('drops a re-parenting whose result arrives after another sheet was loaded', async () => {
    let release: () => void = () => {};
    const s = new AppState({
      drillDown: fakeModel.drillDown,
      analyzeAsync: async (text, parents = {}) => {
        if (Object.keys(parents).length) await new Promise<void>((r) => (release = r));
        return fakeModel.analyze(text, { parents });
      },
    });
    await s.loadAsync(SEED);
    const pending = s.setParent('D', 'ministry');
    await s.loadAsync(SEED, 'other.txt');
    const other = s.output;
    release();
    expect(await pending).toBe(false);
    expect(s.output).toBe(other);
    expect(s.parents).toEqual({});
  });

  it('holds mode, lens, language, hover and folds', () => {
    const s = new AppState(fakeModel);
    expect(s.lang).toBe('ja');
    expect(s.mode).toBe('flow');
    s.setMode('byRecipient');
    s.toggleLens();
    s.setLang('en');
    s.hover('B');
    s.select('C');
    s.expandFold('fold:2');
    s.expandFold('fold:2');
    expect([s.mode, s.lens, s.lang, s.hoveredId, s.selectedId]).toEqual(['byRecipient', true, 'en', 'B', 'C']);
    expect(s.expandedFolds).toEqual(['fold:2']);
  });
});
