// Issue #12: every input path reads the same files the same way — the file picker, drop,
// paste, #sheet= and <fund-flow-sankey src> — through the one decode function (Shift_JIS,
// UTF-16 with and without BOM, .xlsx), under the one size limit, and the latest request wins.
// Fixtures: tests/encodings/ (made with iconv, see make.sh); the .xlsx is written here from the
// seed's rows. Run `npm run build && npm run build:element` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { start, shot } from './harness.mjs';
import { DIST, DIST_ELEMENT, ROOT, SEED_PATH, openGuarded, serveSite } from './site.mjs';

const enc = (name) => readFileSync(join(ROOT, 'tests/encodings', name));
const SEED = readFileSync(SEED_PATH, 'utf8');
const SINGLE = readFileSync(join(ROOT, 'tests/fixtures/single-block/input.txt'));
const ENCODED = [
  ['Shift_JIS', 'seed.sjis.txt'],
  ['UTF-16 LE with BOM', 'seed.utf16le-bom.txt'],
  ['UTF-16 BE without BOM', 'seed.utf16be.txt'],
  ['UTF-8 with BOM', 'seed.utf8-bom.txt'],
];

/** A big sheet (26 blocks × 250 recipients, 431,000 characters ≥ 256 Ki: parsed in the worker), in Shift_JIS. */
function bigShiftJis() {
  const dir = mkdtempSync(join(tmpdir(), 'paths-'));
  const utf8 = join(dir, 'big.txt');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/generate.ts'), '26', '250', utf8], { cwd: ROOT });
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP932', utf8], { maxBuffer: 64 * 1024 * 1024 });
}

let env;
let site;
let xlsx;
const files = {};
/** Responses the test holds open (the slow and the oversized ones), closed at the end. */
const held = new Set();

/** The slow route answers when release() is called; `done` resolves once it has answered or the client went away. */
function gate() {
  let release;
  const released = new Promise((r) => (release = r));
  let finish;
  const done = new Promise((r) => (finish = r));
  return { release, released, done, finish };
}
let slow = gate();

/** The single-block sheet, answered only when the test releases the gate. */
async function slowRoute(req, res) {
  held.add(res);
  const g = slow;
  let gone = false;
  res.on('close', () => {
    gone = true;
    g.finish('aborted');
  });
  await g.released;
  if (!gone) {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(SINGLE, () => g.finish('answered'));
  }
  held.delete(res);
}

/** Says 21 MB and sends 64 KB: the page must stop at the header. */
function hugeRoute(req, res) {
  held.add(res);
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(21 * 1024 * 1024), 'cache-control': 'no-store' });
  res.write(Buffer.alloc(64 * 1024, 0x41));
  res.on('close', () => held.delete(res));
}

before(async () => {
  env = await start();
  const rows = SEED.split('\n').map((l) => l.split('\t').map((c) => (c === '' ? null : c)));
  xlsx = await writeXlsxFile(rows).toBuffer();
  const sheets = { 'single.txt': SINGLE, 'seed.xlsx': xlsx, 'old.xls': enc('old.xls') };
  for (const [, name] of ENCODED) sheets[name] = enc(name);
  for (const [name, body] of Object.entries(sheets)) {
    files[`/app/sheets/${name}`] = body;
    files[`/data/${name}`] = body;
  }
  site = await serveSite({
    mounts: { '/app/': DIST, '/lib/': DIST_ELEMENT },
    files,
    routes: { '/data/slow.txt': slowRoute, '/app/sheets/slow.txt': slowRoute, '/app/sheets/huge.txt': hugeRoute },
  });
});
after(async () => {
  for (const res of held) res.destroy();
  await site?.close();
  await env?.stop();
});

const APP = () => `${site.url}app/`;
const node = (page, id) => page.locator(`svg.sankey g.node[data-id="${id}"]`);
/** The seed is on display: its last block J is drawn. */
const seedShown = (page) => node(page, 'J').first().waitFor();
/** The single-block sheet is on display: nodes, none of them B. */
const singleShown = (page) =>
  page.waitForFunction(() => {
    // The app's document, or the custom element's shadow root (it renders in one).
    const root = document.querySelector('fund-flow-sankey')?.shadowRoot ?? document;
    return root.querySelectorAll('svg.sankey g.node[data-id="A"]').length > 0 && !root.querySelector('svg.sankey g.node[data-id="B"]');
  });
