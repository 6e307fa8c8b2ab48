// "Say what is on screen" (issue #13): the loaded file's name and size in the header, a reload
// that keeps it (IndexedDB, in the browser only) and the way back to the bundled sheet; the
// share dialog saying its link shows the bundled sheet; the one HTML file with the loaded sheet,
// saved from the app and opened from disk; the first screen at desktop and phone sizes.
// Run `npm run build:all` first (dist/single.html is the single file's copy for the app).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { start, shot } from './harness.mjs';
import { DIST, DIST_SINGLE, SEED_PATH, openGuarded, serveSite } from './site.mjs';

const SEED_TITLE = 'サイバーセキュリティ統合知的・人材育成基盤の構築';
/** A sheet of another project: the seed with its 事業名 replaced (all blocks and amounts as in the seed). */
const OTHER_TITLE = '港湾防災情報システムの整備';
let other;
let env;
let site;
before(async () => {
  env = await start();
  other = (await readFile(SEED_PATH, 'utf8')).replaceAll(SEED_TITLE, OTHER_TITLE);
  site = await serveSite({ mounts: { '/app/': DIST } });
});
after(async () => {
  await site?.close();
  await env?.stop();
});

const h1 = (page) => page.getByRole('heading', { level: 1 });

async function loadOther(page, name = '港湾-2024.txt') {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(other) });
  await h1(page).filter({ hasText: OTHER_TITLE }).waitFor();
}

