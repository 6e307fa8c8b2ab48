// year (#14, compare): one project across 事業年度 on its own diagram, in Chromium, on the sample's two
// years (tests/fixtures-rs-sample 2024 and tests/fixtures-rs-sample-2025). 900059 opened from a link
// (`#project=900059`: its latest year, 2025), compared with 2024 by the bar above the diagram:
// J (2024: 6,800,000 yen, none in 2025) is a ghost saying 2024's amount, D (110,600,000 → 121,660,000
// yen) "+10.0%", B (206,400,000 → 188,600,000) "-8.6%", in B's drill-down 株式会社新規見本 "（新規）"
// and 株式会社セキュアブレイン (2024: 29,800,000) a ghost; the budget panel shows both sheets' 予算 / 執行;
// the URL says compare=2024; English labels. Screenshots at 1280×800, 1920×1080 and 390×844.
// Run `npm run build:all` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { open, settledHash, shot, start } from './harness.mjs';
import { labelsAtBars, labelsDoNotOverlap } from './overlap.mjs';

const filesOf = async (dir) => {
  const url = new URL(`../${dir}/`, import.meta.url);
  const names = (await readdir(url)).filter((n) => n.endsWith('.csv')).sort();
  return Promise.all(names.map(async (name) => ({ name, mimeType: 'text/csv', buffer: await readFile(new URL(name, url)) })));
};
const both = [...(await filesOf('fixtures-rs-sample')), ...(await filesOf('fixtures-rs-sample-2025'))];

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

/** A node of the diagram by its accessible name. */
const node = (page, re) => page.locator('svg.sankey g.node').filter({ has: page.locator('text') }).and(page.getByRole('button', { name: re }));
/** The drawn label (its text) of the node whose accessible name matches. */
const label = async (page, re) => (await node(page, re).first().locator('text').textContent())?.trim() ?? '';

/** Opens the app at the size given, loads both years and opens 900059 (2025) from a link. */
async function openProject(size) {
  const { page, context, problems } = await open(env, size);
  await page.locator('input[type=file]').waitFor({ state: 'attached' });
  await page.locator('input[type=file]').setInputFiles(both);
  await page.getByRole('region', { name: /事業一覧/ }).waitFor();
  await page.evaluate(() => {
    location.hash = '#project=900059';
  });
  await page.getByRole('heading', { level: 1, name: 'サイバーセキュリティ統合知的・人材育成基盤の構築' }).waitFor();
  return { page, context, problems };
}

async function assertLabels(page, where) {
  const at = await labelsAtBars(page);
  assert.deepEqual(at.problems, [], `${where}: every label beside its own bar`);
  assert.equal(at.unlabelled, 0, `${where}: every node labelled`);
  const apart = await labelsDoNotOverlap(page);
  assert.deepEqual(apart.problems, [], `${where}: no two labels overlap`);
}

