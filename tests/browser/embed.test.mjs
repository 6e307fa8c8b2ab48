// Embedding: a host page with the app in an <iframe> (the snippet the Share / Embed dialog
// gives), and a host page using the <fund-flow-sankey> custom element (dist-element/).
// Run `npm run build && npm run build:element`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, shot } from './harness.mjs';
import { DIST, DIST_ELEMENT, SEED_PATH, openGuarded, serveSite } from './site.mjs';

let env;
let site;
const files = {};
before(async () => {
  env = await start();
  files['/data/seed.txt'] = await readFile(SEED_PATH);
  site = await serveSite({ mounts: { '/tools/fund-flow/': DIST, '/lib/': DIST_ELEMENT }, files });
});
after(async () => {
  await site?.close();
  await env?.stop();
});

const host = (body) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head><body><h1>議事資料</h1>${body}</body></html>`;

describe('embedding', () => {
  it('the Share / Embed dialog gives a link and an iframe snippet that a host page can paste', async () => {
    const app = `${site.url}tools/fund-flow/`;
    const { page, context, problems, outside, violations } = await openGuarded(env.browser, `${app}#drill=D`);
    await page.getByRole('button', { name: '共有・埋め込み' }).click();
    const dialog = page.getByRole('dialog', { name: 'この表示を共有・埋め込み' });
    await dialog.waitFor();
    const link = await dialog.getByLabel('この表示へのリンク').inputValue();
    const snippet = await dialog.getByLabel('埋め込みコード (<iframe>)').inputValue();
    assert.equal(link, `${app}#drill=D`);
    assert.match(snippet, /^<iframe src="[^"]+#drill=D&amp;embed=1" title="[^"]+" width="100%" height="560" loading="lazy"><\/iframe>$/);
    await shot(page, '40-share-dialog');
    await dialog.getByRole('button', { name: '閉じる' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // A host page on the same site pastes the snippet.
    files['/news/host-iframe.html'] = host(`<div id="box" style="width:640px">${snippet}</div>`);
    await page.goto(`${site.url}news/host-iframe.html`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
    // Diagram, legend and a link to the full view only: no toolbar, panels or loader.
    assert.equal(await frame.getByRole('button', { name: '共有・埋め込み' }).count(), 0);
    assert.equal(await frame.getByRole('group', { name: '表示' }).count(), 0);
    assert.equal(await frame.getByText('シートを読み込む').count(), 0);
    await frame.getByRole('list', { name: '流れの種類' }).waitFor();
    const full = frame.getByRole('link', { name: /全体表示で開く/ });
    assert.equal(await full.getAttribute('href'), `${app}#drill=D`);
    // Fills the iframe and follows its size.
    const width = () => frame.locator('svg.sankey').evaluate((s) => s.getBoundingClientRect().width);
    const w1 = await width();
    assert.ok(w1 > 560 && w1 <= 640, `diagram fills the 640 px frame (${w1})`);
    await page.evaluate(() => {
      document.getElementById('box').style.width = '1000px';
    });
    await page.waitForFunction(() => document.querySelector('iframe').contentDocument.querySelector('svg.sankey').getBoundingClientRect().width > 900);
    assert.ok((await width()) > 900);
    await shot(page, '41-host-iframe');
    // Drilling inside the frame works and does not touch the host's URL.
    await frame.getByRole('navigation').getByRole('button').first().click();
    await frame.getByRole('button', { name: /^B 日立製作所/ }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/news/host-iframe.html');
    assert.deepEqual({ problems, outside, violations }, { problems: [], outside: [], violations: [] });
    await context.close();
  });

  it('<fund-flow-sankey src block lang> renders one block in English from a same-origin sheet; other origins are refused', async () => {
    files['/news/host-element.html'] = host(`
      <script src="/lib/fund-flow-sankey.js"></script>
      <fund-flow-sankey id="d" src="../data/seed.txt" block="D" lang="en" href="/tools/fund-flow/#drill=D"></fund-flow-sankey>
      <fund-flow-sankey id="evil" src="https://example.org/sheet.txt"></fund-flow-sankey>`);
    const { page, context, problems, outside } = await openGuarded(env.browser, `${site.url}news/host-element.html`, { wait: false });
    const d = page.locator('#d');
    await d.getByRole('group', { name: 'Recipients and expenses of block D' }).waitFor();
    await d.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9 million yen/ }).waitFor();
    assert.equal(await d.getByRole('link', { name: /Open the full view/ }).getAttribute('href'), '/tools/fund-flow/#drill=D');
    await page.locator('#evil').getByRole('alert').filter({ hasText: '別のオリジンのシートは読み込めません: https://example.org/sheet.txt' }).waitFor();
    assert.deepEqual(outside, [], 'the foreign sheet was never requested');
    // Attributes are live: switch block and language.
    await d.evaluate((el) => {
      el.setAttribute('lang', 'ja');
      el.setAttribute('block', 'B');
    });
    await d.getByRole('group', { name: 'ブロックBの支出先と費目・使途' }).waitFor();
    await shot(page, '42-host-element');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
