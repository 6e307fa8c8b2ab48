// year (#14): the year panel in Chromium on the sample's two years (tests/fixtures-rs-sample 2024 and
// tests/fixtures-rs-sample-2025): two ministries in the overview, narrowing, folding, payee search
// by 法人番号 with its flows marked, the competition lens, and 900059 compared 2024 → 2025
// (J gone, 株式会社新規見本 new, D +10 %). Run `npm run build` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { open, shot, start } from './harness.mjs';

const filesOf = async (dir) => {
  const url = new URL(`../${dir}/`, import.meta.url);
  const names = (await readdir(url)).filter((n) => n.endsWith('.csv')).sort();
  return Promise.all(names.map(async (name) => ({ name, mimeType: 'text/csv', buffer: await readFile(new URL(name, url)) })));
};
const y2024 = await filesOf('fixtures-rs-sample');
const y2025 = await filesOf('fixtures-rs-sample-2025');

/**
 * A made-up year of one ministry (見本省) with 15 projects of 15億, 14億 … 1億円, each paying one block
 * A itself: beyond the 12 largest, the three smallest (3億, 2億, 1億) fold into "その他 3事業".
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

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('year panel (#14)', () => {
  it('overview of 2024, narrowing, search by 法人番号, competition, comparison of 900059 2024 → 2025', async () => {
    const { page, problems } = await open(env);
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await page.locator('input[type=file]').setInputFiles([...y2024, ...y2025]);
    const panel = page.getByRole('region', { name: /年度の全体像/ });
    await panel.waitFor();
    // Two years loaded: the latest first; switch to 2024.
    await panel.getByRole('group', { name: '事業年度' }).getByRole('button', { name: '2024' }).click();
    await page.getByRole('heading', { name: '2024年度の全体像' }).waitFor();
    const overview = panel.getByTestId('year-overview');
    // 予算総計 → two ministries, largest first: 架空省 1,201,293,000 yen = 12.0億円, 総務省 552,500,000 = 5.5億円.
    await overview.locator('li[data-node="m:総務省"]').waitFor();
    const rows = overview.locator(':scope > li');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).innerText(), /架空省[\s\S]*12\.0億円/);
    assert.match(await rows.nth(1).innerText(), /総務省[\s\S]*5\.5億円/);
    assert.match(await panel.getByRole('navigation').innerText(), /予算総計[\s\S]*17\.5億円/);
    await panel.scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('[data-testid=year-overview]')?.scrollIntoView({ block: 'center' }));
    await shot(page, '/year-01-overview-1280x720');
    // Narrow to 架空省: its project and the blocks it pays (A 9.0億円, B 3.0億円) and its own costs.
    await rows.nth(0).getByRole('button').click();
    await overview.locator('li[data-node="p:900002"]').waitFor();
    const inner = await overview.innerText();
    assert.match(inner, /架空の資金の流れ見本事業[\s\S]*見本財団[\s\S]*9\.0億円[\s\S]*見本機構[\s\S]*3\.0億円[\s\S]*国自らの支出/);
    await panel.getByRole('button', { name: '予算総計' }).click();
    await overview.locator('li[data-node="m:総務省"]').waitFor();

    // Search by 法人番号: 日本コムシス株式会社 is paid in blocks C and E of 900059; its flows are marked.
    await panel.getByLabel('支出先名または法人番号').fill('4010701022825');
    const results = panel.getByTestId('payee-results');
    await results.getByText('日本コムシス株式会社').waitFor();
    const text = await results.innerText();
    assert.match(text, /日本コムシス株式会社[\s\S]*4010701022825/);
    assert.match(text, /ブロックE · 3\.9百万円 · 競争/);
    assert.match(text, /ブロックC · 3百万円 · 競争/);
    await overview.locator('li.lit[data-node="m:総務省"]').waitFor();
    assert.equal(await overview.locator('li.lit[data-node="m:架空省"]').count(), 0);
    await page.evaluate(() => document.querySelector('[data-testid=year-overview]')?.scrollIntoView({ block: 'start' }));
    await shot(page, '/year-02-search-1280x720');

    // Competition lens by ministry, sorted by 一者応札 share: 総務省 424.6/1088.2 = 39.0 %, 架空省 250/1700 = 14.7 %.
    const comp = panel.getByTestId('competition');
    await comp.getByText('総務省').waitFor();
    assert.match(await comp.locator('tbody tr').nth(0).innerText(), /総務省[\s\S]*39\.0%[\s\S]*1\.4%/);
    await comp.getByRole('button', { name: '随意契約' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=competition] tbody tr')?.textContent?.includes('架空省'));
    assert.match(await comp.locator('tbody tr').nth(0).innerText(), /架空省[\s\S]*14\.7%[\s\S]*17\.6%/);

    // Open 900059 of 2024 from the search: the comparison with 2025 appears.
    await results.getByRole('button', { name: /サイバーセキュリティ/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /サイバーセキュリティ統合知的/ }).waitFor();
    const cmp = panel.getByTestId('comparison');
    await cmp.waitFor();
    assert.match(await panel.getByRole('heading', { name: /年度比較 2024 → 2025/ }).innerText(), /2024 → 2025/);
    assert.match(await cmp.locator('tr[data-block=J]').innerText(), /消滅/);
    assert.match(await cmp.locator('tr[data-block=D]').innerText(), /増 \+10\.0%/);
    assert.match(await cmp.innerText(), /株式会社新規見本[\s\S]*新規/);
    assert.match(await cmp.innerText(), /株式会社セキュアブレイン[\s\S]*消滅/);
    await page.evaluate(() => document.querySelector('[data-testid=comparison]')?.scrollIntoView({ block: 'start' }));
    await shot(page, '/year-03-compare-1280x720');
    // The year switch opens the other year of the project.
    await panel.getByRole('group', { name: '表示する事業年度' }).getByRole('button', { name: '2025' }).click();
    await page.waitForFunction(() => document.querySelector('[aria-label="表示する事業年度"] [aria-pressed=true]')?.textContent === '2025');
    assert.deepEqual(problems, []);
  });

  it('folds the small projects of a ministry into "その他 3事業" and unfolds them on click', async () => {
    const { page, problems } = await open(env);
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await page.locator('input[type=file]').setInputFiles(fifteen());
    const panel = page.getByRole('region', { name: /年度の全体像/ });
    const overview = panel.getByTestId('year-overview');
    await overview.locator('li[data-node="m:見本省"]').waitFor();
    // 15 + 14 + … + 1 = 120億円.
    assert.match(await overview.innerText(), /見本省[\s\S]*120\.0億円/);
    await overview.locator('li[data-node="m:見本省"] > button').click();
    const fold = overview.getByRole('button', { name: /その他 3事業/ });
    await fold.waitFor();
    assert.equal(await overview.locator(':scope > li').count(), 13);
    assert.match(await fold.innerText(), /6\.0億円/);
    await page.evaluate(() => document.querySelector('[data-testid=year-overview]')?.scrollIntoView({ block: 'start' }));
    await shot(page, '/year-04-folded-1280x720');
    await fold.click();
    await overview.locator('li[data-node="p:800015"]').waitFor();
    assert.equal(await overview.locator(':scope > li').count(), 15);
    // Each project shows the block its ministry pays.
    assert.match(await overview.locator('li[data-node="p:800015"]').innerText(), /見本事業15[\s\S]*見本法人15[\s\S]*1\.0億円/);
    assert.deepEqual(problems, []);
  });
});
