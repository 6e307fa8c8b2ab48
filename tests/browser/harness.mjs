// Shared set-up of the real-browser suite: static server + Chromium via playwright-core,
// console and page errors collected so every test can demand a clean console.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Start server and browser once per test file. */
export async function start() {
  await mkdir(SCREENSHOTS, { recursive: true });
  const server = await serve();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  return {
    server,
    browser,
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Open the app in a fresh page. Returns the page and the list of console errors,
 * warnings and page errors seen so far (tests assert it is empty).
 */
export async function open(env, { width = 1280, height = 720, colorScheme = 'light', reducedMotion = 'reduce' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion, locale: 'ja-JP' });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(env.server.url);
  await live(page);
  return { page, context, problems };
}

/**
 * Waits until the app is live: the diagram is there and the script has taken it over
 * (the build prerenders the first view into the HTML; src/start.ts hydrates it after it is painted).
 */
export async function live(page) {
  await page.getByRole('group', { name: /資金の流れ/ }).first().waitFor();
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
}

/**
 * `location.hash` or `<html lang>` once the app has settled a change: it writes the URL's history entry, and sets the page language, a frame after the diagram.
 * The URL sync's code loads with the first change of view on a page opened without one (src/state/urlStart.svelte.ts):
 * the hash waits for it (`<html data-hash-sync>`), for 2 s at most (a page where nothing changed has no sync to wait for).
 */
function settled(page, what) {
  return page.evaluate(
    (w) =>
      new Promise((r) => {
        const t0 = performance.now();
        const done = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(w === 'hash' ? location.hash : document.documentElement.lang), 0)));
        const wait = () => (w !== 'hash' || document.documentElement.hasAttribute('data-hash-sync') || performance.now() - t0 > 2000 ? done() : setTimeout(wait, 20));
        wait();
      }),
    what,
  );
}
export const settledHash = (page) => settled(page, 'hash');
export const settledLang = (page) => settled(page, 'lang');

/** Save what the user sees (the viewport) under tests/browser/screenshots/; `fullPage` for the whole page. */
export async function shot(page, name, { fullPage = false } = {}) {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage });
}
