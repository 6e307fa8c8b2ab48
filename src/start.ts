/**
 * The app's start (imported by main.ts): create the state with the real model, show the
 * bundled seed sheet (no click needed), restore the view from the URL hash and mount the app.
 * The seed travels in index.html as `<script type="application/json" id="seed-sheet">`
 * (scripts/seed-plugin.ts) with its parse output computed at build time, so it is data,
 * not code, and the parser loads only when another sheet (or re-parenting) needs it.
 */
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { drillBlocks } from './model/drillBlocks.ts';
import type { ParseOutput } from './contract/schema.ts';
import { AppState } from './state/app.svelte.ts';
import type { Analyzer } from './state/analyzer.ts';
import { startHashSync } from './state/urlStart.svelte.ts';
import { readSeed } from './state/seed.ts';
import { prerenderedView, replayEarlyClick } from './boot.ts';
import { keptSheetFlag } from './state/keptFlag.ts';
import { loadEnglish, provideEnglish } from './i18n/english.svelte.ts';

// The English strings are a chunk of their own, loaded on the way to the first switch (view/Toolbar.svelte).
provideEnglish(() => import('./i18n/english.ts').then((m) => m.englishDicts));

const seed = readSeed(document.getElementById('seed-sheet')?.textContent);
// The analyzer (and its worker) loads with the first sheet to parse: the seed's model is built in.
let analyzer: Promise<Analyzer> | undefined;
const analyze = async (text: string, parents?: Record<string, string>): Promise<ParseOutput> =>
  (await (analyzer ??= import('./state/analyzer.ts').then((m) => m.createAnalyzer()))).analyze(text, parents);
// RSシステム files: the client (its worker, fflate, PapaParse) loads when the first RS file arrives (state/rsLoad.ts).
const app = new AppState({ drillDown: drillBlocks, analyzeAsync: analyze, rsClient: () => import('./state/rsClient.ts') });
const loadDefault = (): unknown => {
  if (!seed) return;
  // The build's output when it is there and of this schema; otherwise parse the text here.
  if (!(seed.output && app.show(seed.text, seed.name, seed.output as ParseOutput))) return app.loadAsync(seed.text, seed.name);
};
const target = document.getElementById('app');
// A sheet of the user's kept for this page (src/state/keep.ts) is shown instead of the seed,
// before the URL's view is applied to it (a reload keeps the loaded sheet and its view).
// Not in an embed (a host page's frame shows what its link names) nor when the link names a sheet.
const linked = new URLSearchParams(location.hash.slice(1));
// A link in English waits for the English strings before anything is drawn (no Japanese flash).
const english = linked.get('lang') === 'en' ? loadEnglish() : null;
if (keptSheetFlag() && linked.get('embed') !== '1' && !linked.has('sheet')) {
  if (target) target.textContent = '';
  void import('./state/userFile.ts')
    .then((m) => m.restoreKept(app))
    .then((ok) => ok || loadDefault(), () => loadDefault())
    .then(() => english)
    .then(begin);
} else {
  void loadDefault();
  if (english) void english.then(begin);
  else begin();
}

function begin(): void {
  const sync = startHashSync(app, { loadDefault });
  if (!target) return;
  // A link with a view: mounted once the sync has begun applying it (its code is in), as it always was.
  if (sync.begun) void sync.begun.then(() => start(target, sync));
  else start(target, sync);
}

/**
 * The build prerenders the seed's overview into #app (scripts/prerender-plugin.ts). With no
 * view in the URL that is exactly the first view, already painted (main.ts waited for that
 * frame): hydrate it. Otherwise (a link to another view) drop it and render the app.
 */
function start(target: HTMLElement, sync: { ready: Promise<void> }): void {
  if (prerenderedView(target) && seed?.output) hydrate(App, { target, props: { app } });
  else {
    target.textContent = '';
    mount(App, { target, props: { app } });
  }
  // For tests and `npm run bench`: the diagram now answers to the user.
  target.setAttribute('data-live', '');
  performance.mark('app-live');
  // A click made on the prerendered view before now (main.ts held it): given to the app once the
  // URL's view is applied (which would otherwise undo it) and the app's effects have run.
  void sync.ready.then(() => setTimeout(() => replayEarlyClick(target), 0));
}
