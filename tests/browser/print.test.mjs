// Print: with print media emulated the page is one clean landscape page — title, diagram,
// legend, unit, source (事業番号, sheet year) and a findings summary, no controls. The PDF
// is rendered, read back with pdftotext and turned into a PNG (pdftoppm) to look at.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SCREENSHOTS } from './harness.mjs';
import { ROOT, openGuarded, serveForFile } from './site.mjs';

const run = promisify(execFile);
let env;
let site;
serveForFile((started) => ({ env, site } = started));

async function printed(page, name) {
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-summary').waitFor();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = `${SCREENSHOTS}${name}.pdf`;
  await writeFile(file, pdf);
  const info = (await run('pdfinfo', [file])).stdout;
  const text = (await run('pdftotext', ['-layout', file, '-'])).stdout;
  await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, `${SCREENSHOTS}${name}`]);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(w), height: Number(h), text };
}

describe('print', () => {
  it('the overview prints on one landscape page with title, diagram, legend, unit, source and findings', async () => {
    const { page, context, problems } = await openGuarded(env.browser, site.url);
    const pdf = await printed(page, '50-print-overview');
    assert.equal(pdf.pages, 1, 'one page');
    assert.ok(pdf.width > pdf.height, `landscape (${pdf.width}×${pdf.height} pt)`);
    const text = pdf.text.replace(/\s+/g, '');
    for (const part of [
      'サイバーセキュリティ統合知的・人材育成基盤の構築', // title
      '552.5百万円', // diagram labels
      '206.4百万円',
      '出典', // source
      '事業番号 2022-総務-21-0059',
      '2022年度',
      '単位: 百万円',
      '競争入札', // family legend (one vocabulary with the tooltip, issue #13)
      '下流への支出', // flow legend
      '点検結果の要約', // findings
    ]) assert.ok(text.includes(part.replace(/\s+/g, '')), `the page says ${part}`);
    for (const control of ['競争性レンズ', '共有・埋め込み', 'ファイルを選ぶ', '矢印キーで移動']) assert.ok(!text.includes(control.replace(/\s+/g, '')), `no ${control} on paper`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a drill-down prints the same way, in English too', async () => {
    const { page, context, problems } = await openGuarded(env.browser, `${site.url}#drill=D&lang=en`);
    const pdf = await printed(page, '51-print-drill-D-en');
    assert.equal(pdf.pages, 1);
    assert.ok(pdf.width > pdf.height);
    const text = pdf.text.replace(/\s+/g, '');
    for (const part of ['42.9 million yen', 'project no. 2022-総務-21-0059', 'FY2022', 'Findings summary', 'Unit: million yen']) assert.ok(text.includes(part.replace(/\s+/g, '')), `the page says ${part}`);
    assert.ok(!text.includes('Unit:百万円'), 'English names the unit in English');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The browser's own print, as a reader's Ctrl+P gives it: no media emulation, the page size the
// CSS asks for. One landscape page; every label written once into the PDF (the halo is not a
// second copy of the text); no word smaller than 7 pt, for the seed and for 20 blocks.
describe('plain print (no emulation)', () => {
  /** Print as the browser does; the PDF's page count, size, text and the words' heights (pt). */
  async function plainPrint(page, name) {
    // A reader prints a page that has settled: the side chunk (print summary) is in.
    await page.locator('.side button').first().waitFor();
    const file = `${SCREENSHOTS}${name}.pdf`;
    await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = (await run('pdfinfo', [file])).stdout;
    const text = (await run('pdftotext', ['-layout', file, '-'])).stdout;
    const bbox = (await run('pdftotext', ['-bbox', file, '-'])).stdout;
    const words = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({ h: Number(m[2]) - Number(m[1]), w: m[3] }));
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, `${SCREENSHOTS}${name}`]);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(w), height: Number(h), text, words };
  }
  const count = (text, part) => text.replace(/\s+/g, '').split(part.replace(/\s+/g, '')).length - 1;

  it('the seed overview: one landscape page, each label once, nothing under 7 pt', async () => {
    const { page, context, problems } = await openGuarded(env.browser, site.url);
    const pdf = await plainPrint(page, '52-plain-print-overview');
    assert.equal(pdf.pages, 1, 'one page');
    assert.ok(pdf.width > pdf.height, `landscape (${pdf.width}×${pdf.height} pt)`);
    // Labels of the diagram, each drawn once (a halo written as a second copy doubles them: "他55者").
    for (const label of ['B 日立製作所 他5者', '206.4百万円(2.1億円)', 'D サイバーディフェンス研究所 他2者', 'J デジタルテクノロジー 他9者', 'G 三菱総合研究所', '15百万円', '人件費(Aが支出)'])
      assert.equal(count(pdf.text, label), 1, `"${label}" once in the PDF's text`);
    assert.ok(!pdf.text.includes('他55者'), 'no doubled text');
    assert.ok(count(pdf.text, '点検結果の要約') === 1, 'the findings summary is on the page');
    const small = pdf.words.filter((x) => x.h < 7);
    assert.deepEqual(small, [], 'no word under 7 pt');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a drill-down and a generated 20-block sheet print on one page too, nothing under 7 pt', async () => {
    const { page, context, problems } = await openGuarded(env.browser, `${site.url}#drill=D`);
    let pdf = await plainPrint(page, '53-plain-print-drill-D');
    assert.equal(pdf.pages, 1);
    // 42.9 is both recipient 1's amount and its 使途's: twice, each drawn once.
    assert.equal(count(pdf.text, '42.9百万円'), 2);
    assert.equal(count(pdf.text, '4. エヌ・ティ・ティ・データ'), 1);
    assert.equal(count(pdf.text, '29.7百万円'), 1);
    const dir = await mkdtemp(join(tmpdir(), 'print-'));
    await run('npx', ['tsx', 'scripts/generate.ts', '20', '10', join(dir, 's.txt')], { cwd: ROOT });
    await page.goto(site.url);
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    await page.locator('input[type=file]').setInputFiles({ name: 's.txt', mimeType: 'text/plain', buffer: await readFile(join(dir, 's.txt')) });
    await page.waitForFunction(() => document.querySelectorAll('svg.sankey g.node.block').length >= 20);
    pdf = await plainPrint(page, '54-plain-print-20-blocks');
    assert.equal(pdf.pages, 1, 'one page for 20 blocks');
    assert.ok(pdf.width > pdf.height);
    for (const id of 'BCDEFGHIJKLMNOPQRST') assert.equal(pdf.text.match(new RegExp(`(^|\\s)${id}\\s+\\S+\\s+他9者`, 'gm'))?.length, 1, `block ${id} labelled once`);
    assert.deepEqual(pdf.words.filter((x) => x.h < 7), [], 'no word under 7 pt');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