describe('one project across years, on its diagram (#14)', () => {
  it('900059 2025 compared with 2024 at 1280×800: J gone, D +10.0 %, 株式会社新規見本 new, both budgets, compare= in the URL', async () => {
    const { page, context, problems } = await openProject({ width: 1280, height: 800 });
    const bar = page.getByRole('region', { name: '事業年度の切り替えと比較' });
    await bar.waitFor();
    // The year shown is the latest; no comparison yet: J is not drawn, D has no change mark.
    assert.equal(await bar.getByRole('group', { name: '表示する事業年度' }).getByRole('button', { pressed: true }).innerText(), '2025');
    assert.equal(await node(page, /^J /).count(), 0);
    assert.doesNotMatch(await label(page, /^D /), /%/);

    await bar.getByRole('button', { name: '2024年度と比較' }).click();
    // J: only 2024 had it — a ghost with 2024's amount (6.8百万円), said as 2024's, never as 2025's.
    const j = node(page, /^J デジタルテクノロジー株式会社ほか（2025年度なし）/);
    await j.waitFor();
    assert.match(await label(page, /^J /), /^J デジタルテクノロジー株式会社ほか（2025年度なし）\s*2024年度 6\.8百万円$/);
    assert.match((await j.getAttribute('class')) ?? '', /\bgone\b/);
    assert.match((await j.getAttribute('aria-label')) ?? '', /2024年度 6\.8百万円.*2025年度にはありません/);
    // D: 110.6 → 121.66 百万円, +10.0 %; B: 206.4 → 188.6, -8.6 %; A unchanged (552.5), no mark.
    assert.match(await label(page, /^D /), /121\.7百万円\(1\.2億円\) \+10\.0%$/);
    assert.match((await node(page, /^D /).first().getAttribute('aria-label')) ?? '', /2024年度 110\.6百万円\(1\.1億円\) → 2025年度 121\.66百万円\(1\.2億円\)\(\+10\.0%\)/);
    assert.match(await label(page, /^B /), /188\.6百万円\(1\.9億円\) -8\.6%$/);
    assert.doesNotMatch(await label(page, /^A /), /%|新規/);
    // The ghost adds to no total of 2025: the ministry still pays 552.5百万円.
    assert.match(await label(page, /^総務省/), /552\.5百万円/);
    // The bar sums it up; the budget panel shows both sheets' 予算 / 執行 (2021: 700 / 552.7 百万円 in each).
    assert.match(await bar.getByRole('status').innerText(), /2024年度 → 2025年度[\s\S]*新規0・消滅1・増1・減1/);
    const budget = page.getByTestId('budget-compare');
    await budget.waitFor();
    assert.match(await budget.locator('thead').innerText(), /2024年度シート[\s\S]*2025年度シート/);
    assert.match(await budget.locator('tbody tr', { hasText: '2021年度' }).innerText(), /2021年度\s+700\s+552\.7\s+700\s+552\.7/);
    // The URL keeps the project and the comparison.
    const hash = new URLSearchParams((await settledHash(page)).slice(1));
    assert.equal(hash.get('project'), '900059');
    assert.equal(hash.get('compare'), '2024');
    await assertLabels(page, 'overview compared, 1280');
    // The bar, the marked diagram and the budget of both years pass axe (WCAG 2.1 A/AA).
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    // Its tooltip: 2024's exact amount, and that it is not part of 2025's totals.
    await page.evaluate(() => document.querySelector('svg.sankey')?.scrollIntoView({ block: 'end' }));
    await j.locator('rect.hit').hover();
    const tip = page.locator('#node-tooltip');
    await tip.waitFor();
    assert.match(await tip.innerText(), /2024年度 6\.8百万円[\s\S]*2025年度にはありません\(金額はこの年度の合計に含みません\)/);
    await shot(page, 'compare-01b-ghost-tooltip-1280x800');
    await page.mouse.move(0, 0);
    await page.evaluate(() => document.querySelector('svg.sankey')?.scrollIntoView({ block: 'end' }));
    await shot(page, 'compare-01-overview-1280x800');

    // B's drill-down: 株式会社新規見本 new, 株式会社セキュアブレイン (2024: 29.8百万円) a ghost.
    await node(page, /^B /).first().locator('rect.hit').click();
    await page.getByRole('group', { name: /ブロックB/ }).first().waitFor();
    const fresh = node(page, /株式会社新規見本/);
    await fresh.first().waitFor();
    // (Payees are titled without their legal form, as everywhere in the diagram; the accessible name keeps it.)
    assert.match(await label(page, /株式会社新規見本/), /^1\. 新規見本（新規）\s*12百万円$/);
    assert.match((await fresh.first().getAttribute('class')) ?? '', /\bcmp-new\b/);
    assert.match(await label(page, /セキュアブレイン/), /^セキュアブレイン（2025年度なし）\s*2024年度 29\.8百万円$/);
    assert.match((await node(page, /セキュアブレイン/).first().getAttribute('aria-label')) ?? '', /^株式会社セキュアブレイン（2025年度なし） 2024年度 29\.8百万円/);
    await assertLabels(page, 'drill-down B compared, 1280');
    await page.mouse.move(0, 0);
    await page.evaluate(() => document.querySelector('svg.sankey')?.scrollIntoView({ block: 'center' }));
    await shot(page, 'compare-02-drill-B-1280x800');

    // Back to the overview; the comparison off: the ghost goes, and compare= with it.
    await page.keyboard.press('Escape');
    await j.waitFor();
    await bar.getByRole('button', { name: '比較しない' }).click();
    await j.waitFor({ state: 'detached' });
    assert.equal(new URLSearchParams((await settledHash(page)).slice(1)).get('compare'), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a compare= link opened before its files at 1920×1080; the year switch shows 2024 (nothing earlier: no comparison)', async () => {
    // The link first (files never travel in a link): the project and its comparison wait for the files.
    const { page, context, problems } = await open(env, { width: 1920, height: 1080 });
    await page.evaluate(() => {
      location.hash = '#project=900059&compare=2024';
    });
    await page.getByText(/リンクの事業 900059 はRSシステムのCSVファイルから開きます/).waitFor();
    await page.locator('input[type=file]').setInputFiles(both);
    await node(page, /^J .*（2025年度なし）/).waitFor();
    assert.equal(new URLSearchParams((await settledHash(page)).slice(1)).get('compare'), '2024');
    assert.match(await label(page, /^D /), /\+10\.0%$/);
    await page.getByTestId('budget-compare').waitFor();
    await assertLabels(page, 'overview compared, 1920');
    await shot(page, 'compare-03-overview-1920x1080');
    // Showing 2024: its own J (6.8百万円), no earlier year to compare with, the plain budget chart back.
    const bar = page.getByRole('region', { name: '事業年度の切り替えと比較' });
    await bar.getByRole('group', { name: '表示する事業年度' }).getByRole('button', { name: '2024' }).click();
    await page.waitForFunction(() => document.querySelector('[aria-label="表示する事業年度"] [aria-pressed=true]')?.textContent === '2024');
    await node(page, /^J デジタルテクノロジー株式会社ほか 6\.8百万円/).waitFor();
    assert.equal(await bar.getByRole('group', { name: '年度比較' }).count(), 0);
    await page.getByTestId('budget-compare').waitFor({ state: 'detached' });
    assert.equal(new URLSearchParams((await settledHash(page)).slice(1)).get('compare'), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('on a phone (390×844) and in English: the bar, the marks and the year panel in English', async () => {
    const { page, context, problems } = await openProject({ width: 390, height: 844 });
    await page.evaluate(() => {
      location.hash = '#project=900059&compare=2024&lang=en';
    });
    const bar = page.getByRole('region', { name: 'Year of the project and comparison' });
    await bar.waitFor();
    assert.equal(await bar.getByRole('button', { name: 'Compare with 2024', pressed: true }).count(), 1);
    assert.match(await bar.getByRole('status').innerText(), /Diagram compares FY2024 → FY2025[\s\S]*Blocks: 0 new, 1 gone, 1 up, 1 down/);
    // Narrow: two columns at a time; the blocks' column is the second one shown.
    await node(page, /^J .*\(none in 2025\)/).waitFor();
    // (A wrapped label's lines are tspans: their text joins without the space it was wrapped at.)
    assert.match(await label(page, /^J /), /\(none in 2025\)\s*FY2024: 6\.8\s*million yen$/);
    assert.match(await label(page, /^D /), /\+10\.0%$/);
    await assertLabels(page, 'overview compared, phone, English');
    await bar.scrollIntoViewIfNeeded();
    await shot(page, 'compare-04-phone-390x844-en');
    await page.evaluate(() => document.querySelector('svg.sankey g.node[data-id="gone:J"]')?.scrollIntoView({ block: 'center' }));
    await shot(page, 'compare-04b-phone-390x844-en-ghost');
    // The budget of both years and the year panel's comparison, in English.
    const budget = page.getByTestId('budget-compare');
    await budget.waitFor();
    assert.match(await budget.innerText(), /Budget and execution[\s\S]*FY2024 sheet[\s\S]*FY2025 sheet[\s\S]*Budget[\s\S]*Executed/);
    const panel = page.getByRole('region', { name: /at a glance/ });
    await panel.waitFor();
    const cmp = panel.getByTestId('comparison');
    await cmp.waitFor();
    assert.match(await cmp.locator('tr[data-block=J]').innerText(), /gone/);
    assert.match(await cmp.locator('tr[data-block=D]').innerText(), /up \+10\.0%/);
    assert.match(await cmp.innerText(), /株式会社新規見本[\s\S]*new/);
    await budget.scrollIntoViewIfNeeded();
    await shot(page, 'compare-05-phone-budget-en');
    // B's drill-down on the phone: the new payee and the ghost, each label at its own bar.
    await node(page, /^B /).first().focus();
    await page.keyboard.press('Enter');
    await node(page, /株式会社セキュアブレイン \(none in 2025\)/).waitFor();
    assert.match(await label(page, /株式会社新規見本/), /新規見本\s*\(new\)/);
    await assertLabels(page, 'drill-down B compared, phone, English');
    await page.evaluate(() => {
      /** @type {HTMLElement | null} */ (document.activeElement)?.blur();
      document.querySelector('svg.sankey')?.scrollIntoView({ block: 'start' });
    });
    await page.locator('#node-tooltip').waitFor({ state: 'detached' });
    await shot(page, 'compare-06-phone-drill-B-en');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
