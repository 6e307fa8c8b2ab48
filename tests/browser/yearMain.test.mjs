// year (#14): the year overview as the first view, in the main area (a Sankey drawn like the
// project diagram), on the sample year (tests/fixtures-rs-sample, 事業年度 2024: 900002 架空省
// 1,201,293,000 yen = 12.0億円, 900059 総務省 552,500,000 yen = 5.5億円; 予算総計 17.5億円):
// two ministries, narrowing by click, a project opened by click, the breadcrumb back up, the
// `#year=` URL with back/forward and a reload, folding, the payee search's marks; and a year
// published with `--split` (validated against the zod contract), served, opened from its
// index.json down to a project. Screenshots at 1280×800, 1920×1080 and 390×844.
// Run `npm run build:all` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { open, settledHash, shot, start } from './harness.mjs';
import { DIST, ROOT, openGuarded, serveSite } from './site.mjs';
import { labelsAtBars, labelsDoNotOverlap } from './overlap.mjs';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SAMPLE = join(ROOT, 'tests/fixtures-rs-sample');

const filesOf = async (dir) => {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.csv')).sort();
  return Promise.all(names.map(async (name) => ({ name, mimeType: 'text/csv', buffer: await readFile(join(dir, name)) })));
};
const y2024 = await filesOf(SAMPLE);

/**
 * A made-up year of one ministry (見本省) with 15 projects of 15億, 14億 … 1億円, each paying one
 * block A itself: beyond the 12 largest, the three smallest (3億 + 2億 + 1億 = 6億円) fold into "その他 3事業".
 */
