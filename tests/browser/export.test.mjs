// Exports, each parsed back: SVG (standalone, parses, has title, legend, font and the
// amounts), PNG (twice the SVG's pixel size), CSV (UTF-8 BOM, the seed's 35 recipients,
// same rows as the CLI) and JSON (valid against the zod contract, same as the CLI).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, SEED_PATH, openGuarded, serveForFile } from './site.mjs';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules/.bin/tsx');
let env;
let site;
serveForFile((started) => ({ env, site } = started));

/** Click an item of the export menu and return [file name, bytes]. */
async function exportFile(page, item) {
  await page.getByText('書き出し', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  return [download.suggestedFilename(), await readFile(await download.path())];
}

/** Minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('exports', () => {
  it('SVG: a standalone document with title, source, legend, declared font and the amounts', async () => {
    const { page, context, problems, outside, violations } = await openGuarded(env.browser, site.url);
    const [name, bytes] = await exportFile(page, 'SVG (図)');
    assert.equal(name, '2022-総務-21-0059.svg');
    const svg = bytes.toString('utf8');
    // Parsed in a blank page of its own (the app's CSP is not the file's business).
    const blank = await context.newPage();
    const parsed = await blank.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        ns: root.namespaceURI,
        title: doc.querySelector('title')?.textContent,
        font: root.getAttribute('font-family'),
        width: Number(root.getAttribute('width')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, svg);
    await blank.close();
    assert.equal(parsed.error, null);
    assert.deepEqual([parsed.root, parsed.ns], ['svg', 'http://www.w3.org/2000/svg']);
    assert.equal(parsed.title, 'サイバーセキュリティ統合知的・人材育成基盤の構築');
    assert.match(parsed.font, /Noto Sans CJK JP/);
    const all = parsed.texts.join('\n');
    for (const amount of ['552.5百万円', '206.4百万円', '110.6百万円', '116.6百万円', '2.4百万円']) assert.ok(all.includes(amount), `has ${amount}`);
    for (const part of ['2022-総務-21-0059', '単位: 百万円', '下流への支出', '中間段階で支出']) assert.ok(all.includes(part), `has ${part}`);
    assert.doesNotMatch(svg, /var\(--/, 'colours resolved, not CSS variables');
    assert.doesNotMatch(svg, /\sclass=|<script|\son\w+=/, 'no classes, scripts or handlers');
    // In a drill-down the file is named after the block and holds its recipients.
    await page.getByRole('button', { name: /^D サイバーディフェンス研究所/ }).locator('rect.hit').click();
    await page.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
    const [dName, dBytes] = await exportFile(page, 'SVG (図)');
    assert.equal(dName, '2022-総務-21-0059-D.svg');
    assert.match(dBytes.toString('utf8'), /42\.9百万円/);
    assert.deepEqual({ problems, outside, violations }, { problems: [], outside: [], violations: [] });
    await context.close();
  });

  it('PNG: twice the pixel size of the SVG', async () => {
    const { page, context, problems, violations } = await openGuarded(env.browser, site.url);
    const [, svgBytes] = await exportFile(page, 'SVG (図)');
    const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svgBytes.toString('utf8'));
    assert.ok(m, 'svg has a size');
    const [name, png] = await exportFile(page, 'PNG (図, 2倍解像度)');
    assert.equal(name, '2022-総務-21-0059.png');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.deepEqual([w, h], [Math.round(Number(m[1]) * 2), Math.round(Number(m[2]) * 2)]);
    assert.ok(w >= 1200, `2× of a ${m[1]} px wide diagram`);
    await writeFile(join(ROOT, 'tests/browser/screenshots/43-export-2x.png'), png);
    assert.deepEqual({ problems, violations }, { problems: [], violations: [] });
    await context.close();
  });

  it('CSV: UTF-8 with BOM, the seed’s 35 recipients with block and every column, same as the CLI', async () => {
    const { page, context, problems } = await openGuarded(env.browser, site.url);
    const [name, bytes] = await exportFile(page, 'CSV (支出先)');
    assert.equal(name, '2022-総務-21-0059-recipients.csv');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    const rows = parseCsv(text);
    const [head, ...body] = rows;
    assert.deepEqual(head, ['block', 'rank', 'name', 'corporateNumber', 'corporateNumberValid', 'description', 'amount', 'contractType', 'contractFamily', 'bidders', 'awardRate', 'reason', 'line']);
    assert.equal(body.length, 35);
    assert.ok(body.every((r) => r.length === head.length), 'every row has every column');
    assert.deepEqual([...new Set(body.map((r) => r[0]))], ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    const d1 = body.find((r) => r[0] === 'D' && r[1] === '1');
    assert.deepEqual([d1[2], d1[6]], ['株式会社サイバーディフェンス研究所', '42.9']);
    const { stdout } = await run(TSX, ['scripts/parse-cli.ts', SEED_PATH, '--format', 'csv'], { cwd: ROOT });
    assert.equal(text, stdout, 'the same rows as `npm run parse -- --format csv`');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('JSON: the model validates against the schema and equals the CLI output', async () => {
    const { page, context, problems } = await openGuarded(env.browser, site.url);
    const [name, bytes] = await exportFile(page, 'JSON (モデル)');
    assert.equal(name, '2022-総務-21-0059.json');
    const file = join(ROOT, 'tests/browser/screenshots/export.json');
    await writeFile(file, bytes);
    const { stdout } = await run(TSX, ['tests/browser/validate-output.ts', file], { cwd: ROOT });
    assert.equal(stdout.trim(), 'ok');
    const model = JSON.parse(bytes.toString('utf8'));
    assert.equal(model.schemaVersion, 2);
    assert.equal(model.sheet.blocks.flatMap((b) => b.recipients).length, 35);
    const cli = await run(TSX, ['scripts/parse-cli.ts', SEED_PATH], { cwd: ROOT, maxBuffer: 16 << 20 });
    assert.deepEqual(model, JSON.parse(cli.stdout));
    assert.deepEqual(problems, []);
    await context.close();
  });
});
