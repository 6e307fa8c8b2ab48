/**
 * Browser half of `npm run bench`: the built app served on 127.0.0.1, driven by
 * playwright-core in Debian's Chromium. Times are taken inside the page with
 * performance.now() and requestAnimationFrame, i.e. until the next frame is painted.
 */
import { copyFileSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
// @ts-expect-error: plain ESM helper of the browser suite, without type declarations
import { serve } from '../tests/browser/server.mjs';

/** Medians measured in the browser, in milliseconds. */
export interface BrowserFigures {
  firstDiagram: number;
  blank: number;
  hover: number;
  drill: number;
  bigTop: number;
  bigDrill: number;
  bigHover: number;
  inputDelay: number;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = 7;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Time from a DOM action to the next painted frame after the diagram changed. */
async function timeToFrame(page: Page, action: string, selector: string): Promise<number> {
  return page.evaluate(async ({ action, selector }) => {
    const before = document.querySelector(selector);
    const t0 = performance.now();
    // eslint-disable-next-line no-new-func
    new Function(action)();
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const now = document.querySelector(selector);
        if (now && now !== before) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - t0;
  }, { action, selector });
}

async function hoverTime(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const nodes = [...document.querySelectorAll<SVGGElement>('svg.sankey g.node')];
    const n = nodes[Math.floor(nodes.length / 2)] as SVGGElement;
    const t0 = performance.now();
    n.dispatchEvent(new MouseEvent('mouseenter', { bubbles: false }));
    await new Promise<void>((resolve) => {
      const check = (): void => (document.querySelector('svg.sankey .on') ? resolve() : void requestAnimationFrame(check));
      check();
    });
    const t = performance.now() - t0;
    n.dispatchEvent(new MouseEvent('mouseleave', { bubbles: false }));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return t;
  });
}

async function loadSheet(page: Page, file: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(file);
}

/** Runs every browser measurement against `dist` and the generated 26×100 sheet. */
export async function browserBench(dist: string, bigSheet: string): Promise<BrowserFigures> {
  // The floor: the same HTML shell with its stylesheet but no script.
  const shell = readFileSync(join(dist, 'index.html'), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  writeFileSync(join(dist, 'blank.html'), shell);
  copyFileSync(bigSheet, join(dist, 'bench-26x100.txt'));
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __first?: number };
      const seen = (): void => {
        if (w.__first === undefined && document.querySelector('svg.sankey g.node')) {
          requestAnimationFrame(() => (w.__first = performance.now()));
        } else if (w.__first === undefined) requestAnimationFrame(seen);
      };
      requestAnimationFrame(seen);
    });
    const first: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${server.url}blank.html`);
      blank.push(await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return nav.loadEventEnd || performance.now();
      }));
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { __first?: number }).__first !== undefined);
      first.push(await page.evaluate(() => (window as unknown as { __first: number }).__first));
    }
    const hover: number[] = [];
    const drill: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      hover.push(await hoverTime(page));
      drill.push(await timeToFrame(page, "document.querySelector('svg.sankey g.node[data-id=\"D\"]').dispatchEvent(new MouseEvent('click', {bubbles: true}))", 'svg.sankey g.node[data-id="D:r:1"]'));
      await page.keyboard.press('Escape');
      await page.locator('svg.sankey g.node[data-id="D"]').waitFor();
    }
    // 26 blocks × 100 recipients.
    const bigTop: number[] = [];
    const bigDrill: number[] = [];
    const bigHover: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      await page.goto(server.url);
      await page.locator('svg.sankey g.node').first().waitFor();
      const t = page.evaluate(() => new Promise<number>((resolve) => {
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (document.querySelector('svg.sankey g.node[data-id="Z"]')) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }
        });
        obs.observe(document.body, { subtree: true, childList: true });
      }));
      await loadSheet(page, join(dist, 'bench-26x100.txt'));
      bigTop.push(await t);
      bigHover.push(await hoverTime(page));
      bigDrill.push(await timeToFrame(page, "document.querySelector('svg.sankey g.node[data-id=\"B\"]').dispatchEvent(new MouseEvent('click', {bubbles: true}))", 'svg.sankey g.node[data-id^="B:r:"]'));
    }
    // A 10 MB sheet parsed in the worker: the longest main-thread stall while it runs.
    const big = readFileSync(bigSheet, 'utf8');
    writeFileSync(join(dist, 'bench-10mb.txt'), big.repeat(Math.ceil(10e6 / Buffer.byteLength(big))).slice(0, 10e6));
    await page.goto(server.url);
    await page.locator('svg.sankey g.node').first().waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __stop: boolean };
      w.__gaps = [];
      w.__stop = false;
      let last = performance.now();
      const tick = (): void => {
        const now = performance.now();
        w.__gaps.push(now - last);
        last = now;
        if (!w.__stop) setTimeout(tick, 0);
      };
      tick();
    });
    await loadSheet(page, join(dist, 'bench-10mb.txt'));
    await page.waitForTimeout(200);
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 60000 });
    const inputDelay = await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __stop: boolean };
      w.__stop = true;
      return Math.max(...w.__gaps);
    });
    return {
      firstDiagram: median(first), blank: median(blank), hover: median(hover), drill: median(drill),
      bigTop: median(bigTop), bigDrill: median(bigDrill), bigHover: median(bigHover), inputDelay,
    };
  } finally {
    await browser.close();
    await server.close();
    for (const f of ['blank.html', 'bench-26x100.txt', 'bench-10mb.txt']) rmSync(join(dist, f), { force: true });
  }
}
