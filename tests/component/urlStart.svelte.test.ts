// The URL sync on a page opened with no view in its link (src/state/urlStart.svelte.ts): its code
// loads with the first change of view or navigation, and the link then behaves as it always did.
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/read/index.ts';
import { drillDown } from '../../src/model/index.ts';
import { AppState } from '../../src/state/app.svelte.ts';
import { fullViewHref, startHashSync, viewFields } from '../../src/state/urlStart.svelte.ts';
import { viewOf } from '../../src/state/url.svelte.ts';

const seed = readFileSync(resolve(process.cwd(), 'seeds/000_07fcc2ea9ae77a26.txt'), 'utf8');

describe('startHashSync', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
    history.replaceState(null, '', location.pathname);
  });

  async function start(hash: string): Promise<AppState> {
    history.replaceState(null, '', location.pathname + hash);
    const app = new AppState({ analyze, drillDown });
    app.load(seed, 'seed.txt');
    const sync = startHashSync(app, { loadDefault: () => app.load(seed, 'seed.txt') });
    stop = sync.stop;
    await sync.ready;
    flushSync();
    return app;
  }

  it('opened with no view: the first drill is a history entry, a later selection replaces it', async () => {
    const app = await start('');
    expect(location.hash).toBe('');
    const length = history.length;
    app.drill('D');
    flushSync();
    await vi.waitFor(() => expect(location.hash).toBe('#drill=D&sel=D'));
    expect(history.length).toBe(length + 1);
    app.select('D:r:2');
    flushSync();
    await vi.waitFor(() => expect(location.hash).toBe('#drill=D&sel=D%3Ar%3A2'));
    expect(history.length).toBe(length + 1);
    // Back (the entry before the drill, no hash): the overview again.
    history.replaceState(null, '', location.pathname);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.waitFor(() => expect(app.currentBlock).toBeNull());
  });

  it('opened with no view: a year overview shown first (RS files dropped) writes year= (#14)', async () => {
    const app = await start('');
    app.yearScope = { year: 2024, ministry: '総務省' };
    flushSync();
    await vi.waitFor(() => expect(location.hash).toBe('#year=2024&ministry=%E7%B7%8F%E5%8B%99%E7%9C%81'));
  });

  it('opened with no view: a hash edited before any click is followed', async () => {
    const app = await start('');
    history.replaceState(null, '', location.pathname + '#drill=E&lang=en');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.waitFor(() => expect([app.currentBlock, app.lang]).toEqual(['E', 'en']));
  });

  it('a link with a view shows it, and an embed links to the same view in the full app', async () => {
    const app = await start('#drill=D&embed=1');
    expect([app.currentBlock, app.embed]).toEqual(['D', true]);
    expect(fullViewHref(app)).toBe(`${location.origin}${location.pathname}#drill=D`);
  });
});

describe('viewFields', () => {
  it('reads every field of the state that the hash carries (viewOf reads), so any change of view starts the sync', () => {
    const app = new AppState({ analyze, drillDown });
    app.load(seed, 'seed.txt');
    const readBy = (fn: (a: AppState) => unknown): Set<string | symbol> => {
      const seen = new Set<string | symbol>();
      // Every branch of viewOf taken: a project, its year and a comparison, a selection, presentation off.
      app.project = '900059';
      app.projectYear = 2025;
      app.compareWith = 2024;
      fn(new Proxy(app, { get: (t, k) => (seen.add(k), Reflect.get(t, k)) }));
      return seen;
    };
    const hash = readBy(viewOf);
    const watched = readBy(viewFields);
    expect([...hash].filter((k) => !watched.has(k))).toEqual([]);
  });
});