/** A host page on the same site with one <fund-flow-sankey id="e" src=…>. */
function openElement(src) {
  files['/news/host.html'] = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head><body>
    <script src="/lib/fund-flow-sankey.js"></script>
    <fund-flow-sankey id="e" src="${src}"></fund-flow-sankey></body></html>`;
  return openGuarded(env.browser, `${site.url}news/host.html`, { wait: false });
}
const pick = (page, name, buffer) => page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });

/** Drops a file with these bytes on the window, as a browser does (dragenter, dragover, drop with a DataTransfer). */
async function drop(page, name, buffer) {
  // The loader (and its window listeners) comes with the side panels, a frame after the diagram.
  await page.locator('input[type=file]').waitFor({ state: 'attached' });
  return page.evaluate(
    ({ name, b64 }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name));
      for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64: Buffer.from(buffer).toString('base64') },
  );
}

describe('every path reads Shift_JIS, UTF-16 and .xlsx', () => {
  it('the file picker', async () => {
    const { page, context, problems } = await openGuarded(env.browser, APP());
    for (const [what, name] of [...ENCODED, ['.xlsx', 'seed.xlsx']]) {
      await pick(page, 'single.txt', SINGLE);
      await singleShown(page);
      await pick(page, name, name === 'seed.xlsx' ? xlsx : enc(name));
      await seedShown(page);
      assert.equal(await page.getByRole('alert').filter({ hasText: /\S/ }).count(), 0, `${what}: no error`);
      if (name === 'seed.sjis.txt') await shot(page, 'paths-01-picker-shift-jis');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('drop', async () => {
    const { page, context, problems } = await openGuarded(env.browser, APP());
    for (const [, name] of ENCODED) {
      await drop(page, 'single.txt', SINGLE);
      await singleShown(page);
      await drop(page, name, enc(name));
      await seedShown(page);
    }
    await drop(page, 'single.txt', SINGLE);
    await singleShown(page);
    await drop(page, 'seed.xlsx', xlsx);
    await seedShown(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('paste (text arrives decoded; the BOM a copy may carry is dropped)', async () => {
    const { page, context, problems } = await openGuarded(env.browser, APP());
    await pick(page, 'single.txt', SINGLE);
    await singleShown(page);
    await page.getByText('テキストを貼り付け').click();
    await page.getByLabel('レビューシートのテキスト(タブ区切り)').fill(`\uFEFF${SEED}`);
    await page.getByRole('button', { name: '読み込む', exact: true }).click();
    await seedShown(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('#sheet=', async () => {
    const { page, context, problems, outside } = await openGuarded(env.browser, `${APP()}#sheet=sheets%2Fsingle.txt`, { wait: false });
    await singleShown(page);
    for (const name of [...ENCODED.map(([, n]) => n), 'seed.xlsx']) {
      await page.evaluate((n) => (location.hash = `#sheet=sheets%2F${n}`), name);
      await seedShown(page);
      assert.ok(site.requests.includes(`/app/sheets/${name}`));
      await page.evaluate(() => (location.hash = '#sheet=sheets%2Fsingle.txt'));
      await singleShown(page);
    }
    assert.deepEqual({ problems, outside }, { problems: [], outside: [] });
    await context.close();
  });

  it('<fund-flow-sankey src>', async () => {
    const { page, context, problems } = await openElement('/data/single.txt');
    const e = page.locator('#e');
    await singleShown(page);
    for (const [, name] of ENCODED) {
      await e.evaluate((el, n) => el.setAttribute('src', `/data/${n}`), name);
      await seedShown(page);
      await e.evaluate((el) => el.setAttribute('src', '/data/single.txt'));
      await singleShown(page);
    }
    // The element is one small file without the workbook reader: an .xlsx gets a message saying so, and the diagram stays.
    await e.evaluate((el) => el.setAttribute('src', '/data/seed.xlsx'));
    await e.getByRole('alert').filter({ hasText: '「seed.xlsx」はExcelブック(.xlsx)です。埋め込み用の <fund-flow-sankey> はテキストのシートだけを読みます' }).waitFor();
    await singleShown(page);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('what is not a sheet file is refused with what to do; the diagram stays', () => {
  it('file picker: an old .xls', async () => {
    const { page, context, problems } = await openGuarded(env.browser, APP());
    await pick(page, '2019-総務-0059.xls', enc('old.xls'));
    const alert = page.getByRole('alert').filter({ hasText: '「2019-総務-0059.xls」は古い形式のExcelブック(.xls)' }).last();
    await alert.waitFor();
    assert.match(await alert.innerText(), /「\.xlsx」形式か「テキスト\(タブ区切り\)」で保存し直して/);
    assert.doesNotMatch(await alert.innerText(), /制御文字/);
    await seedShown(page);
    await shot(page, 'paths-02-old-xls-refused');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('drop: random bytes', async () => {
    const { page, context, problems } = await openGuarded(env.browser, APP());
    await drop(page, 'random.bin', enc('random.bin'));
    await page.getByRole('alert').filter({ hasText: '「random.bin」はテキストファイルでもExcelブック(.xlsx)でもありません' }).last().waitFor();
    await seedShown(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('#sheet=: an .xls, then a sheet over 20 MB (by its Content-Length) — the previous sheet stays', async () => {
    const { page, context, problems } = await openGuarded(env.browser, `${APP()}#sheet=sheets%2Fsingle.txt`, { wait: false });
    await singleShown(page);
    await page.evaluate(() => (location.hash = '#sheet=sheets%2Fold.xls'));
    await page.getByRole('status').filter({ hasText: '「old.xls」は古い形式のExcelブック(.xls)' }).waitFor();
    await singleShown(page);
    await page.waitForFunction(() => location.hash === '#sheet=sheets%2Fsingle.txt');
    await page.evaluate(() => (location.hash = '#sheet=sheets%2Fhuge.txt'));
    await page.getByRole('status').filter({ hasText: '「huge.txt」は21 MBあり、上限の20 MBを超えるため読み込みませんでした。' }).waitFor();
    await singleShown(page);
    await page.waitForFunction(() => location.hash === '#sheet=sheets%2Fsingle.txt');
    await shot(page, 'paths-03-sheet-too-large');
    assert.ok(site.requests.includes('/app/sheets/huge.txt'));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the latest request wins', () => {
  it('<fund-flow-sankey>: src changed twice quickly — the slow first answer does not replace the second', async () => {
    slow = gate();
    const { page, context, problems } = await openElement('/data/seed.utf16le-bom.txt');
    const e = page.locator('#e');
    await seedShown(page);
    const seen = site.requests.length;
    await e.evaluate((el) => el.setAttribute('src', '/data/slow.txt'));
    await page.waitForFunction(() => true);
    while (!site.requests.slice(seen).includes('/data/slow.txt')) await new Promise((r) => setTimeout(r, 20));
    await e.evaluate((el) => el.setAttribute('src', '/data/seed.sjis.txt'));
    await page.waitForFunction(() => !document.querySelector('#e')?.hasAttribute('aria-busy'));
    await seedShown(page);
    slow.release();
    const how = await slow.done;
    // Two frames after the slow request ended: the element still shows the second src.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await seedShown(page);
    assert.equal(await node(page, 'B').count(), 1, `the seed stays (slow request ${how})`);
    assert.equal(how, 'aborted', 'the older request was aborted');
    await shot(page, 'paths-04-element-latest-wins');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('#sheet=: the hash changed twice quickly — the slow first sheet does not replace the second', async () => {
    slow = gate();
    const { page, context, problems } = await openGuarded(env.browser, APP());
    const seen = site.requests.length;
    await page.evaluate(() => (location.hash = '#sheet=sheets%2Fslow.txt'));
    while (!site.requests.slice(seen).includes('/app/sheets/slow.txt')) await new Promise((r) => setTimeout(r, 20));
    await page.evaluate(() => (location.hash = '#sheet=sheets%2Fseed.sjis.txt'));
    await page.waitForFunction(() => location.hash === '#sheet=sheets%2Fseed.sjis.txt');
    await seedShown(page);
    slow.release();
    await slow.done;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await node(page, 'B').count(), 1);
    assert.equal(await page.evaluate(() => location.hash), '#sheet=sheets%2Fseed.sjis.txt');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('file picker: a big Shift_JIS sheet (parsed in the worker), then a small one — the small one stays', async () => {
    const big = bigShiftJis();
    assert.ok(big.length > 512 * 1024);
    const { page, context, problems } = await openGuarded(env.browser, APP());
    // Count the worker's answers, to know when the big sheet's parse has come back.
    await page.evaluate(() => {
      window.__workerReplies = 0;
      const Real = window.Worker;
      window.Worker = class extends Real {
        constructor(...args) {
          super(...args);
          this.addEventListener('message', () => window.__workerReplies++);
        }
      };
    });
    // The big sheet alone first: decoded from Shift_JIS and parsed in the worker (26 blocks, A…Z).
    await pick(page, 'big-26x250.sjis.txt', big);
    await node(page, 'Z').waitFor({ timeout: 30000 });
    assert.equal(await page.evaluate(() => window.__workerReplies), 1);
    await pick(page, 'single.txt', SINGLE);
    await singleShown(page);
    // Now the race: the big one, then at once the small one.
    await pick(page, 'big-26x250.sjis.txt', big);
    await pick(page, 'single.txt', SINGLE);
    await singleShown(page);
    await page.waitForFunction(() => window.__workerReplies === 2, null, { timeout: 30000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await singleShown(page);
    assert.equal(await node(page, 'Z').count(), 0, 'the big sheet did not replace the small one');
    await shot(page, 'paths-05-picker-latest-wins');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
