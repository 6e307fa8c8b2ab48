// year (#14): the year panel in Chromium on the sample's two years (tests/fixtures-rs-sample 2024 and
// tests/fixtures-rs-sample-2025): its year switch moving the main area's overview, payee search
// by 法人番号 with its flows marked in that overview, the competition lens, and 900059 compared
// 2024 → 2025 (J gone, 株式会社新規見本 new, D +10 %). The overview itself (two ministries,
// narrowing, folding) is tested in yearMain.test.mjs. Run `npm run build` first.
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

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('year panel (#14)', () => {
  it('year switch to 2024, search by 法人番号, competition, comparison of 900059 2024 → 2025', async () => {
    const { page, problems } = await open(env);
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await page.locator('input[type=file]').setInputFiles([...y2024, ...y2025]);
    const panel = page.getByRole('region', { name: /年度の全体像/ });
    await panel.waitFor();
    // Two years loaded: the latest first; switch to 2024.
    await panel.getByRole('group', { name: '事業年度' }).getByRole('button', { name: '2024' }).click();
    await page.getByRole('heading', { name: '2024年度の全体像' }).waitFor();
    // The overview itself is drawn in the main area (tests/browser/yearMain.test.mjs); the panel follows its year.
    const overview = page.locator('svg.year-sankey');
    await overview.locator('g.node[data-id="m:総務省"]').waitFor();
    await page.waitForFunction(() => document.querySelector('.year-main')?.getAttribute('data-year') === '2024');
    assert.equal(await panel.getByTestId('year-overview').count(), 0);

    // Search by 法人番号: 日本コムシス株式会社 is paid in blocks C and E of 900059; its flows are marked.
    await panel.getByLabel('支出先名または法人番号').fill('4010701022825');
    const results = panel.getByTestId('payee-results');
    await results.getByText('日本コムシス株式会社').waitFor();
    const text = await results.innerText();
    assert.match(text, /日本コムシス株式会社[\s\S]*4010701022825/);
    assert.match(text, /ブロックE · 3\.9百万円 · 競争/);
    assert.match(text, /ブロックC · 3百万円 · 競争/);
    await overview.locator('g.node.lit[data-id="m:総務省"]').waitFor();
    assert.equal(await overview.locator('g.node.lit[data-id="m:架空省"]').count(), 0);
    await shot(page, '/year-02-search-1280x720');

    // Competition lens by ministry, sorted by 一者応札 share: 総務省 424.6/1088.2 = 39.0 %, 架空省 250/1700 = 14.7 %.
    const comp = panel.getByTestId('competition');
    await comp.getByText('総務省').waitFor();
    // Contracted 1,088,200,000 yen = 10.88億円, shown to one decimal of 億円.
    assert.match(await comp.locator('tbody tr').nth(0).innerText(), /総務省\s*10\.9億円\s*39\.0%[\s\S]*1\.4%/);
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
    // The year switch (one, above the diagram; the panel has none of its own) opens the other year of the project.
    assert.equal(await page.getByRole('group', { name: '表示する事業年度' }).count(), 1);
    assert.equal(await panel.getByRole('group', { name: '表示する事業年度' }).count(), 0);
    await page.getByRole('region', { name: '事業年度の切り替えと比較' }).getByRole('group', { name: '表示する事業年度' }).getByRole('button', { name: '2025' }).click();
    await page.waitForFunction(() => document.querySelector('[aria-label="表示する事業年度"] [aria-pressed=true]')?.textContent === '2025');
    assert.deepEqual(problems, []);
  });

  it('in English: the panel and the overview say it in English, amounts in billions and millions of yen', async () => {
    const { page, problems, context } = await open(env);
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await page.locator('input[type=file]').setInputFiles([...y2024]);
    await page.getByRole('region', { name: /年度の全体像/ }).waitFor();
    await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
    const panel = page.getByRole('region', { name: 'The year 2024 at a glance' });
    await panel.waitFor();
    // The overview in the main area: its total (1,753,793,000 yen) and its title.
    assert.match(await page.getByTestId('year-total').innerText(), /^Total\s*1\.75 billion yen$/);
    assert.equal(await page.locator('svg.year-sankey').getAttribute('aria-label'), 'Flow of funds, all ministries, 2024');
    await panel.getByLabel('Payee name or corporate number').fill('4010701022825');
    const results = panel.getByTestId('payee-results');
    await results.getByText('日本コムシス株式会社').waitFor();
    assert.equal(await panel.getByRole('status').innerText(), '1 payee');
    const text = await results.innerText();
    assert.match(text, /block E · 3\.9 million yen · Competitive bidding/);
    assert.match(text, /block C · 3 million yen · Competitive bidding/);
    const comp = panel.getByTestId('competition');
    await comp.getByText('総務省').waitFor();
    assert.deepEqual(await comp.locator('thead th').allInnerTexts(), ['Ministry', 'Contracted', 'Single bid', 'Discretionary']);
    // 1,088,200,000 yen: billions from one billion up, two decimals.
    assert.match(await comp.locator('tbody tr').nth(0).innerText(), /総務省\s*1\.09 billion yen\s*39\.0%/);
    await panel.getByRole('group', { name: 'Group by' }).getByRole('button', { name: 'By project' }).click();
    await comp.getByRole('columnheader', { name: 'Project' }).waitFor();
    await panel.getByRole('heading', { name: 'Find a payee' }).scrollIntoViewIfNeeded();
    await shot(page, '/year-04-search-en-1280x720');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
