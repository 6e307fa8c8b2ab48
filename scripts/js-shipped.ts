/**
 * Quick check of one `npm run bench` row alone: the JS that opening the built page (dist/)
 * downloads without a click, until it is idle, gzip-summed the same way as scripts/bench.ts.
 * Usage: `npm run build && npx tsx scripts/js-shipped.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
// @ts-expect-error: plain ESM helper of the browser suite, without type declarations
import { serve } from '../tests/browser/server.mjs';

const dist = join(process.cwd(), 'dist');
const server = await serve(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })).newPage();
  await page.goto(server.url);
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
  await page.waitForTimeout(1500);
  const files = [...new Set((await page.evaluate(
    "performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'))",
  )) as string[])];
  let total = 0;
  for (const f of files) {
    const n = gzipSync(readFileSync(join(dist, f))).length;
    total += n;
    console.log(`${(n / 1024).toFixed(1).padStart(6)} KB  ${f}`);
  }
  console.log(`${(total / 1024).toFixed(1).padStart(6)} KB  total (${files.length} files)`);
} finally {
  await browser.close();
  await server.close();
}
