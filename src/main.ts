/**
 * Entry point, kept tiny: the build prerenders the seed's first view into index.html, so
 * when that is the view asked for, the browser paints it from the HTML first, and the app
 * (src/start.ts and its chunks) is fetched, compiled and run only once that paint is on
 * screen: nothing competes with it (preloading the chunks during the parse delayed the first
 * paint by some 50 ms). A click in between is held and replayed then. A link to another view
 * starts the app at once. The stylesheet is one file linked from the HTML (cssCodeSplit off),
 * so the prerender is styled.
 */
import { holdEarlyClicks, prerenderedView } from './boot.ts';
import { afterFirstPaint } from './util/frame.ts';
import './view/theme.css';

const start = (): void => void import('./start.ts');
// A link in English: its strings are fetched alongside the app, which waits for them (start.ts).
if (new URLSearchParams(location.hash.slice(1)).get('lang') === 'en') void import('./i18n/english.ts');
// A link with a view: the URL sync code (which the app waits for, src/state/urlStart.svelte.ts) likewise.
if (location.hash !== '') void import('./state/url.svelte.ts');
const target = document.getElementById('app');
if (target && prerenderedView(target) && document.visibilityState !== 'hidden') {
  // A click before the app is live is kept and given to it then (start.ts).
  holdEarlyClicks(target);
  // Compiling and hydrating the app would compete with rasterising that first frame.
  afterFirstPaint(start);
} else start();