function fifteen() {
  const header = (file) => file.buffer.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  const h51 = header(y2024.find((f) => f.name.startsWith('5-1_'))).split(',');
  const h52 = header(y2024.find((f) => f.name.startsWith('5-2_'))).split(',');
  const common = (i) => ({ シート種別: 'レビューシート', 事業年度: '2024', 予算事業ID: String(800000 + i), 事業名: `見本事業${i}`, 政策所管府省庁: '見本省', 府省庁: '見本省' });
  const line = (h, v) => h.map((c) => v[c] ?? '').join(',');
  const r51 = [];
  const r52 = [];
  for (let i = 1; i <= 15; i++) {
    const amount = String((16 - i) * 100_000_000);
    r51.push(line(h51, { ...common(i), 支出先ブロック番号: 'A', 支出先ブロック名: `見本法人${i}`, 支出先の数: '1', ブロックの合計支出額: amount }));
    r51.push(line(h51, { ...common(i), 支出先ブロック番号: 'A', 支出先名: `見本法人${i}`, 法人番号: '', 支出先の合計支出額: amount }));
    r52.push(line(h52, { ...common(i), 支出元の支出先ブロック名: '見本省', 担当組織からの支出: 'TRUE', 支出先の支出先ブロック: 'A' }));
  }
  const file = (name, h, rows) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[h.join(','), ...rows].join('\r\n')}\r\n`) });
  return [file('5-1_RS_2024_支出先_支出情報.csv', h51, r51), file('5-2_RS_2024_支出先_支出ブロックのつながり.csv', h52, r52)];
}

const overview = (page) => page.locator('svg.year-sankey');
const node = (page, id) => page.locator(`svg.year-sankey g.node[data-id="${id}"]`);
/** Clicks a node's bar (its label may lie over a band), then moves the pointer off the diagram (no hover highlight in the screenshots). */
async function clickNode(page, id) {
  await node(page, id).locator('rect.bar').click();
  await page.mouse.move(0, 0);
}
const names = (page) => page.locator('svg.year-sankey g.node').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
const crumbsOf = (page) => page.getByRole('navigation', { name: '年度の位置' }).locator('li').allInnerTexts();
const hashParams = async (page) => Object.fromEntries(new URLSearchParams((await settledHash(page)).slice(1)));

async function loadYear(page, files = y2024) {
  await page.locator('input[type=file]').waitFor({ state: 'attached' });
  await page.locator('input[type=file]').setInputFiles(files);
  await overview(page).waitFor();
}

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('the year overview in the main area (#14)', () => {
  it('is the first view of a whole year: 予算総計 → two ministries → their projects, each node a button named "name amount"', async () => {
    const { page, problems } = await open(env, { width: 1280, height: 800 });
    await loadYear(page);
    assert.deepEqual(await names(page), ['予算総計 17.5億円', '架空省 12.0億円', '総務省 5.5億円', '架空の資金の流れ見本事業 12.0億円', 'サイバーセキュリティ統合知的・人材育成基盤の構築 5.5億円']);
    assert.equal(await page.locator('svg.year-sankey g.node[role=button][tabindex="0"]').count(), 5);
    // The project diagram is not drawn underneath, and the side panel does not draw the overview a second time.
    assert.equal(await page.locator('svg.sankey').count(), 1);
    assert.equal(await page.getByTestId('year-overview').count(), 0);
    assert.match(await page.getByTestId('year-total').innerText(), /予算総計\s*17\.5億円/);
    assert.deepEqual(await hashParams(page), { year: '2024' });
    const overlap = await labelsDoNotOverlap(page);
    assert.deepEqual(overlap.problems, []);
    const atBars = await labelsAtBars(page, { scope: 'svg.year-sankey' });
    assert.deepEqual(atBars.problems, []);
    assert.equal(atBars.checked, 5);
    await shot(page, '/yearMain-01-overview-1280x800');
    // Keyboard: Tab reaches the nodes, arrows move between them, Enter narrows.
    await node(page, 'year').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), 'm:架空省');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), 'm:総務省');
    await page.keyboard.press('Enter');
    await node(page, 'p:900059:A').waitFor();
    // 総務省 → its project → the one block it pays (A, 552,500,000 yen in 5-1).
    assert.deepEqual(await names(page), ['総務省 5.5億円', 'サイバーセキュリティ統合知的・人材育成基盤の構築 5.5億円', '国立研究開発法人情報通信研究機構 5.5億円']);
    assert.deepEqual(problems, []);
  });

  it('narrows to a ministry by click, opens a project by click, and the breadcrumb and the URL follow (back/forward too)', async () => {
    const { page, problems } = await open(env, { width: 1280, height: 800 });
    await loadYear(page);
    await clickNode(page, 'm:架空省');
    // 架空省 → its project → the blocks it pays (A 見本財団 9.0億円, B 見本機構 3.0億円) and its own costs (1,293,000 yen).
    await node(page, 'p:900002:A').waitFor();
    assert.deepEqual(await names(page), ['架空省 12.0億円', '架空の資金の流れ見本事業 12.0億円', '見本財団 9.0億円', '見本機構 3.0億円', '国自らの支出(間接経費等) 1.3百万円']);
    const crumbs = page.getByRole('navigation', { name: '年度の位置' });
    assert.deepEqual(await crumbsOf(page), ['年度 2024', '架空省']);
    assert.deepEqual(await hashParams(page), { year: '2024', ministry: '架空省' });
    assert.deepEqual((await labelsAtBars(page, { scope: 'svg.year-sankey' })).problems, []);
    await shot(page, '/yearMain-02-ministry-1280x800');

    // The year view is a diagram only: 支出先別 and 表 (a project's views) and the exports wait for a project.
    const modes = page.getByRole('group', { name: '表示' });
    for (const name of ['支出先別', '表']) assert.equal(await modes.getByRole('button', { name }).isDisabled(), true, `${name} disabled on the year`);
    await clickNode(page, 'p:900002');
    await page.getByRole('heading', { level: 1, name: '架空の資金の流れ見本事業' }).waitFor();
    for (const name of ['支出先別', '表']) assert.equal(await modes.getByRole('button', { name }).isDisabled(), false, `${name} enabled on a project`);
    // The project explorer with all its features: the project's own diagram, drillable blocks.
    await page.locator('svg.sankey g.node[data-id="A"]').waitFor();
    assert.equal(await overview(page).count(), 0);
    assert.deepEqual(await crumbsOf(page), ['年度 2024', '架空省', '架空の資金の流れ見本事業']);
    assert.deepEqual(await hashParams(page), { year: '2024', project: '900002' });
    await shot(page, '/yearMain-03-project-1280x800');

    // Back up through the breadcrumb: the ministry, then the whole year.
    await crumbs.getByRole('button', { name: '架空省' }).click();
    await node(page, 'p:900002:A').waitFor();
    assert.deepEqual(await hashParams(page), { year: '2024', ministry: '架空省' });
    await crumbs.getByRole('button', { name: '年度 2024' }).click();
    await node(page, 'm:総務省').waitFor();
    assert.deepEqual(await hashParams(page), { year: '2024' });

    // Back: the ministry again, then the project; forward: the ministry.
    await page.goBack();
    await node(page, 'p:900002:A').waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: '架空の資金の流れ見本事業' }).waitFor();
    await page.goForward();
    await node(page, 'p:900002:A').waitFor();
    // A link edited by hand: another ministry, then a project of the year.
    await page.evaluate(() => {
      location.hash = '#year=2024&ministry=総務省';
    });
    await node(page, 'p:900059:A').waitFor();
    await page.evaluate(() => {
      location.hash = '#year=2024&project=900059';
    });
    await page.getByRole('heading', { level: 1, name: 'サイバーセキュリティ統合知的・人材育成基盤の構築' }).waitFor();
    assert.deepEqual(await crumbsOf(page), ['年度 2024', '総務省', 'サイバーセキュリティ統合知的・人材育成基盤の構築']);
    // Esc from a ministry goes up to the year.
    await page.evaluate(() => {
      location.hash = '#year=2024&ministry=総務省';
    });
    await node(page, 'p:900059:A').waitFor();
    await page.keyboard.press('Escape');
    await node(page, 'm:架空省').waitFor();
    assert.deepEqual(problems, []);
  });

  it('a reload of #year= without the files says why; dropping them shows that year and ministry', async () => {
    const { page, problems } = await open(env);
    await page.evaluate(() => {
      location.hash = '#year=2024&ministry=総務省';
    });
    await page.getByText(/リンクの2024年度の全体像はRSシステムのCSVファイル/).waitFor();
    // The default sheet stays on display.
    assert.equal(await overview(page).count(), 0);
    await loadYear(page);
    await node(page, 'p:900059:A').waitFor();
    assert.deepEqual(await hashParams(page), { year: '2024', ministry: '総務省' });
    assert.deepEqual(problems, []);
  });

  it('folds the small projects into "その他 3事業" (6.0億円) and unfolds them on click', async () => {
    const { page, problems } = await open(env, { width: 1280, height: 800 });
    await loadYear(page, fifteen());
    // One ministry: 15 + 14 + … + 1 = 120億円.
    assert.match(await node(page, 'm:見本省').getAttribute('aria-label'), /^見本省 120\.0億円$/);
    await clickNode(page, 'm:見本省');
    const fold = node(page, 'm:見本省:fold');
    await fold.waitFor();
    assert.equal(await fold.getAttribute('aria-label'), 'その他 3事業 6.0億円');
    assert.equal(await page.locator('svg.year-sankey g.node[data-id^="p:"]:not([data-id*=":A"])').count(), 12);
    assert.deepEqual((await labelsDoNotOverlap(page)).problems, []);
    await shot(page, '/yearMain-04-folded-1280x800');
    await fold.locator('rect.bar').click();
    await page.mouse.move(0, 0);
    await node(page, 'p:800015').waitFor();
    assert.equal(await fold.count(), 0);
    assert.equal(await page.locator('svg.year-sankey g.node[data-id^="p:"]:not([data-id*=":A"])').count(), 15);
    assert.equal(await node(page, 'p:800015').getAttribute('aria-label'), '見本事業15 1.0億円');
    assert.equal(await node(page, 'p:800015:A').getAttribute('aria-label'), '見本法人15 1.0億円');
    assert.deepEqual((await labelsAtBars(page, { scope: 'svg.year-sankey' })).problems, []);
    assert.deepEqual(problems, []);
  });

  it('marks the flows of a payee found by 法人番号 in the overview', async () => {
    const { page, problems } = await open(env, { width: 1280, height: 800 });
    await loadYear(page);
    // 日本コムシス株式会社 (4010701022825) is paid in blocks C and E of 900059 (総務省).
    await page.getByLabel('支出先名または法人番号').fill('4010701022825');
    await page.getByTestId('payee-results').getByText('日本コムシス株式会社').waitFor();
    await page.locator('svg.year-sankey g.node.lit[data-id="m:総務省"]').waitFor();
    const lit = await page.locator('svg.year-sankey g.node.lit').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    assert.deepEqual(lit.sort(), ['m:総務省', 'p:900059', 'year']);
    const bands = await page.locator('svg.year-sankey g.link.lit').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    assert.deepEqual(bands, ['予算総計 → 総務省 5.5億円', '総務省 → サイバーセキュリティ統合知的・人材育成基盤の構築 5.5億円']);
    await shot(page, '/yearMain-05-search-1280x800');
    await page.getByLabel('支出先名または法人番号').fill('');
    await page.waitForFunction(() => document.querySelectorAll('svg.year-sankey g.lit').length === 0);
    assert.deepEqual(problems, []);
  });

  for (const [width, height] of [[1920, 1080], [390, 844]]) {
    it(`draws the overview at ${width}×${height} with every label beside its own bar`, async () => {
      const { page, problems } = await open(env, { width, height });
      await loadYear(page);
      await page.locator('svg.year-sankey').scrollIntoViewIfNeeded();
      assert.deepEqual((await labelsDoNotOverlap(page)).problems, []);
      const atBars = await labelsAtBars(page, { scope: 'svg.year-sankey' });
      assert.deepEqual(atBars.problems, []);
      // On a phone the root column is left out (its total heads the diagram): the ministries and their projects.
      assert.equal(atBars.checked, width < 640 ? 4 : 5);
      await shot(page, `/yearMain-06-overview-${width}x${height}`);
      await clickNode(page, 'm:総務省');
      await node(page, 'p:900059:A').waitFor();
      assert.deepEqual((await labelsAtBars(page, { scope: 'svg.year-sankey' })).problems, []);
      await shot(page, `/yearMain-07-ministry-${width}x${height}`);
      assert.deepEqual(problems, []);
    });
  }
});

describe('a year published with --split (#14)', () => {
  let dir;
  let site;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'split-'));
    await run(TSX, ['scripts/parse-cli.ts', ...y2024.map((f) => join(SAMPLE, f.name)), '--split', dir], { cwd: ROOT });
    site = await serveSite({ mounts: { '/': DIST, '/data/2024/': dir } });
  });
  after(async () => {
    await site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes index.json and one file per project, each valid against the zod contract', async () => {
    const { stdout } = await run(TSX, ['tests/browser/validate-split.ts', dir], { cwd: ROOT });
    assert.deepEqual(JSON.parse(stdout), { entries: 2, files: ['900002.json', '900059.json'], problems: [] });
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    assert.deepEqual(index.map((e) => [e.projectNumber, e.ministry, e.total]), [['900002', '架空省', 1_201_293_000], ['900059', '総務省', 552_500_000]]);
  });

  it('opens #sheet=data/2024/index.json as the year overview, and a project from it by fetching its file', async () => {
    const { page, problems, outside, violations } = await openGuarded(env.browser, `${site.url}#sheet=data/2024/index.json`, { width: 1280, height: 800 });
    await overview(page).waitFor();
    assert.deepEqual(await names(page), ['予算総計 17.5億円', '架空省 12.0億円', '総務省 5.5億円', '架空の資金の流れ見本事業 12.0億円', 'サイバーセキュリティ統合知的・人材育成基盤の構築 5.5億円']);
    assert.deepEqual(await hashParams(page), { sheet: 'data/2024/index.json', year: '2024' });
    assert.ok(!site.requests.some((r) => /\d+\.json$/.test(r)), 'no project file fetched for the overview');
    await shot(page, '/yearMain-08-published-1280x800');
    // Narrowed: the index has the projects' totals, not their payees: said under the diagram.
    // The side panel says why there is no payee search or competition lens for a published list.
    await page.getByText(/公開された事業一覧\(index\.json\)には支出先と契約がない/).waitFor();
    assert.equal(await page.getByLabel('支出先名または法人番号').count(), 0);
    await clickNode(page, 'm:総務省');
    await page.getByText('この一覧には事業ごとの支出先がありません').waitFor();
    await clickNode(page, 'p:900059');
    await page.getByRole('heading', { level: 1, name: 'サイバーセキュリティ統合知的・人材育成基盤の構築' }).waitFor();
    assert.ok(site.requests.includes('/data/2024/900059.json'));
    assert.deepEqual(await hashParams(page), { sheet: 'data/2024/index.json', year: '2024', project: '900059' });
    assert.deepEqual(await crumbsOf(page), ['年度 2024', '総務省', 'サイバーセキュリティ統合知的・人材育成基盤の構築']);
    // The link to the project works on its own (a reload fetches the index, then the project).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'サイバーセキュリティ統合知的・人材育成基盤の構築' }).waitFor();
    await page.getByRole('navigation', { name: '年度の位置' }).getByRole('button', { name: '年度 2024' }).click();
    await node(page, 'm:架空省').waitFor();
    assert.deepEqual(outside, []);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });
});
