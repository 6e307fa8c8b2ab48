/**
 * Browser half of `npm run bench`: the built app served on 127.0.0.1, driven by
 * playwright-core in Debian's Chromium. Times are taken inside the page with
 * performance.now() and requestAnimationFrame, i.e. until the next frame is painted.
 * Each interaction starts from a quiet page (bench-page.js quiet()), as a user's next click
 * does; one figure is taken at once after a sheet is drawn, with nothing prepared.
 */
import { copyFileSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
// @ts-expect-error: plain ESM helper of the browser suite, without type declarations
import { serve } from '../tests/browser/server.mjs';

/** Medians measured in the browser, in milliseconds. */
export interface BrowserFigures {
  firstDiagram: number;
  blank: number;
  /** Navigation to the app being interactive (hydrated): the 'app-live' mark of src/start.ts. */
  live: number;
  hover: number;
  drill: number;
  bigTop: number;
  /** Top level drawn again in the other language: every label, name and layout new. */
  bigTopFresh: number;
  bigDrill: number;
  /** A drill-down right after the sheet is drawn, into the block the app would lay out last: nothing prepared. */
  bigDrillCold: number;
  bigHover: number;
  /** Longest main-thread stall while the 10 MB sheet is read and parsed (in the worker). */
  inputDelay: number;
  /** Longest main-thread stall from choosing the 10 MB sheet until its diagram is drawn (result taken in, first render). */
  bigRenderStall: number;
  /** First paint of the same prerendered page with every script removed: what painting the page costs at all. */
  noScript: number;
  /** Paths (under dist/) of the JS files the seed page loads without a click, once it has settled. */
  loadedJs: string[];
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = 7;
const step = (what: string): void => void process.stderr.write(`bench: ${what}\n`);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const PAGE_HELPERS = fileURLToPath(new URL('./bench-page.js', import.meta.url));

/** ms from a click on the node `id` to the frame after a node matching `selector` shows. */
function clickToFrame(page: Page, id: string, selector: string): Promise<number> {
  return page.evaluate(`window.__bench.timeToFrame(() => document.querySelector('svg.sankey g.node[data-id="${id}"]').dispatchEvent(new MouseEvent('click', { bubbles: true })), '${selector}')`) as Promise<number>;
}

/** index.html without its scripts (module, JSON seed): the prerendered view alone. */
export function withoutScripts(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '');
}

/** index.html without scripts (module, JSON seed) and with an empty #app. */
export function emptyShell(html: string): string {
  const noScripts = withoutScripts(html);
  const start = noScripts.indexOf('<div id="app">');
  const end = noScripts.lastIndexOf('</body>');
  if (start < 0 || end < start) return noScripts;
  return `${noScripts.slice(0, start)}<div id="app"></div>\n  ${noScripts.slice(end)}`;
}

/** Polls `expr` in the page (no waitForFunction: its string predicates need eval, which the CSP forbids). */
async function waitUntil(page: Page, expr: string, timeout = 30000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expr))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const hoverTime = (page: Page): Promise<number> => page.evaluate('window.__bench.hover()') as Promise<number>;

async function loadSheet(page: Page, file: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(file);
}

