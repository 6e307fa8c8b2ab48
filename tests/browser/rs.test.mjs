// Real-browser suite for RSシステム files (issue #11): the built app (dist/) in Chromium, fed the
// synthetic sample year in tests/fixtures-rs-sample/ (copied from the format notes' rs-sample).
// Run `npm run build` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { zipSync, strToU8 } from 'fflate';
import { open, settledHash, shot, start } from './harness.mjs';

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
  it('drops the sample year, searches, opens 900002: cycle apart, direct costs, unsplit inflow, unknown-amount block', async () => {
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
    await shot(page, '/rs-02-900002-full', { fullPage: true });
    console.log((await diagram.locator('[role=button]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).join('\n'));
    assert.ok(await node(page, /^架空省 /).count() >= 1, 'the ministry node');
    assert.equal(await node(page, /間接経費|旅費/).count() >= 1, true, 'direct costs shown');
    assert.match(await page.locator('main').innerText(), /循環|cycle/);
    assert.equal(new URLSearchParams((await settledHash(page)).slice(1)).get('project'), '900002');
    await shot(page, '/rs-02-900002-1280x720');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
