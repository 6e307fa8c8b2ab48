// Real-browser suite for RSシステム files (issue #11): the built app (dist/) in Chromium, fed the
// synthetic sample year in tests/fixtures-rs-sample/ (copied from the format notes' rs-sample).
// Run `npm run build` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { open, settledHash, shot, start } from './harness.mjs';
import { DIST, DIST_ELEMENT, ROOT, openGuarded, serveSite } from './site.mjs';

const SAMPLE = new URL('../fixtures-rs-sample/', import.meta.url);
const names = (await readdir(SAMPLE)).filter((n) => n.endsWith('.csv')).sort();
/** The sample's CSVs as files for the page: { name, mimeType, buffer }. */
const csvs = await Promise.all(names.map(async (name) => ({ name, mimeType: 'text/csv', buffer: await readFile(new URL(name, SAMPLE)) })));
const table = (t) => csvs.find((f) => f.name.startsWith(`${t}_`));
/** One ZIP per table, as the RSシステム publishes them (`5-1_RS_2024_支出先_支出情報.zip` holding its CSV). */
const zipOf = (f) => ({ name: f.name.replace(/\.csv$/, '.zip'), mimeType: 'application/zip', buffer: Buffer.from(zipSync({ [f.name]: new Uint8Array(f.buffer) })) });

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

/** Drops `files` on the page as a user would (a drag of files onto the window). */
async function drop(page, files) {
  const data = files.map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] }));
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    const opts = { bubbles: true, cancelable: true, dataTransfer: dt };
    window.dispatchEvent(new DragEvent('dragenter', opts));
    window.dispatchEvent(new DragEvent('drop', opts));
  }, data);
}
/** Picks `files` with the loader's file input. */
const pick = (page, files) => page.locator('input[type=file]').setInputFiles(files);
const projectList = (page) => page.getByRole('region', { name: /事業一覧/ });
const node = (page, re) => page.getByRole('button', { name: re });