/** Runs every browser measurement against `dist` and the generated 26×100 sheet. */
export async function browserBench(dist: string, bigSheet: string): Promise<BrowserFigures> {
  // The floor: the same HTML shell with its stylesheet, but no script and an empty #app
  // (the build prerenders the first view into it; the floor shows nothing of the app).
  const shell = emptyShell(readFileSync(join(dist, 'index.html'), 'utf8'));
  writeFileSync(join(dist, 'blank.html'), shell);
  writeFileSync(join(dist, 'no-script.html'), withoutScripts(readFileSync(join(dist, 'index.html'), 'utf8')));
  copyFileSync(bigSheet, join(dist, 'bench-26x100.txt'));
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript({ path: PAGE_HELPERS });
    step('first diagram vs blank page');
    const first: number[] = [];
    const blank: number[] = [];
    const live: number[] = [];
    const noScript: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${server.url}blank.html`);
      await page.waitForLoadState('load');
      blank.push((await page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd || performance.now()")) as number);
      await page.goto(`${server.url}no-script.html`);
      await waitUntil(page, 'window.__first !== undefined');
      noScript.push((await page.evaluate('window.__first')) as number);
      await page.goto(server.url);
      await waitUntil(page, 'window.__first !== undefined');
      first.push((await page.evaluate('window.__first')) as number);
      await page.locator('#app[data-live]').waitFor({ state: 'attached' });
      live.push((await page.evaluate("performance.getEntriesByName('app-live')[0]?.startTime ?? NaN")) as number);
    }
    // Everything the page fetched without a click: the entry, the app, the side panels after the first frame.
    await page.waitForTimeout(1500);
    const loadedJs = (await page.evaluate(
      "performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'))",
    )) as string[];
    step('hover and drill-down on the seed');
    const hover: number[] = [];
    const drill: number[] = [];
    // Each interaction starts from a quiet page, as a user's next click does (see quiet()).
    const quiet = (): Promise<unknown> => page.evaluate('window.__bench.quiet()');
    for (let i = 0; i < RUNS; i++) {
      await quiet();
      hover.push(await hoverTime(page));
      await quiet();
      drill.push(await clickToFrame(page, 'D', 'svg.sankey g.node[data-id="D:r:1"]'));
      await page.keyboard.press('Escape');
      await page.locator('svg.sankey g.node[data-id="D"]').waitFor();
    }
    // 26 blocks × 100 recipients.
    step('26 blocks × 100 recipients');
    const bigTop: number[] = [];
    const bigTopFresh: number[] = [];
    const bigDrill: number[] = [];
    const bigDrillCold: number[] = [];
    const bigHover: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      await page.goto(server.url);
      await page.locator('#app[data-live]').waitFor({ state: 'attached' });
      const t = page.evaluate(`window.__bench.appear('svg.sankey g.node[data-id="Z"]')`) as Promise<number>;
      await loadSheet(page, join(dist, 'bench-26x100.txt'));
      await t;
      // At once, before any idle time: a drill-down nothing was prepared for.
      const cold = (await page.evaluate('window.__bench.smallestBlock()')) as string;
      bigDrillCold.push(await clickToFrame(page, cold, `svg.sankey g.node[data-id^="${cold}:r:"]`));
      await page.evaluate(`window.__bench.escapeToFrame('svg.sankey g.node[data-id="Z"]')`);
      await quiet();
      bigHover.push(await hoverTime(page));
      await quiet();
      bigDrill.push(await clickToFrame(page, 'B', 'svg.sankey g.node[data-id^="B:r:"]'));
      await quiet();
      // The top level rendered again from the parsed sheet (Esc from the drill-down): render only, no parsing.
      bigTop.push((await page.evaluate(`window.__bench.escapeToFrame('svg.sankey g.node[data-id="Z"]')`)) as number);
      await quiet();
      // The top level drawn from scratch (nothing of it can be reused): switch the language.
      const lang = (to: string) =>
        page.evaluate(
          `window.__bench.timeUntil(() => document.querySelector('button.lang').click(), () => (document.querySelector('svg.sankey g.node[data-id="Z"]')?.getAttribute('aria-label') ?? '').includes('${to}'))`,
        ) as Promise<number>;
      // As a user's click does, the pointer comes over the button first: that is when the English
      // strings load (src/i18n/english.svelte.ts); the timing is the click's, from a quiet page.
      await page.hover('button.lang');
      await quiet();
      bigTopFresh.push(await lang('million yen'));
      await quiet();
      await lang('百万円');
    }
    step('10 MB sheet in the worker');
    // A 10 MB sheet parsed in the worker: the longest main-thread stall while it runs.
    const big = readFileSync(bigSheet, 'utf8');
    writeFileSync(join(dist, 'bench-10mb.txt'), big.repeat(Math.ceil(10e6 / Buffer.byteLength(big))).slice(0, 10e6));
    await page.goto(server.url);
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    await page.evaluate('window.__bench.startGaps()');
    await loadSheet(page, join(dist, 'bench-10mb.txt'));
    await page.waitForTimeout(200);
    await waitUntil(page, `!document.querySelector('[aria-busy="true"]')`, 60000);
    // Until its diagram is drawn and the page has settled.
    await page.waitForTimeout(1000);
    const stalls = (await page.evaluate('window.__bench.stopGaps()')) as { parsing: number; all: number };
    const inputDelay = stalls.parsing;
    return {
      firstDiagram: median(first), blank: median(blank), live: median(live), hover: median(hover), drill: median(drill),
      bigTop: median(bigTop), bigTopFresh: median(bigTopFresh), bigDrill: median(bigDrill), bigDrillCold: median(bigDrillCold), bigHover: median(bigHover), inputDelay, bigRenderStall: stalls.all,
      noScript: median(noScript), loadedJs: [...new Set(loadedJs)],
    };
  } finally {
    await browser.close();
    await server.close();
    for (const f of ['blank.html', 'no-script.html', 'bench-26x100.txt', 'bench-10mb.txt']) rmSync(join(dist, f), { force: true });
  }
}
