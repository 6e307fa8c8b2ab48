// Static builds: dist/ served from a deep sub-path of a plain static host, and the single
// self-contained HTML file opened from disk (file://). Run `npm run build && npm run build:single`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { settledHash, settledLang, start, shot } from './harness.mjs';
import { DIST, DIST_SINGLE, openGuarded, serveSite } from './site.mjs';

let env;
let site;
before(async () => {
  env = await start();
  site = await serveSite({ mounts: { '/agency/reviews/2022/fund-flow/': DIST } });
});
after(async () => {
  await site?.close();
  await env?.stop();
});

describe('static builds', () => {
  it('dist/ works unchanged from a deep sub-path (relative assets, worker, seed)', async () => {
    const url = `${site.url}agency/reviews/2022/fund-flow/`;
    const { page, context, problems, outside, violations } = await openGuarded(env.browser, url);
    await page.getByRole('button', { name: /^D サイバーディフェンス研究所/ }).locator('rect.hit').click();
    await page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
    assert.match(await settledHash(page), /^#drill=D/);
    assert.match(page.url(), /\/agency\/reviews\/2022\/fund-flow\/#drill=D/);
    await page.reload();
    await page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
    const asked = site.requests.filter((r) => !r.startsWith('/agency/reviews/2022/fund-flow/'));
    assert.deepEqual(asked, [], 'every request stays under the sub-path');
    assert.deepEqual({ problems, outside, violations }, { problems: [], outside: [], violations: [] });
    await context.close();
  });

  it('the single file is one self-contained HTML that opens from file://', async () => {
    const html = await readFile(join(DIST_SINGLE, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /<script[^>]+src=/, 'no external script');
    assert.doesNotMatch(html, /<link[^>]+rel="stylesheet"/, 'no external stylesheet');
    assert.match(html, /id="seed-sheet"/, 'the seed is inside');
    assert.match(html, /http-equiv="Content-Security-Policy"/);
    const file = pathToFileURL(join(DIST_SINGLE, 'index.html')).href;
    const { page, context, problems, outside, violations } = await openGuarded(env.browser, `${file}#drill=D&lang=en`, { origin: 'file://' });
    await page.getByRole('button', { name: /^Cyber Defense Institute|^株式会社サイバーディフェンス研究所|42\.9/ }).first().waitFor();
    assert.equal(await settledLang(page), 'en');
    const crumbs = await page.getByRole('navigation').first().innerText();
    assert.match(crumbs, /D/);
    // Navigation inside the file works and walks history.
    await page.getByRole('navigation', { name: 'Drill-down position' }).getByRole('button').first().click();
    await page.getByRole('button', { name: /^B /, exact: false }).first().waitFor();
    assert.equal(await settledHash(page), '#sel=D&lang=en');
    await page.goBack();
    await page.getByRole('button', { name: /42\.9/ }).first().waitFor();
    assert.match(new URL(page.url()).hash, /drill=D/);
    await shot(page, '20-single-file');
    assert.deepEqual({ problems, outside, violations }, { problems: [], outside: [], violations: [] });
    await context.close();
  });
});