describe('RSシステム files in Chromium', () => {
  it('drops the sample year, searches, opens 900002: cycle apart, direct costs, unsplit inflow; project= links while the files are loaded', async () => {
    const { page, problems, context } = await open(env);
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await drop(page, csvs);
    const list = projectList(page);
    await list.waitFor();
    // Both projects listed, largest amount first. 900002: the ministry pays A 900,000,000 and
    // B 300,000,000 yen, and spends 1,043,000 + 250,000 itself = 1,201,293,000 yen → 1,201.3百万円;
    // 900059 (the seed): 552.5百万円.
    const items = list.getByRole('listitem');
    await assert.doesNotReject(items.first().waitFor());
    assert.equal(await items.count(), 2);
    const first = await items.nth(0).innerText();
    assert.match(first, /架空の資金の流れ見本事業/);
    assert.match(first, /架空省/);
    assert.match(first, /1,201\.3百万円\(12\.0億円\)/);
    assert.match(await items.nth(1).innerText(), /サイバーセキュリティ統合知的・人材育成基盤の構築[\s\S]*総務省[\s\S]*552\.5百万円/);
    // Search: full-width digits of the ID find it (NFKC), and the other project is filtered out.
    await list.getByRole('searchbox').fill('９００００２');
    await items.nth(1).waitFor({ state: 'detached' });
    assert.equal(await items.count(), 1);
    assert.match(await items.nth(0).innerText(), /900002/);
    await shot(page, '/rs-01-list-1280x720');
    await items.nth(0).getByRole('button').click();
    await page.getByRole('heading', { level: 1, name: '架空の資金の流れ見本事業' }).waitFor();
    // The diagram: amounts in 百万円, direct costs of the state itself, the cycle's closing edge apart.
    const diagram = page.getByRole('group', { name: /資金の流れ/ }).first();
    await diagram.waitFor();
    await shot(page, '/rs-02-900002-1280x720');
    // The header names the user's files, never "the bundled sheet".
    const source = await page.getByTestId('sheet-source').innerText();
    assert.match(source, /5-1_RS_2024_支出先_支出情報\.csv/);
    assert.doesNotMatch(source, /同梱/);
    // The cycle's closing edge E→C is listed apart, with its note; the state's own spending is drawn.
    const apart = page.getByRole('region', { name: /循環するつながり/ });
    // Blocks are titled with their RS name (支出先ブロック名), rsfix #4.
    assert.match(await apart.innerText(), /E 株式会社見本二 → C 株式会社見本一ほか\(参考標記\)/);
    assert.equal(await node(page, /^委員等旅費\(国が直接支出\) 1\.043百万円/).count(), 1);
    assert.equal(await node(page, /^職員旅費\(国が直接支出\) 0\.25百万円/).count(), 1);
    // C has two funders (A and B): the junction says the split is not given; the bands into it carry no amount.
    assert.equal(await node(page, /^資金元 A・B（配分は記載なし） 700百万円/).count(), 1);
    for (const from of ['A 見本財団', 'B 見本機構']) assert.equal(await page.locator(`[aria-label="${from} → 資金元 A・B（配分は記載なし） 配分は記載なし"]`).count(), 1, `${from}: no amount on its band`);
    assert.ok(await node(page, /^架空省 /).count() >= 1, 'the ministry node');
    assert.equal(new URLSearchParams((await settledHash(page)).slice(1)).get('project'), '900002');
    // A link to the other project of the files loaded opens it (no files in the URL: they are still loaded).
    await page.evaluate(() => {
      location.hash = '#project=900059';
    });
    await page.getByRole('heading', { level: 1, name: 'サイバーセキュリティ統合知的・人材育成基盤の構築' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: '架空の資金の流れ見本事業' }).waitFor();
    // A reload loses the files (they never travel in a link): the default sheet and a notice saying why.
    await page.reload();
    await page.getByText(/リンクの事業 900002 はRSシステムのCSVファイルから開きます/).waitFor();
    // Dropping the files then opens the project the link named.
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await drop(page, csvs);
    await page.getByRole('heading', { level: 1, name: '架空の資金の流れ見本事業' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('RSシステム files: the seed in RS form, ZIPs, bad input, the latest request', () => {
  it('picks the five ZIPs, opens 900059 (the seed in RS form, yen): the seed’s blocks in 百万円, contracts and その他 in the detail panel', async () => {
    const { page, problems, context } = await open(env, { width: 1920, height: 1080 });
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await pick(page, csvs.map(zipOf));
    const list = projectList(page);
    await list.getByRole('searchbox').fill('総務省');
    await list.getByRole('listitem').nth(1).waitFor({ state: 'detached' });
    await list.getByRole('button', { name: /サイバーセキュリティ統合知的・人材育成基盤の構築/ }).click();
    await page.getByRole('heading', { level: 1, name: 'サイバーセキュリティ統合知的・人材育成基盤の構築' }).waitFor();
    // The seed's amounts, ×1,000,000 yen, shown in 百万円 as the text sheet shows them.
    for (const [id, amount] of [['A', '552.5'], ['B', '206.4'], ['D', '110.6'], ['J', '6.8']]) {
      assert.equal(await node(page, new RegExp(`^${id} .*${amount.replace('.', '\\.')}百万円`)).count(), 1, `block ${id} ${amount}百万円`);
    }
    await shot(page, '/rs-03-900059-1920x1080');
    // The detail panel of block B: its payees, and the contracts behind them.
    await node(page, /^B /).first().locator('rect.hit').click();
    const detail = page.getByRole('region', { name: /^B / });
    // Its tables come a frame after the panel (the diagram paints first): wait for the contracts table.
    await detail.getByRole('table', { name: 'ブロックBの契約' }).waitFor();
    const text = await detail.innerText();
    assert.match(text, /支出先の数/);
    assert.match(text, /ブロックBの契約|契約概要/);
    assert.equal(new URLSearchParams((await settledHash(page)).slice(1)).get('project'), '900059');
    await shot(page, '/rs-04-900059-detail-B', { fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('refuses a CSV of another table, a header with a missing column and an HTML page saved as .zip, naming each file; the diagram stays', async () => {
    const { page, problems, context } = await open(env);
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    const other = { name: '1-1_RS_2024_基本情報_組織情報.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFFシート種別,事業年度,予算事業ID,事業名,組織名\r\nレビューシート,2024,900002,x,y\r\n') };
    const header = table('5-1').buffer.toString('utf8').split('\r\n')[0];
    const missing = { name: 'broken-5-1.csv', mimeType: 'text/csv', buffer: Buffer.from(header.replace(',支出先名', '') + '\r\n') };
    const html = { name: '5-2_RS_2024_支出先_支出ブロックのつながり.zip', mimeType: 'application/zip', buffer: Buffer.from('<!DOCTYPE html><html><body>Not found</body></html>') };
    await pick(page, [other, missing, html]);
    const alert = page.getByRole('alert').filter({ hasText: /読み込めません|読めません|RSシステム/ });
    await alert.first().waitFor();
    const message = await alert.first().innerText();
    for (const f of [missing.name, html.name]) assert.ok(message.includes(f), `the message names ${f}: ${message}`);
    assert.match(message, /支出先名/);
    // The CSV of another table of the year is left aside, and the notice says so, naming it.
    assert.match(await page.locator('.notice, [role=status]').filter({ hasText: other.name }).first().innerText(), /1-1_RS_2024_基本情報_組織情報\.csv/);
    // Nothing else lost: the seed is still drawn, no project list appeared.
    await page.getByRole('heading', { level: 1, name: 'サイバーセキュリティ統合知的・人材育成基盤の構築' }).waitFor();
    assert.equal(await projectList(page).count(), 0);
    await shot(page, '/rs-05-bad-files');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a text sheet picked right after RS files wins, whichever finishes first', async () => {
    const { page, problems, context } = await open(env);
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    // A text sheet with a name of its own (the fixture's, renamed), so the heading tells which load won.
    const sheet = Buffer.from((await readFile(new URL('../fixtures/single-block/input.txt', import.meta.url), 'utf8')).replaceAll('サイバーセキュリティ統合知的・人材育成基盤の構築', '後から選んだテキストのシート'));
    // 5-1 and 5-2 of project 900002 alone: one project, which would open at once if its request won.
    const only = (f) => ({ ...f, buffer: Buffer.from(f.buffer.toString('utf8').split('\r\n').filter((l, i) => i === 0 || l.includes(',900002,')).join('\r\n')) });
    await drop(page, [only(table('5-1')), only(table('5-2'))]);
    await drop(page, [{ name: 'single-block.txt', mimeType: 'text/plain', buffer: sheet }]);
    await projectList(page).waitFor();
    assert.equal(await projectList(page).getByRole('listitem').count(), 1);
    // The list of the RS files is there, but the sheet on display is the text sheet picked last.
    await page.getByRole('heading', { level: 1, name: '後から選んだテキストのシート' }).waitFor();
    // Still so once the RS request has surely come back (its list is drawn).
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), '後から選んだテキストのシート');
    assert.equal(new URLSearchParams((await settledHash(page)).slice(1)).get('project'), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('on a phone (390×844): the list and a project are usable', async () => {
    const { page, problems, context } = await open(env, { width: 390, height: 844 });
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await drop(page, csvs);
    const list = projectList(page);
    await list.getByRole('button', { name: /架空の資金の流れ見本事業/ }).click();
    await page.getByRole('heading', { level: 1, name: '架空の資金の流れ見本事業' }).waitFor();
    // The list sits below the diagram on a phone: picking brings the diagram into view.
    await page.waitForFunction(() => document.querySelector('main').getBoundingClientRect().top >= -1);
    await shot(page, '/rs-06-900002-390x844');
    await list.scrollIntoViewIfNeeded();
    await shot(page, '/rs-07-list-390x844');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('RSシステム detail tables on a phone', () => {
  it('900059 at 390×844: block B’s payees and contracts are cards, every amount whole, nothing scrolls sideways', async () => {
    const { page, problems, context } = await open(env, { width: 390, height: 844 });
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await pick(page, csvs.map(zipOf));
    await projectList(page).getByRole('button', { name: /サイバーセキュリティ統合知的・人材育成基盤の構築/ }).click();
    await page.getByRole('heading', { level: 1, name: 'サイバーセキュリティ統合知的・人材育成基盤の構築' }).waitFor();
    await node(page, /^B /).first().locator('rect.hit').click();
    const detail = page.getByRole('region', { name: /^B / });
    const contracts = detail.getByRole('table', { name: 'ブロックBの契約' });
    await contracts.waitFor();
    const payees = detail.getByRole('table', { name: 'ブロックBの支出先' });
    for (const [name, table] of [['payees', payees], ['contracts', contracts]]) {
      const box = await table.evaluate((t) => {
        const wrap = t.parentElement;
        return { scroll: wrap.scrollWidth, client: wrap.clientWidth, right: Math.max(...[...t.querySelectorAll('td')].map((td) => td.getBoundingClientRect().right)) };
      });
      assert.ok(box.scroll <= box.client + 1, `${name}: no sideways scroll (${box.scroll} > ${box.client})`);
      assert.ok(box.right <= 390, `${name}: every cell within the screen (right edge ${box.right})`);
    }
    // Each amount is labelled with its column, as the heading row is not beside it.
    const amounts = await contracts.locator('td.num[data-label^="金額"]').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    assert.ok(amounts.length >= 6, `contracts listed: ${amounts.length}`);
    for (const c of amounts) assert.match(c, /金額/);
    assert.match(await payees.innerText(), /日立製作所/);
    await detail.scrollIntoViewIfNeeded();
    await shot(page, '/rs-08-900059-detail-B-390x844', { fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the model JSON loaded back (app, #sheet=, <fund-flow-sankey>)', () => {
  // The CLI's JSON contract for 900002, made from the sample as a user would.
  const cli = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/parse-cli.ts'), ...names.map((n) => fileURLToPath(new URL(n, SAMPLE))), '--project', '900002'], { cwd: ROOT, encoding: 'utf8' });
  let site;
  before(async () => {
    site = await serveSite({
      mounts: { '/app/': DIST, '/lib/': DIST_ELEMENT },
      files: {
        '/app/data/900002.json': cli,
        '/app/data/bad.json': '{"schemaVersion": 2, "sheet": {}}',
        '/host.html': `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head><body><script src="/lib/fund-flow-sankey.js"></script><fund-flow-sankey id="j" src="/app/data/900002.json"></fund-flow-sankey></body></html>`,
      },
    });
  });
  after(async () => {
    await site?.close();
  });

  it('picks the JSON; #sheet=…json opens it; a bad JSON gets a message naming it and the diagram stays', async () => {
    const { page, problems, context } = await open(env);
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await pick(page, [{ name: '900002.json', mimeType: 'application/json', buffer: Buffer.from(cli) }]);
    await page.getByRole('heading', { level: 1, name: '架空の資金の流れ見本事業' }).waitFor();
    assert.equal(await node(page, /^委員等旅費\(国が直接支出\)/).count(), 1);
    await pick(page, [{ name: 'not-model.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 2, "sheet": {}}') }]);
    const alert = page.getByRole('alert').filter({ hasText: 'not-model.json' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /このアプリの JSON/);
    await pick(page, [{ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 2,') }]);
    await page.getByRole('alert').filter({ hasText: 'broken.json' }).waitFor();
    assert.match(await page.getByRole('alert').filter({ hasText: 'broken.json' }).innerText(), /JSON として読めません/);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), '架空の資金の流れ見本事業');
    assert.deepEqual(problems, []);
    await context.close();

    const linked = await openGuarded(env.browser, `${site.url}app/#sheet=data%2F900002.json`, { wait: false });
    await linked.page.getByRole('heading', { level: 1, name: '架空の資金の流れ見本事業' }).waitFor();
    const bad = await linked.context.newPage();
    await bad.goto(`${site.url}app/#sheet=data%2Fbad.json`);
    await bad.getByRole('alert').filter({ hasText: 'bad.json' }).waitFor();
    assert.deepEqual(linked.problems, []);
    await linked.context.close();
  });

  it('<fund-flow-sankey src=…json> draws it', async () => {
    const { page, problems, context } = await openGuarded(env.browser, `${site.url}host.html`, { wait: false });
    await page.locator('#j').getByRole('button', { name: /^資金元 A・B（配分は記載なし）/ }).waitFor();
    await shot(page, '/rs-08-element-json');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('RSシステム files in the single file opened from disk (no worker: read on the main thread)', () => {
  it('picks the CSVs from file:// and opens 900002', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`file://${join(ROOT, 'dist-single/index.html')}`);
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await pick(page, csvs);
    await projectList(page).getByRole('button', { name: /架空の資金の流れ見本事業/ }).click();
    await page.getByRole('heading', { level: 1, name: '架空の資金の流れ見本事業' }).waitFor();
    assert.equal(await node(page, /^委員等旅費\(国が直接支出\)/).count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// rsfix: 900002's overview and C's drill-down on a laptop and a phone: C's own payees are drawn as
// such (no 差額), F comes from 資金元の記載なし, the ministry carries the list's 1,201.3百万円; LOOK at the PNGs.
describe('RSシステム 900002 after rsfix, 1280×720 and 390×844', () => {
  for (const [width, height] of [[1280, 720], [390, 844]]) {
    it(`overview and drill-down of C at ${width}×${height}`, async () => {
      const { page, problems, context } = await open(env, { width, height });
      await page.locator('input[type=file]').waitFor({ state: 'attached' });
      await drop(page, csvs);
      const list = projectList(page);
      await list.getByRole('listitem').first().waitFor();
      await list.getByRole('button', { name: /架空の資金の流れ見本事業/ }).click();
      await page.getByRole('heading', { level: 1, name: '架空の資金の流れ見本事業' }).waitFor();
      await page.getByRole('group', { name: /資金の流れ/ }).first().waitFor();
      await shot(page, `/rsfix-900002-${width}x${height}`);
      assert.equal(await node(page, /^資金元の記載なし 120百万円/).count(), 1, 'F apart from the ministry');
      assert.equal(await node(page, /^架空省 1,201\.293百万円/).count(), 1, 'the ministry = the list total');
      // A phone shows two levels at a time: step on to C's.
      for (let i = 0; i < 4 && (await node(page, /^C 自らの支出先/).count()) === 0; i++) await page.getByRole('button', { name: /次の段/ }).click();
      if (width < 600) await shot(page, `/rsfix-900002-C-level-${width}x${height}`);
      assert.equal(await node(page, /^C 自らの支出先 12者 650百万円/).count(), 1, 'C\'s own payees: 700 − 50 to E');
      assert.equal(await node(page, /差額/).count(), 0, 'no residual');
      if (width >= 600) {
        // Its tooltip says what it is, not 差額.
        await node(page, /^C 自らの支出先 12者/).locator('rect.hit').hover();
        const tip = page.getByRole('tooltip');
        await tip.waitFor();
        assert.match(await tip.innerText(), /下流のブロックへは渡さなかった額[\s\S]*どの支出先の分かは記載されていません/);
        await shot(page, `/rsfix-900002-payees-tooltip-${width}x${height}`);
        await page.mouse.move(0, 0);
      }
      await page.evaluate(() => {
        location.hash = '#project=900002&drill=C';
      });
      await node(page, /^株式会社見本一 400百万円/).first().waitFor();
      if (width < 600) await shot(page, `/rsfix-900002-drill-C-first-${width}x${height}`);
      for (let i = 0; i < 4 && (await node(page, /^E 株式会社見本二 50百万円/).count()) === 0; i++) await page.getByRole('button', { name: /次の段/ }).click();
      assert.equal(await node(page, /^C の支出先から（どの支出先からかは記載なし） 50百万円/).count(), 1);
      assert.equal(await node(page, /^E 株式会社見本二 50百万円/).count(), 1);
      assert.equal(await node(page, /差額|不突合/).count(), 0, 'no residual in the drill-down');
      await shot(page, `/rsfix-900002-drill-C-${width}x${height}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

