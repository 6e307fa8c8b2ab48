// Deep links: the view lives in the URL hash. A drilled view survives reload and
// back/forward walks through it; a malformed, stale or foreign link gives the default view
// with a notice and never a crash; sheet= loads a same-origin sheet by relative URL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { settledHash, settledLang, start, shot } from './harness.mjs';
import { DIST, ROOT, SEED_PATH, openGuarded, serveSite } from './site.mjs';

let env;
let site;
before(async () => {
  env = await start();
  site = await serveSite({
    mounts: { '/app/': DIST },
    files: {
      '/app/sheets/single.txt': await readFile(join(ROOT, 'tests/fixtures/single-block/input.txt')),
      '/app/sheets/seed.txt': await readFile(SEED_PATH),
      '/app/sheets/not-a-sheet.txt': 'hello\tworld\n',
    },
  });
});
after(async () => {
  await site?.close();
  await env?.stop();
});

const APP = () => `${site.url}app/`;
const hash = (page) => page.evaluate(() => location.hash);
const crumbs = (page) => page.getByRole('navigation', { name: /ドリルダウンの位置|Drill-down position/ }).getByRole('listitem').allInnerTexts();
const recipientD = (page) => page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ });

describe('deep links', () => {
  it('restores a drilled, selected, English, lens view on reload and walks it with back/forward', async () => {
    const { page, context, problems, outside, violations } = await openGuarded(env.browser, APP());
    assert.equal(await hash(page), '');
    // Navigate: drill into D, select a recipient, switch on the lens, then English.
    await page.getByRole('button', { name: /^D サイバーディフェンス研究所/ }).locator('rect.hit').click();
    await recipientD(page).waitFor();
    // The first change of view of a page opened without one loads the URL code (src/state/urlStart.svelte.ts) and then writes its entry.
    await page.waitForFunction(() => location.hash !== '');
    assert.equal(await settledHash(page), '#drill=D&sel=D');
    await recipientD(page).locator('rect.hit').click();
    assert.equal(await settledHash(page), '#drill=D&sel=D%3Ar%3A1');
    await page.getByRole('button', { name: '競争性レンズ' }).click();
    await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
    await page.waitForFunction(() => location.hash.includes('lang=en'));
    assert.equal(await hash(page), '#drill=D&sel=D%3Ar%3A1&lang=en&lens=1');

    await page.reload();
    // The app, not the prerendered overview it replaces (an English link waits for the English strings).
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    await page.locator('svg.sankey').waitFor();
    assert.equal((await crumbs(page)).at(-1), 'D');
    await page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9 million yen/ }).waitFor();
    assert.equal(await settledLang(page), 'en');
    assert.equal(await page.getByRole('button', { name: 'Competition lens' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('g.node.selected').getAttribute('data-id'), 'D:r:1');
    await shot(page, '21-deeplink-restored');

    // Back: language, lens, then the drill (the selection change replaced its entry).
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('lang=en'));
    assert.equal(await settledLang(page), 'ja');
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('lens'));
    assert.equal(await page.getByRole('button', { name: '競争性レンズ' }).getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('g.node.selected').getAttribute('data-id'), 'D:r:1');
    await page.goBack();
    await page.getByRole('button', { name: /^B 日立製作所/ }).waitFor();
    assert.equal(await hash(page), '');
    // Forward again into the drill.
    await page.goForward();
    await recipientD(page).waitFor();
    assert.match(await hash(page), /^#drill=D/);
    assert.deepEqual({ problems, outside, violations }, { problems: [], outside: [], violations: [] });
    await context.close();
  });

  it('re-parenting and the view mode are in the link too', async () => {
    const url = `${APP()}#mode=table&p=D%3AA`;
    const { page, context, problems } = await openGuarded(env.browser, url, { wait: false });
    // The side panels have tables of their own: wait for the link's view (applied once its re-parenting is analysed).
    await page.getByRole('group', { name: '表示' }).getByRole('button', { name: '表', pressed: true }).waitFor();
    await page.getByRole('table').first().waitFor();
    await page.getByRole('button', { name: '資金の流れ' }).click();
    await page.locator('svg.sankey').waitFor();
    assert.equal(await settledHash(page), '#p=D%3AA');
    await page.goBack();
    await page.getByRole('table').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [what, bad, notice] of [
    ['malformed', '#drill=%%%&mode=pie&sel=<img src=x onerror=alert(1)>', /リンクの表示指定を読み取れなかった/],
    ['unknown key', '#foo=bar', /リンクの表示指定を読み取れなかった/],
    ['stale (no block Q)', '#drill=Q&sel=Q', /このシートにない/],
    ['stale selection', '#drill=D&sel=D:r:99', /このシートにない/],
  ]) {
    it(`a ${what} hash falls back to the default view with a notice`, async () => {
      const { page, context, problems } = await openGuarded(env.browser, APP() + bad);
      await page.getByRole('status').filter({ hasText: notice }).waitFor();
      await page.getByRole('button', { name: /^B 日立製作所/ }).waitFor();
      assert.equal(await hash(page), '', 'the bad hash is replaced by the default view');
      assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
      if (what === 'malformed') await shot(page, '22-malformed-hash');
      // Still fully usable.
      await page.getByRole('button', { name: /^D サイバーディフェンス研究所/ }).locator('rect.hit').click();
      await recipientD(page).waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('a hash edited by hand is applied without a reload', async () => {
    const { page, context, problems } = await openGuarded(env.browser, APP());
    await page.evaluate(() => {
      location.hash = '#drill=E&lang=en';
    });
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.deepEqual((await crumbs(page)).at(-1), 'E');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('sheet= loads a sheet from the same origin by relative URL, and a reload keeps it', async () => {
    const { page, context, problems, outside } = await openGuarded(env.browser, `${APP()}#sheet=sheets%2Fsingle.txt`, { wait: false });
    await page.waitForFunction(() => document.querySelectorAll('g.node').length > 0 && !document.querySelector('g.node[data-id="B"]'));
    assert.ok(site.requests.includes('/app/sheets/single.txt'));
    assert.equal(await page.locator('g.node[data-id="B"]').count(), 0);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('g.node').length > 0 && !document.querySelector('g.node[data-id="B"]'));
    assert.match(await hash(page), /sheet=sheets%2Fsingle\.txt/);
    // Back to the bundled seed when the link names no sheet.
    await page.evaluate(() => {
      location.hash = '';
    });
    await page.locator('g.node[data-id="B"]').waitFor();
    assert.deepEqual({ problems, outside }, { problems: [], outside: [] });
    await context.close();
  });

  for (const [what, sheet, message] of [
    ['another origin', 'https%3A%2F%2Fexample.org%2Fsheet.txt', /別のオリジンのシートは読み込めません: https:\/\/example\.org\/sheet\.txt/],
    ['a protocol-relative URL', '%2F%2Fexample.org%2Fsheet.txt', /別のオリジンのシートは読み込めません/],
    ['a missing file', 'sheets%2Fnope.txt', /シートを読み込めませんでした \(404\)/],
  ]) {
    it(`sheet= naming ${what} is refused with a clear message and the seed stays`, async () => {
      const { page, context, outside } = await openGuarded(env.browser, `${APP()}#sheet=${sheet}`);
      await page.getByRole('status').filter({ hasText: message }).waitFor();
      await page.getByRole('button', { name: /^B 日立製作所/ }).waitFor();
      assert.deepEqual(outside, [], 'nothing was fetched from elsewhere');
      assert.equal(await hash(page), '');
      await context.close();
    });
  }

  it('sheet= naming a file that is not a review sheet shows the loader error, the seed stays', async () => {
    const { page, context } = await openGuarded(env.browser, `${APP()}#sheet=sheets%2Fnot-a-sheet.txt`);
    await page.getByRole('alert').first().waitFor();
    await page.getByRole('button', { name: /^B 日立製作所/ }).waitFor();
    await context.close();
  });
});
