/**
 * Keeps the URL hash and the app state in step (see hash.ts for the format):
 * state → hash with history.pushState for navigations (drill, mode, language, …) and
 * replaceState for selection changes, written after the frame that shows the change;
 * hashchange / popstate (back, forward, an edited hash) → state. A malformed or stale hash
 * gives the default view plus a notice.
 */
import { decodeHash, defaultView, encodeHash, SEL_PATTERN, type ViewHash } from './hash.ts';
// `#sheet=` links only: the fetching code loads with the first such link.
const sheetFetch = () => import('../read/fetchSheet.ts');
import { afterNextFrame } from '../util/frame.ts';
// The notices for links that cannot be followed: this module loads after the first paint anyway.
import { notice as noticeOf } from '../i18n/notices.ts';
import type { AppState } from './app.svelte.ts';
import { isMinistry } from '../contract/nodeIds.ts';
// The RS steps, as app.svelte.ts loads them; imported here on their own so this chunk needs none of
// the start-up chunk's modules and a link with a view can fetch it alongside the app (main.ts).
const rsLoad = () => import('./rsLoad.ts');

/** The view the state shows, as it goes into the hash. */
export function viewOf(app: AppState): ViewHash {
  const sel = app.selectedId && SEL_PATTERN.test(app.selectedId) ? app.selectedId : null;
  return {
    drill: app.present ? [] : [...app.drillPath],
    sel: app.present ? null : sel,
    mode: app.mode,
    lang: app.lang,
    lens: app.lens,
    parents: { ...app.parents },
    embed: app.embed,
    present: app.present,
    step: app.present ? app.step : 0,
    sheet: app.sheetUrl,
    // Left out when there is none, so views compare equal to decoded hashes (which have no key then).
    ...(app.project !== null ? { project: app.project } : {}),
    // year (#14): the year overview (`year=`, `ministry=`), or the 事業年度 of the RS project shown.
    ...(app.yearScope ?? (app.project !== null && app.projectYear !== null ? { year: app.projectYear } : {})),
    // year (#14, compare): the earlier 事業年度 the project is compared with.
    ...(app.project !== null && app.compareWith !== null ? { compare: app.compareWith } : {}),
  };
}

/** True when every id of `view` exists in the sheet on display. */
function fits(app: AppState, view: ViewHash): boolean {
  const sheet = app.output?.sheet;
  if (!sheet) return view.drill.length === 0 && view.sel === null;
  const blocks = new Set(sheet.blocks.map((b) => b.id));
  if (!view.drill.every((b) => blocks.has(b))) return false;
  if (!Object.entries(view.parents).every(([b, p]) => blocks.has(b) && (isMinistry(p) || blocks.has(p)))) return false;
  if (view.present && view.step > sheet.blocks.length) return false;
  return true;
}

/** Shows `view` (the sheet is already loaded); false, with the state unchanged where it matters, when it does not fit the sheet. */
export async function applyView(app: AppState, view: ViewHash): Promise<boolean> {
  if (!fits(app, view)) return false;
  if (!(await app.setParents(view.parents))) return false;
  app.lang = view.lang;
  app.lens = view.lens;
  app.compareWith = view.compare ?? null; // year (#14, compare): checked against the project's years by compare/CompareBar.svelte
  app.mode = view.mode;
  app.embed = view.embed;
  if (view.present) {
    app.present = true;
    app.goStep(view.step);
    return true;
  }
  app.present = false;
  app.step = 0;
  app.showPath(view.drill);
  if (view.sel !== null) {
    const known = app.graph?.nodes.some((n) => n.id === view.sel) || app.output?.graph.nodes.some((n) => n.id === view.sel);
    if (!known) return false;
  }
  app.selectedId = view.sel;
  return true;
}

