// Real-browser suite: the built app (dist/) in Chromium. Run `npm run build` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { open, settledLang, shot, start } from './harness.mjs';
import { labelsDoNotOverlap } from './overlap.mjs';

const SEED = await readFile(new URL('../../seeds/000_07fcc2ea9ae77a26.txt', import.meta.url), 'utf8');
const BLOCKS = [
  ['A', '552.5'],
  ['B', '206.4'],
  ['C', '3'],
  ['D', '110.6'],
  ['E', '116.6'],
  ['F', '61.4'],
  ['G', '15'],
  ['H', '13.5'],
  ['I', '2.4'],
  ['J', '6.8'],
];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

/** Node button of the diagram whose accessible name starts with `prefix`. */
const node = (page, prefix) => page.getByRole('button', { name: new RegExp(`^${esc(prefix)}`) });
/** The bar of a node (what a user clicks or hovers). */
const bar = (page, prefix) => node(page, prefix).locator('rect.hit');

describe('fund-flow explorer in Chromium', () => {
  it('opens on the seed with the header and an accessible node per block, amounts included', async () => {
    const { page, problems, context } = await open(env);
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'サイバーセキュリティ統合知的・人材育成基盤の構築' }).waitFor());
    const header = await page.locator('header').innerText();
    for (const part of ['総務省', '2022-総務-21-0059', '2022年度', '百万円']) assert.ok(header.includes(part), `header shows ${part}`);
    await node(page, '総務省 552.5百万円').waitFor();
    for (const [id, amount] of BLOCKS) {
      const count = await page.getByRole('button', { name: new RegExp(`^${id} .*${esc(amount)}百万円`) }).count();
      assert.equal(count, 1, `one node for block ${id} with ${amount}百万円`);
    }
    assert.equal(await node(page, 'B 日立製作所 他5者').count(), 1);
    await shot(page, '01-overview-1280x720');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('paints the seed diagram from the HTML alone (prerendered), and the script takes the same elements over', async () => {
    // No script at all: the built page already holds the diagram, labels and amounts.
    const still = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false, locale: 'ja-JP' });
    const bare = await still.newPage();
    await bare.goto(env.server.url);
    for (const [id, amount] of BLOCKS) {
      assert.equal(await bare.getByRole('button', { name: new RegExp(`^${id} .*${esc(amount)}百万円`) }).count(), 1, `prerendered node ${id}`);
    }
    assert.match(await bare.locator('svg.sankey').innerHTML(), /D サイバーディフェンス研究所 他2者/);
    await shot(bare, '00-prerendered-no-script');
    await still.close();
    // With the script: the element painted first is the one that answers to clicks (hydrated, not replaced).
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', locale: 'ja-JP' });
    await context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__painted = document.querySelector('svg.sankey g.node[data-id="D"]');
      });
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(env.server.url);
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => window.__painted instanceof SVGGElement && window.__painted === document.querySelector('svg.sankey g.node[data-id="D"]')), true);
    // The first diagram shows at once; a drill-down's diagram slides in.
    assert.equal(await page.locator('svg.sankey').getAttribute('data-enter'), null);
    await bar(page, 'D サイバーディフェンス研究所').click();
    await node(page, '株式会社サイバーディフェンス研究所 42.9百万円').waitFor();
    assert.equal(await page.locator('svg.sankey').getAttribute('data-enter'), '');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a click on the prerendered diagram before the app is live is not lost: it is answered once it is', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', locale: 'ja-JP' });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    // Hold the app's code back, as a slow network would: the prerendered view is on screen meanwhile.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/\/assets\/start-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
    await bar(page, 'D サイバーディフェンス研究所').click();
    assert.equal(await page.locator('#app[data-live]').count(), 0, 'the click came before the app was live');
    release();
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    await node(page, '株式会社サイバーディフェンス研究所 42.9百万円').waitFor();
    assert.equal(await page.locator('nav').getByRole('listitem').last().innerText(), 'D');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [width, height] of [
    [1280, 720],
    [768, 1024],
  ]) {
    it(`has no overlapping or cut-off labels at ${width}×${height}`, async () => {
      const { page, problems, context } = await open(env, { width, height });
      const overview = await labelsDoNotOverlap(page);
      assert.ok(overview.count >= 11);
      assert.deepEqual(overview.problems, []);
      await shot(page, `02-overview-${width}x${height}`);
      await bar(page, 'D サイバーディフェンス研究所').click();
      await page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
      const drill = await labelsDoNotOverlap(page);
      assert.deepEqual(drill.problems, []);
      await shot(page, `03-drill-D-${width}x${height}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('highlights the whole path on hover and shows a tooltip with shares', async () => {
    const { page, problems, context } = await open(env);
    await bar(page, 'D サイバーディフェンス研究所').hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    assert.match(text, /110\.6百万円/);
    assert.match(text, /全体に占める割合\s*20\.0%/);
    assert.match(text, /一般競争契約/);
    const state = await page.evaluate(() => {
      const on = (sel) => document.querySelector(sel)?.classList.contains('on');
      const byId = (id) => [...document.querySelectorAll('g.node')].find((g) => g.getAttribute('data-id') === id);
      return {
        ministry: byId('ministry')?.classList.contains('on'),
        a: byId('A')?.classList.contains('on'),
        d: byId('D')?.classList.contains('on'),
        b: byId('B')?.classList.contains('on'),
        bOpacity: getComputedStyle(byId('B')).opacity,
        onLinks: document.querySelectorAll('g.link.on').length,
        hovering: on('svg.sankey') === undefined ? false : document.querySelector('svg.sankey').classList.contains('hovering'),
      };
    });
    assert.deepEqual(state, { ministry: true, a: true, d: true, b: false, bOpacity: '0.3', onLinks: 3, hovering: true });
    await shot(page, '04-hover-D');
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('drills into D by keyboard, shows the breadcrumb, and Esc goes back with focus on D', async () => {
    const { page, problems, context } = await open(env);
    await page.getByRole('button', { name: /^総務省 552\.5/ }).focus();
    await page.keyboard.press('ArrowRight');
    assert.match(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''), /^A 情報通信研究機構/);
    await page.keyboard.press('ArrowRight');
    // Move down the last column to D.
    for (let i = 0; i < 10; i++) {
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (name.startsWith('D ')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    const crumbs = page.getByRole('navigation', { name: 'ドリルダウンの位置' });
    await crumbs.getByText('D', { exact: true }).waitFor();
    assert.deepEqual(await crumbs.getByRole('listitem').allInnerTexts(), ['総務省', 'A', 'D']);
    await page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
    await page.getByRole('button', { name: /^インテリジェンスサービス 42\.9百万円/ }).waitFor();
    await shot(page, '05-drill-D-keyboard');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^B 日立製作所/ }).waitFor();
    assert.deepEqual(await crumbs.getByRole('listitem').allInnerTexts(), ['総務省']);
    assert.match(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''), /^D サイバーディフェンス研究所/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('drills into D by click and Backspace goes back', async () => {
    const { page, problems, context } = await open(env);
    await bar(page, 'D サイバーディフェンス研究所').click();
    await page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
    // The detail panel shows block D's rows, traced to sheet lines (its tables come a frame after the diagram).
    await page.getByRole('table', { name: 'ブロックDの支出先' }).waitFor();
    const detail = await page.getByRole('region', { name: /^D サイバーディフェンス研究所/ }).innerText();
    assert.match(detail, /サイバーディフェンス研究所/);
    assert.match(detail, /110\.6/);
    assert.match(detail, /6010001120410/);
    await page.keyboard.press('Backspace');
    await page.getByRole('button', { name: /^J デジタルテクノロジー/ }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows recipients merged across blocks in the by-recipient view', async () => {
    const { page, problems, context } = await open(env);
    await page.getByRole('button', { name: '支出先別' }).click();
    const row = page.getByRole('button', { name: /^デジタルテクノロジー株式会社 97\.7百万円/ });
    await row.waitFor();
    assert.match(await row.innerText(), /E 96\.3百万円/);
    assert.match(await row.innerText(), /J 1\.4百万円/);
    await row.click();
    await shot(page, '06-by-recipient');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('refuses a broken file with a message and keeps the previous diagram', async () => {
    const { page, problems, context } = await open(env);
    await page.locator('input[type=file]').setInputFiles({ name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from('hello\nthis is not a sheet\n') });
    const alert = page.getByRole('alert').filter({ hasText: 'レビューシートではありません' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /broken\.txt/);
    assert.match(await alert.innerText(), /\d+行目/);
    assert.equal(await page.getByRole('button', { name: /^B 日立製作所 他5者 206\.4/ }).count(), 1);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'サイバーセキュリティ統合知的・人材育成基盤の構築');
    await shot(page, '07-broken-file');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('renders hostile names as text and runs nothing', async () => {
    const { page, problems, context } = await open(env);
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const text = SEED.replaceAll('株式会社サイバーディフェンス研究所', hostile).replace('株式会社日立製作所', '<script>window.__pwned=2</script>');
    await page.locator('input[type=file]').setInputFiles({ name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: /^B <script>/ }).waitFor();
    await bar(page, 'D <img').click();
    await page.getByRole('button', { name: new RegExp(`^${esc(hostile)} 42\\.9`) }).waitFor();
    await page.getByRole('button', { name: '支出先別' }).click();
    await page.getByText('<img src=x onerror="window.__pwned=1">', { exact: false }).first().waitFor();
    const pwned = await page.evaluate(() => ({ flag: window.__pwned ?? null, imgs: document.querySelectorAll('img').length, scripts: document.querySelectorAll('#app script, script:not(#seed-sheet):not([src])').length }));
    assert.deepEqual(pwned, { flag: null, imgs: 0, scripts: 0 });
    await shot(page, '08-hostile');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('has no axe wcag2a/aa violations on the main view, the drill-down and the lens', async () => {
    const { page, problems, context } = await open(env, { reducedMotion: 'reduce' });
    const check = async (label) => {
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = result.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
      assert.deepEqual(summary, []);
    };
    await check('overview');
    await bar(page, 'D サイバーディフェンス研究所').click();
    await page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9/ }).waitFor();
    await check('drill-down');
    await page.getByRole('button', { name: '競争性レンズ' }).click();
    await check('lens');
    await shot(page, '09-lens-drill-D');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^B 日立製作所/ }).waitFor();
    await shot(page, '10-lens-overview');
    await check('lens overview');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('switches to English and to dark mode', async () => {
    const { page, problems, context } = await open(env, { colorScheme: 'dark' });
    await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
    await page.getByRole('button', { name: /^B Hitachi|^B 日立製作所 \+5 others 206\.4 million yen/ }).waitFor();
    assert.equal(await settledLang(page), 'en');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(21, 25, 30)');
    await shot(page, '11-english-dark');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows the table view for screen readers', async () => {
    const { page, problems, context } = await open(env);
    await page.getByRole('button', { name: '表', exact: true }).click();
    // The flow table by its caption (the structure editor in the side panel is a table too).
    const table = page.getByRole('table', { name: /資金の流れ/ });
    await table.waitFor();
    assert.match(await table.innerText(), /206\.4/);
    await shot(page, '12-table');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
