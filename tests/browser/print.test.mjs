// Print: with print media emulated the page is one clean landscape page — title, diagram,
// legend, unit, source (事業番号, sheet year) and a findings summary, no controls. The PDF
// is rendered, read back with pdftotext and turned into a PNG (pdftoppm) to look at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { SCREENSHOTS, start } from './harness.mjs';
import { DIST, openGuarded, serveSite } from './site.mjs';

const run = promisify(execFile);
let env;
let site;
before(async () => {
  env = await start();
  site = await serveSite({ mounts: { '/': DIST } });
});
after(async () => {
  await site?.close();
  await env?.stop();
});

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
    for (const part of ['42.9 million yen', 'project no. 2022-総務-21-0059', 'FY2022', 'Findings summary']) assert.ok(text.includes(part.replace(/\s+/g, '')), `the page says ${part}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