/** The sheet parameter of a raw hash, before validation (to refuse other origins clearly). */
function rawSheetParam(hash: string): string | null {
  try {
    return new URLSearchParams(hash.replace(/^#/, '')).get('sheet');
  } catch {
    return null;
  }
}

/** What the hash sync needs besides the state. */
export interface HashSyncOptions {
  /** Shows the bundled seed again (when a link no longer names a sheet). */
  loadDefault(): unknown;
  /** The window to sync with (tests pass their own). */
  win?: Window;
  /**
   * The location carries no view and the state has changed since the page opened (urlStart.svelte.ts
   * loads this code then): write the state's view, do not apply the location's.
   */
  fromState?: boolean;
}

/** Starts syncing; resolves once the initial hash has been applied. Returns a stop function via `stop`. */
export function syncHash(app: AppState, { loadDefault, win = window, fromState = false }: HashSyncOptions): { ready: Promise<void>; stop: () => void } {
  const loc = win.location;
  const base = (): string => loc.href.replace(/#.*$/, '');
  let busy = false;
  /** The hash last written or applied, canonical. */
  let current = '';

  const commit = (hash: string, push: boolean): void => {
    if (loc.hash === hash || (hash === '' && loc.hash === '')) return;
    const url = hash || base();
    try {
      if (push) win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    } catch {
      // Some hosts (sandboxed frames) forbid history changes: the view still works, only the URL lags.
    }
  };
  /** A state change's history entry, written after the frame that shows the change (pushState costs milliseconds in the click). */
  let pending: { hash: string; push: boolean } | null = null;
  let scheduled: (() => void) | null = null;
  /** Forgets the change not yet written. */
  const drop = (): void => {
    pending = null;
    scheduled?.();
    scheduled = null;
  };
  const flush = (): void => {
    const p = pending;
    drop();
    if (p) commit(p.hash, p.push);
  };
  /** Writes `hash` now (a view just applied from the URL). */
  const write = (hash: string, push: boolean): void => {
    current = hash;
    drop();
    commit(hash, push);
  };
  /** Writes `hash` after the next frame; several changes before then make one entry, a push if any of them was one. */
  const writeLater = (hash: string, push: boolean): void => {
    current = hash;
    pending = { hash, push: push || (pending?.push ?? false) };
    scheduled ??= afterNextFrame(flush, win);
  };

  /** Counts navigations: a sheet still loading when the hash changes again is dropped (the latest wins). */
  let latest = 0;
  let loading: AbortController | null = null;

  const fromLocation = async (): Promise<void> => {
    const mine = ++latest;
    busy = true;
    try {
      const raw = loc.hash;
      const sheetParam = rawSheetParam(raw);
      let notice = null;
      let { view, invalid } = decodeHash(raw);
      if (sheetParam !== null && !(await sheetFetch()).sameOriginUrl(sheetParam, base(), loc.origin)) {
        notice = loc.protocol === 'file:' ? noticeOf('fileUrl') : noticeOf('refusedOrigin', sheetParam);
        view = defaultView;
        invalid = false;
      } else if (invalid) notice = noticeOf('malformed');
      if (view.sheet !== app.sheetUrl) {
        if (view.sheet === null) await loadDefault();
        else {
          loading?.abort();
          const abort = (loading = new AbortController());
          const r = await (await sheetFetch()).fetchSheet(view.sheet, base(), loc.origin, { signal: abort.signal });
          if (mine !== latest) return;
          // A sheet that cannot be used leaves the one on display (and its link) as it was.
          if (!r.ok) {
            notice = r.reason === 'origin' ? noticeOf('refusedOrigin', view.sheet) : r.reason === 'fetch' ? noticeOf('fetchFailed', view.sheet, r.status) : r.message;
            view = { ...defaultView, sheet: app.sheetUrl };
          } else if (/^\uFEFF?\s*\[/.test(r.text)) {
            // year (#14): a JSON array is a published year's index.json (the --list array): its overview, its projects fetched one by one.
            ({ view, notice } = await (await rsLoad()).openPublished(app, r.text, view, notice));
          } else if (await app.loadAsync(r.text, view.sheet.split('/').at(-1) ?? view.sheet)) {
            app.sheetUrl = view.sheet;
          } else {
            if (mine !== latest) return;
            view = { ...defaultView, sheet: app.sheetUrl };
          }
        }
      }
      if (mine !== latest) return;
      // An RSシステム project or year overview (#14): opened from the files loaded (they are not in the URL).
      if ((view.project ?? null) !== app.project || view.year || app.yearScope) ({ view, notice } = await (await rsLoad()).placeFromLink(app, view, notice, loadDefault));
      if (!(await applyView(app, view))) {
        notice = notice ?? noticeOf('stale');
        await applyView(app, { ...defaultView, lang: view.lang, embed: view.embed, sheet: app.sheetUrl, ...(app.project !== null ? { project: app.project } : {}) });
      }
      if (notice) app.notify(notice);
      write(encodeHash(viewOf(app)), false);
    } finally {
      if (mine === latest) busy = false;
    }
  };

  const onNavigate = (): void => {
    // The user's navigation (back, an edited hash) wins over a state change not yet written.
    drop();
    if (loc.hash === current) return;
    void fromLocation();
  };
  win.addEventListener('hashchange', onNavigate);
  win.addEventListener('popstate', onNavigate);

  const ready = fromState ? Promise.resolve() : fromLocation();
  const stopEffect = $effect.root(() => {
    $effect(() => {
      const view = viewOf(app);
      const hash = encodeHash(view);
      if (busy || hash === current) return;
      const before = decodeHash(current).view;
      // Selection alone replaces the entry; everything else is a step back/forward can return to.
      // In an embed the host page's back button stays the host's: always replace.
      const push = !view.embed && JSON.stringify({ ...before, sel: null }) !== JSON.stringify({ ...view, sel: null });
      writeLater(hash, push);
    });
  });
  return {
    ready,
    stop: () => {
      flush();
      stopEffect();
      win.removeEventListener('hashchange', onNavigate);
      win.removeEventListener('popstate', onNavigate);
    },
  };
}

/** The link to the full app showing the state's view (an embed's "open full view" link). */
export function fullViewHref(app: AppState): string {
  return location.href.replace(/#.*$/, '') + encodeHash({ ...viewOf(app), embed: false });
}
