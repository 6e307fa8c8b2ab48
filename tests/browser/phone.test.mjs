// Phones and tablets (issue #13): at 390×844 on a touch screen the diagram shows two columns
// at a time with every name and amount whole (no "…", nothing cut, no sideways scroll), the
// toolbar is one row with a menu, there is no keyboard hint, a first tap selects and shows the
// details and drilling is an explicit button; each label still sits beside its own bar.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { settledHash, shot } from './harness.mjs';
import { labelsAtBars, labelsDoNotOverlap } from './overlap.mjs';
import { openGuarded, serveForFile } from './site.mjs';

let env;
let site;
serveForFile((started) => ({ env, site } = started));

async function phone(url, { width = 390, height = 844 } = {}) {
  const opened = await openGuarded(env.browser, url, { width, height, device: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } });
  const { page } = opened;
  // The app's diagram, not the prerendered one it replaced (an embed's view is a chunk of its own).
  await page.locator('svg.sankey').first().waitFor();
  return opened;
}

/** Every label whole: no ellipsis, no label marked as shortened (<title> with the full name), none cut by the diagram's edge, no sideways scroll. */
async function assertWhole(page, where) {
  const r = await page.evaluate(() => {
    const svg = document.querySelector('svg.sankey');
    const texts = [...svg.querySelectorAll('g.node text')];
    return {
      count: texts.length,
      cut: texts.filter((t) => t.textContent.includes('…') || t.querySelector('title')).map((t) => t.textContent),
      wide: document.documentElement.scrollWidth - innerWidth,
    };
  });
  assert.ok(r.count >= 2, `${where}: labels drawn`);
  assert.deepEqual(r.cut, [], `${where}: every name and amount whole`);
  assert.ok(r.wide <= 0, `${where}: no sideways scroll (${r.wide} px)`);
  assert.deepEqual((await labelsDoNotOverlap(page)).problems, [], `${where}: labels apart and inside the diagram`);
  assert.deepEqual((await labelsAtBars(page)).problems, [], `${where}: labels beside their own bars`);
}

