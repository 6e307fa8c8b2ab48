/**
 * Starts the URL sync (url.svelte.ts, hash.ts) without shipping that code on a page opened
 * with no view in its link, the usual first visit: the state then shows the default view, and
 * the sync code loads with the first change of view (a drill, a selection, a language, …) or
 * the first navigation (an edited hash, back/forward). A link that carries a view loads it at once.
 */
import { untrack } from 'svelte';
import type { AppState } from './app.svelte.ts';
import type { HashSyncOptions } from './url.svelte.ts';

type UrlModule = typeof import('./url.svelte.ts');
/** The sync code once loaded (reactive, for {@link fullViewHref}). */
let url = $state.raw<UrlModule | null>(null);
const loadUrl = (): Promise<UrlModule> => import('./url.svelte.ts').then((m) => (url = m));

/**
 * What the state shows that the hash carries (the fields url.svelte.ts `viewOf` reads): a change
 * of any of them is what makes the sync code load. A superset is harmless (it only loads sooner).
 */
export function viewFields(app: AppState): string {
  return JSON.stringify([app.drillPath, app.selectedId, app.mode, app.lang, app.lens, app.parents, app.embed, app.present, app.step, app.sheetUrl, app.project, app.projectYear, app.yearScope, app.compareWith]);
}

/** What {@link startHashSync} returns. */
export interface HashSync {
  /** Resolves once the link's view is applied. */
  ready: Promise<void>;
  /** For a link with a view: resolves once the sync has begun applying it (its code is in); null otherwise. */
  begun: Promise<void> | null;
  stop(): void;
}

/** Starts syncing state and hash (see url.svelte.ts `syncHash`). */
export function startHashSync(app: AppState, options: HashSyncOptions): HashSync {
  const win = options.win ?? window;
  let stopped = false;
  let stopSync: (() => void) | null = null;
  /** Stops waiting for a first change (set while waiting). */
  let unwatch = (): void => {};
  /** Loads the sync code and starts it; resolves with its `ready` once started. */
  const sync = (fromState: boolean): Promise<{ ready: Promise<void> }> =>
    loadUrl().then((m) => {
      if (stopped) return { ready: Promise.resolve() };
      const started = m.syncHash(app, { ...options, fromState });
      stopSync = started.stop;
      // Said on the page (`<html data-hash-sync>`): the URL now follows the view (browser tests wait for it).
      win.document?.documentElement?.setAttribute('data-hash-sync', '');
      return { ready: started.ready };
    });
  const stop = (): void => {
    stopped = true;
    unwatch();
    stopSync?.();
  };
  if (win.location.hash !== '') {
    const begun = sync(false);
    return { ready: begun.then((s) => s.ready), begun: begun.then(() => undefined), stop };
  }

  const go = (fromState: boolean): void => {
    unwatch();
    // A navigation: the sync applies the location as at a start; a change of view: it writes the state.
    void sync(fromState);
  };
  const onNavigate = (): void => go(false);
  win.addEventListener('hashchange', onNavigate);
  win.addEventListener('popstate', onNavigate);
  const stopEffect = $effect.root(() => {
    const first = viewFields(app);
    $effect(() => {
      if (viewFields(app) !== first) untrack(() => go(true));
    });
  });
  unwatch = () => {
    unwatch = () => {};
    win.removeEventListener('hashchange', onNavigate);
    win.removeEventListener('popstate', onNavigate);
    stopEffect();
  };
  return { ready: Promise.resolve(), begun: null, stop };
}

/** The link to the full app showing the current view (an embed's "open full view"); null until the sync code is in. */
export function fullViewHref(app: AppState): string | null {
  return url ? url.fullViewHref(app) : null;
}
