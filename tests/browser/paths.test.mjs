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
];

/** A big sheet (26 blocks × 100 recipients, ≥ 256 KB: parsed in the worker), in Shift_JIS. */
function bigShiftJis() {
  const dir = mkdtempSync(join(tmpdir(), 'paths-'));
  const utf8 = join(dir, 'big.txt');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/generate.ts'), '26', '100', utf8], { cwd: ROOT });
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
const singleShown = (page) => page.waitForFunction(() => document.querySelectorAll('svg.sankey g.node[data-id="A"]').length > 0 && !document.querySelector('svg.sankey g.node[data-id="B"]'));
/** A host page on the same site with one <fund-flow-sankey id="e" src=…>. */
function openElement(src) {
  files['/news/host.html'] = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head><body>
    <script src="/lib/fund-flow-sankey.js"></script>
    <fund-flow-sankey id="e" src="${src}"></fund-flow-sankey></body></html>`;
  return openGuarded(env.browser, `${site.url}news/host.html`, { wait: false });
}
const pick = (page, name, buffer) => page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });

/** Drops a file with these bytes on the window, as a browser does (dragenter, dragover, drop with a DataTransfer). */
function drop(page, name, buffer) {
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
    for (const name of [...ENCODED.map(([, n]) => n), 'seed.xlsx']) {
      await e.evaluate((el, n) => el.setAttribute('src', `/data/${n}`), name);
      await seedShown(page);
      await e.evaluate((el) => el.setAttribute('src', '/data/single.txt'));
      await singleShown(page);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});