describe('what is on screen', () => {
  it('names the loaded file and its size; a reload keeps it; "back to the bundled sheet" returns', async () => {
    const { page, context, problems, outside, violations } = await openGuarded(env.browser, `${site.url}app/`);
    const source = page.getByTestId('sheet-source');
    assert.match(await source.innerText(), /同梱のシート\(000_07fcc2ea9ae77a26\.txt\)/);
    await loadOther(page);
    const bytes = Buffer.byteLength(other);
    const kb = (bytes / 1024).toFixed(1);
    await source.filter({ hasText: '港湾-2024.txt' }).waitFor();
    assert.match(await source.innerText(), new RegExp(`表示中のファイル: 港湾-2024\\.txt \\(${kb.replace('.', '\\.')} KB\\)`));
    await shot(page, '/60-file-loaded');
    // The kept sheet is written after the load: wait for the flag, then reload.
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('fund-flow:kept:')));
    await page.reload();
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    await h1(page).filter({ hasText: OTHER_TITLE }).waitFor();
    assert.match(await source.innerText(), /港湾-2024\.txt/);
    // A link to a view of the kept sheet works after a reload too.
    await page.goto(`${site.url}app/#drill=D`);
    await page.reload();
    await page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
    assert.equal(await h1(page).innerText(), OTHER_TITLE);
    await page.getByRole('button', { name: '同梱のシートに戻す' }).click();
    await h1(page).filter({ hasText: SEED_TITLE }).waitFor();
    assert.match(await source.innerText(), /表示中: 同梱のシート\(000_07fcc2ea9ae77a26\.txt\)/);
    await page.reload();
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    assert.equal(await h1(page).innerText(), SEED_TITLE);
    assert.deepEqual({ problems, outside, violations }, { problems: [], outside: [], violations: [] });
    await context.close();
  });

  it('share after loading a file says the link shows the bundled sheet, and saves one HTML file with this sheet that opens from disk', async () => {
    const { page, context, problems, outside, violations } = await openGuarded(env.browser, `${site.url}app/`);
    // With the bundled sheet: no warning.
    await page.getByRole('button', { name: '共有・埋め込み' }).click();
    let dialog = page.getByRole('dialog', { name: 'この表示を共有・埋め込み' });
    await dialog.waitFor();
    assert.equal(await dialog.getByRole('note').count(), 0);
    await dialog.getByRole('button', { name: '閉じる' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await loadOther(page);
    await page.getByRole('button', { name: '共有・埋め込み' }).click();
    dialog = page.getByRole('dialog', { name: 'この表示を共有・埋め込み' });
    await dialog.waitFor();
    const note = await dialog.getByRole('note').innerText();
    assert.match(note, /港湾-2024\.txt/);
    assert.match(note, new RegExp(`同梱のシート「${SEED_TITLE}」`));
    const snippet = await dialog.getByLabel('埋め込みコード (<iframe>)').inputValue();
    assert.match(snippet, new RegExp(`title="${SEED_TITLE}の資金の流れ"`), 'the snippet is titled with what it shows');
    await shot(page, '/61-share-after-load');
    const axe = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`), [], 'the dialog with its warning is axe-clean');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'HTMLファイルとして保存' }).click()]);
    assert.match(download.suggestedFilename(), /\.html$/);
    const dir = await mkdtemp(join(tmpdir(), 'fund-flow-single-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await dialog.getByRole('status').filter({ hasText: '保存しました' }).waitFor();
    const html = await readFile(file, 'utf8');
    assert.doesNotMatch(html, /<script[^>]+src=/, 'no external script');
    assert.match(html, /http-equiv="Content-Security-Policy"/);
    assert.ok(html.includes(OTHER_TITLE), 'the loaded sheet is inside');
    assert.ok(!html.includes(`<h1>${SEED_TITLE}`), "the seed's prerendered view is not");
    await context.close();

    // Opened from disk, in a fresh browser profile: the loaded sheet, its name, working drill-down, no CSP violation.
    const opened = await openGuarded(env.browser, `${pathToFileURL(file).href}`, { origin: 'file://' });
    const p = opened.page;
    await h1(p).filter({ hasText: OTHER_TITLE }).waitFor();
    assert.match(await p.getByTestId('sheet-source').innerText(), /港湾-2024\.txt/);
    assert.match(await p.title(), new RegExp(OTHER_TITLE));
    await p.getByRole('button', { name: /^D サイバーディフェンス研究所/ }).locator('rect.hit').click();
    await p.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
    await shot(p, '/62-single-file-with-sheet');
    assert.deepEqual(
      { problems: [...problems, ...opened.problems], outside: [...outside, ...opened.outside], violations: [...violations, ...opened.violations] },
      { problems: [], outside: [], violations: [] },
    );
    await opened.context.close();
  });

  it('the single file opened from disk saves itself with a loaded sheet, and that file opens from disk with it', async () => {
    const single = pathToFileURL(join(DIST_SINGLE, 'index.html')).href;
    const { page, context, problems, outside, violations } = await openGuarded(env.browser, single, { origin: 'file://' });
    await loadOther(page, 'meeting.txt');
    await page.getByRole('button', { name: '共有・埋め込み' }).click();
    const dialog = page.getByRole('dialog', { name: 'この表示を共有・埋め込み' });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'HTMLファイルとして保存' }).click()]);
    const file = join(await mkdtemp(join(tmpdir(), 'fund-flow-single-')), download.suggestedFilename());
    await download.saveAs(file);
    const html = await readFile(file, 'utf8');
    const original = await readFile(join(DIST_SINGLE, 'index.html'), 'utf8');
    // The script and style the CSP pins by hash are carried over byte for byte.
    const inline = (h, tag) => [...h.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);
    assert.equal(inline(original, 'script').length, 1);
    assert.equal(inline(original, 'style').length, 1);
    assert.deepEqual(inline(html, 'script'), inline(original, 'script'));
    assert.deepEqual(inline(html, 'style'), inline(original, 'style'));
    assert.equal(html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1], original.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]);
    await context.close();
    const opened = await openGuarded(env.browser, pathToFileURL(file).href, { origin: 'file://' });
    await h1(opened.page).filter({ hasText: OTHER_TITLE }).waitFor();
    assert.match(await opened.page.getByTestId('sheet-source').innerText(), /meeting\.txt/);
    assert.deepEqual(
      { problems: [...problems, ...opened.problems], outside: [...outside, ...opened.outside], violations: [...violations, ...opened.violations] },
      { problems: [], outside: [], violations: [] },
    );
    await opened.context.close();
  });

  it('#drill=D alone shows D’s recipient table; drilling into A shows the blocks A funds', async () => {
    const { page, context, problems } = await openGuarded(env.browser, `${site.url}app/#drill=D`);
    const panel = page.getByRole('region', { name: /^D サイバーディフェンス研究所 他2者/ });
    await panel.getByRole('table').first().waitFor();
    assert.match(await panel.getByRole('table').first().innerText(), /株式会社サイバーディフェンス研究所/);
    await page.goto(`${site.url}app/#drill=A`);
    const diagram = page.getByRole('group', { name: 'ブロックAの支出先と費目・使途' });
    await diagram.getByRole('button', { name: /^B 日立製作所 他5者 206\.4百万円/ }).waitFor();
    assert.equal(await diagram.getByRole('button', { name: /^J デジタルテクノロジー/ }).count(), 1);
    await shot(page, '/66-drill-intermediary');
    await diagram.getByRole('button', { name: /^D サイバーディフェンス研究所/ }).locator('rect.hit').click();
    await page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [width, height, name] of [
    [1280, 720, '/63-first-screen-desktop'],
    [390, 844, '/64-first-screen-phone'],
  ]) {
    it(`the first screen at ${width}×${height} names the app and says what it shows; axe is clean`, async () => {
      const { page, context, problems } = await openGuarded(env.browser, `${site.url}app/`, { width, height });
      await page.getByText('資金の流れ explorer').first().waitFor();
      assert.match(await page.locator('.intro').innerText(), /行政事業レビューシート.*図にします/);
      await shot(page, name);
      // Opened, the structure editor is axe-clean too.
      await page.getByRole('button', { name: /^ブロックの資金元: 10 推定 — 確認$/ }).click();
      await page.getByRole('combobox', { name: /^D .*の資金元$/ }).waitFor();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      assert.deepEqual(result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