describe('phone 390×844', () => {
  it('two columns at a time, names whole, one-row toolbar with a menu, no keyboard hint', async () => {
    const { page, context, problems, outside } = await phone(site.url);
    await assertWhole(page, 'overview');
    assert.match(await page.locator('.flow .columns').innerText(), /3段のうち 2–3段目/);
    const bar = await page.locator('.toolbar').boundingBox();
    assert.ok(bar.height < 48, `toolbar is one row (${bar.height} px)`);
    assert.equal(await page.locator('.help').isVisible(), false, 'no keyboard hint on a touch screen');
    await shot(page, '70-phone-overview');
    // The other controls are in the menu.
    await page.getByText('メニュー').tap();
    await page.getByRole('button', { name: '表示言語を英語に切り替える' }).tap();
    await page.waitForFunction(() => location.hash.includes('lang=en'));
    await page.locator('.flow .columns').getByText(/columns 2–3 of 3/).waitFor();
    await assertWhole(page, 'overview in English');
    // ◀ shows the ministry and A.
    await page.getByRole('button', { name: /Previous/ }).tap();
    await page.locator('.flow .columns').getByText(/columns 1–2 of 3/).waitFor();
    await assertWhole(page, 'overview, columns 1–2');
    assert.deepEqual({ problems, outside }, { problems: [], outside: [] });
    await context.close();
  });

  it('a first tap selects and shows the details; drilling is the explicit button; every step of the drill-down whole', async () => {
    const { page, context, problems } = await phone(site.url);
    await page.locator('svg.sankey g.node[data-id="D"] rect.bar').tap();
    await page.waitForFunction(() => location.hash.includes('sel=D'));
    assert.equal(await settledHash(page), '#sel=D', 'selected, not drilled');
    await page.getByRole('heading', { name: /D サイバーディフェンス研究所/ }).first().waitFor();
    await page.getByRole('button', { name: /D サイバーディフェンス研究所 他2者 の内訳を見る/ }).tap();
    await page.waitForFunction(() => location.hash.startsWith('#drill=D'));
    await page.waitForFunction(() => document.querySelector('svg.sankey')?.getAttribute('aria-label')?.includes('ブロックD'));
    await assertWhole(page, 'drill-down D');
    await shot(page, '71-phone-drill-D');
    const nav = page.locator('.flow .columns');
    const total = Number(/(\d+)段のうち/.exec(await nav.innerText())?.[1]);
    assert.ok(total >= 3, `D has ${total} columns`);
    for (let first = 2; first <= total - 1; first++) {
      await nav.getByRole('button', { name: /次の段/ }).tap();
      await nav.getByText(`${total}段のうち ${first}–${first + 1}段目`).waitFor();
      await assertWhole(page, `drill-down D, columns ${first}–${first + 1}`);
    }
    await shot(page, '72-phone-drill-D-last');
    // The column switcher, the drill button and the menu pass axe too.
    await page.getByText('メニュー').tap();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], 'axe clean on a phone');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('an embed (as a news page shows it) is read on a phone the same way', async () => {
    const { page, context, problems } = await phone(`${site.url}#embed=1&drill=B`);
    await page.locator('svg.sankey g.node[data-id="B:r:2"]').waitFor();
    await assertWhole(page, 'embedded drill-down B');
    assert.match(await page.locator('.flow .columns').innerText(), /4段のうち 1–2段目/);
    await page.locator('svg.sankey g.node[data-id="B:r:2"] rect.bar').tap();
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('sel=B:r:2'));
    assert.equal(await page.locator('.tooltip').count(), 0, 'no tooltip over the diagram after a tap');
    await shot(page, '75-phone-embed-B');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the recipients table of a drill-down is a list of cards: name and amount whole, nothing scrolls sideways', async () => {
    const { page, context, problems } = await phone(`${site.url}#drill=D`);
    const table = page.getByRole('table', { name: 'ブロックDの支出先' });
    await table.waitFor();
    const box = await table.evaluate((t) => ({ scroll: t.parentElement.scrollWidth, client: t.parentElement.clientWidth, page: document.documentElement.scrollWidth - innerWidth }));
    assert.ok(box.scroll <= box.client + 1 && box.page <= 0, `no sideways scroll: ${JSON.stringify(box)}`);
    // Rank 1's card: its name, then its amount under the column's heading (the sheet's 42.9), within the screen.
    const row = table.locator('tbody tr').first();
    const amount = row.locator('td[data-label^="支出額"]');
    assert.equal((await amount.innerText()).trim(), '42.9');
    assert.match(await amount.evaluate((td) => getComputedStyle(td, '::before').content), /支出額 \(百万円\)/);
    const [name, cell] = await Promise.all([row.locator('td.name').boundingBox(), amount.boundingBox()]);
    assert.ok(name && cell && cell.y > name.y && cell.x + cell.width <= 390, 'the amount sits below the name, on screen');
    // The headings stay as sort buttons: sorting by amount puts 42.9 first still, 0.2 last.
    await table.getByRole('button', { name: /支出額/ }).tap();
    const amounts = await table.locator('td[data-label^="支出額"]').allInnerTexts();
    assert.deepEqual(amounts.map((a) => a.trim()), ['42.9', '29.7', '25.3', '12.5', '0.2']);
    await table.scrollIntoViewIfNeeded();
    await shot(page, '73-phone-recipients-cards');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a tooltip opened by keyboard focus stays on the screen', async () => {
    const { page, context, problems } = await phone(site.url);
    for (const id of ['A', 'B', 'J']) {
      const node = page.locator(`svg.sankey g.node[data-id="${id}"]`);
      if ((await node.count()) === 0) continue;
      await node.focus();
      const tip = page.getByRole('tooltip');
      await tip.waitFor();
      const box = await tip.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${id}: tooltip within the screen (${JSON.stringify(box)})`);
      assert.match(await tip.innerText(), /百万円/);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('every drill-down of the seed shows whole labels on a phone', async () => {
    const { page, context, problems } = await phone(site.url);
    for (const id of 'ABCDEFGHIJ') {
      await page.evaluate((b) => (location.hash = `#drill=${b}`), id);
      await page.waitForFunction((b) => document.querySelector('svg.sankey')?.getAttribute('aria-label')?.includes(b), `ブロック${id}`);
      await assertWhole(page, `drill-down ${id}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('tablet 768×1024', () => {
  it('the overview and every drill-down: all columns, labels beside their bars, every name and amount whole', async () => {
    const { page, context, problems } = await phone(site.url, { width: 768, height: 1024 });
    await assertWhole(page, 'tablet overview');
    assert.equal(await page.locator('.flow .columns').count(), 0, 'all columns at once');
    await shot(page, '73-tablet-overview');
    for (const id of 'ABCDEFGHIJ') {
      await page.evaluate((b) => (location.hash = `#drill=${b}`), id);
      await page.waitForFunction((b) => document.querySelector('svg.sankey')?.getAttribute('aria-label')?.includes(b), `ブロック${id}`);
      await assertWhole(page, `tablet drill-down ${id}`);
      if (id === 'D') await shot(page, '74-tablet-drill-D');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});
