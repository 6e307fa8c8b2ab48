// crumbs (#10): one breadcrumb trail over a project of a loaded year and its drill-down —
// "年度 2024 › 架空省 › 架空の資金の流れ見本事業 › B › D" — on the sample year
// (tests/fixtures-rs-sample: 900002 架空省 pays blocks A and B; B pays C and D, per 5-2).
// Every crumb but the last is a button that goes back there (view and URL hash); the last is
// aria-current. In both languages; wrapping, not overflowing, on a 390×844 phone.
// Screenshots at 1280×800, 1920×1080 and 390×844. Run `npm run build:all` first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { open, settledHash, shot } from './harness.mjs';
import { ROOT, serveForFile } from './site.mjs';

const SAMPLE = join(ROOT, 'tests/fixtures-rs-sample');
const names = (await readdir(SAMPLE)).filter((n) => n.endsWith('.csv')).sort();
const y2024 = await Promise.all(names.map(async (name) => ({ name, mimeType: 'text/csv', buffer: await readFile(join(SAMPLE, name)) })));

const PROJECT = '架空の資金の流れ見本事業';
/** Every breadcrumb on the page (a drill-down's or a year's): there must be one. */
const trails = (page) => page.locator('nav.breadcrumb');
const trail = (page, name = '年度の位置') => page.getByRole('navigation', { name });
const crumbTexts = (page) => trails(page).locator('li').allInnerTexts();
/** The crumbs marked as the current place. */
const current = (page) => trails(page).locator('[aria-current]').allInnerTexts();
const hashParams = async (page) => Object.fromEntries(new URLSearchParams((await settledHash(page)).slice(1)));
const yearNode = (page, id) => page.locator(`svg.year-sankey g.node[data-id="${id}"]`);
const flowNode = (page, id) => page.locator(`svg.sankey:not(.year-sankey) g.node[data-id="${id}"]`);

/** Opens the year, then 架空省, then its project, then block B and B's D, each by a click; returns the page at D. */
async function downToD(size) {
  const opened = await open(env, size);
  const { page } = opened;
  await page.locator('input[type=file]').waitFor({ state: 'attached' });
  await page.locator('input[type=file]').setInputFiles(y2024);
  await yearNode(page, 'm:架空省').waitFor();
  assert.equal(await trails(page).count(), 1, 'one trail over the year');
  assert.deepEqual(await crumbTexts(page), ['年度 2024']);
  await yearNode(page, 'm:架空省').locator('rect.bar').click();
  await yearNode(page, 'p:900002').waitFor();
  assert.deepEqual(await crumbTexts(page), ['年度 2024', '架空省']);
  await yearNode(page, 'p:900002').locator('rect.bar').click();
  await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
  await flowNode(page, 'B').locator('rect.bar').click();
  await flowNode(page, 'D').waitFor();
  await flowNode(page, 'D').locator('rect.bar').click();
  await trail(page).getByRole('button', { name: 'B' }).waitFor();
  await page.waitForFunction(() => document.querySelector('nav.breadcrumb [aria-current]')?.textContent === 'D');
  await page.mouse.move(0, 0);
  return opened;
}

let env;
serveForFile((up) => {
  env = up.env;
});

describe('one breadcrumb trail from the year down to a block (#10)', () => {
  it('year → ministry → project → B → D: one trail, every level a crumb, each earlier one a way back (view and hash)', async () => {
    const { page, problems, context } = await downToD({ width: 1280, height: 800 });
    // Exactly one breadcrumb: the year's levels and the drill-down's in one list, the last one current.
    assert.equal(await trails(page).count(), 1);
    assert.equal(await page.getByRole('navigation', { name: 'ドリルダウンの位置' }).count(), 0);
    assert.deepEqual(await crumbTexts(page), ['年度 2024', '架空省', PROJECT, 'B', 'D']);
    assert.deepEqual(await current(page), ['D']);
    assert.deepEqual(await trail(page).getByRole('button').allInnerTexts(), ['年度 2024', '架空省', PROJECT, 'B']);
    assert.deepEqual(await hashParams(page), { year: '2024', project: '900002', drill: 'B.D', sel: 'D' });
    await shot(page, '/crumbs-01-drill-D-1280x800');

    // Up one crumb at a time: B (B's level, B selected) …
    await trail(page).getByRole('button', { name: 'B', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('nav.breadcrumb [aria-current]')?.textContent === 'B');
    assert.deepEqual(await crumbTexts(page), ['年度 2024', '架空省', PROJECT, 'B']);
    assert.deepEqual(await hashParams(page), { year: '2024', project: '900002', drill: 'B', sel: 'B' });
    await flowNode(page, 'D').waitFor();
    assert.equal(await flowNode(page, 'A').count(), 0, 'B’s level does not draw A');
    // … the project (its whole diagram) …
    await trail(page).getByRole('button', { name: PROJECT }).click();
    await flowNode(page, 'A').waitFor();
    assert.deepEqual(await crumbTexts(page), ['年度 2024', '架空省', PROJECT]);
    assert.deepEqual(await current(page), [PROJECT]);
    assert.equal((await hashParams(page)).drill, undefined);
    assert.equal((await hashParams(page)).project, '900002');
    // … the ministry (the year narrowed to it) …
    await trail(page).getByRole('button', { name: '架空省' }).click();
    await yearNode(page, 'p:900002').waitFor();
    assert.equal(await flowNode(page, 'A').count(), 0);
    assert.deepEqual(await crumbTexts(page), ['年度 2024', '架空省']);
    assert.deepEqual(await hashParams(page), { year: '2024', ministry: '架空省' });
    // … and the whole year.
    await trail(page).getByRole('button', { name: '年度 2024' }).click();
    await yearNode(page, 'm:総務省').waitFor();
    assert.deepEqual(await crumbTexts(page), ['年度 2024']);
    assert.deepEqual(await current(page), ['年度 2024']);
    assert.deepEqual(await hashParams(page), { year: '2024' });
    assert.equal(await trails(page).count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('is worked by keyboard: Tab reaches the crumbs, Enter goes back', async () => {
    const { page, problems, context } = await downToD({ width: 1280, height: 800 });
    const project = trail(page).getByRole('button', { name: PROJECT });
    await trail(page).getByRole('button', { name: '架空省' }).focus();
    await page.keyboard.press('Tab');
    assert.equal(await project.evaluate((b) => b === document.activeElement), true, 'Tab moves on to the project’s crumb');
    assert.equal(await project.evaluate((b) => getComputedStyle(b).outlineStyle), 'solid', 'a visible focus ring');
    await page.keyboard.press('Enter');
    await flowNode(page, 'A').waitFor();
    assert.deepEqual(await crumbTexts(page), ['年度 2024', '架空省', PROJECT]);
    await trail(page).getByRole('button', { name: '年度 2024' }).focus();
    await page.keyboard.press('Enter');
    await yearNode(page, 'm:総務省').waitFor();
    assert.deepEqual(await hashParams(page), { year: '2024' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reads in English: "Year 2024 › 架空省 › project › B › D" (names as written), and each crumb still goes back', async () => {
    const { page, problems, context } = await downToD({ width: 1280, height: 800 });
    await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
    const en = trail(page, 'Place in the year');
    await en.getByRole('button', { name: 'Year 2024' }).waitFor();
    assert.equal(await trails(page).count(), 1);
    assert.deepEqual(await crumbTexts(page), ['Year 2024', '架空省', PROJECT, 'B', 'D']);
    assert.deepEqual(await current(page), ['D']);
    assert.match(await en.getByRole('button', { name: PROJECT }).getAttribute('title'), /^Project 900002/);
    await en.getByRole('button', { name: '架空省' }).click();
    await yearNode(page, 'p:900002').waitFor();
    assert.deepEqual(await crumbTexts(page), ['Year 2024', '架空省']);
    assert.deepEqual(await hashParams(page), { year: '2024', ministry: '架空省', lang: 'en' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [width, height] of [[1920, 1080], [390, 844]]) {
    it(`at ${width}×${height}: one trail that wraps within the screen, nothing cut`, async () => {
      const { page, problems, context } = await downToD({ width, height });
      assert.equal(await trails(page).count(), 1);
      assert.deepEqual(await crumbTexts(page), ['年度 2024', '架空省', PROJECT, 'B', 'D']);
      const box = await trails(page).evaluate((nav) => {
        const items = [...nav.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
        return {
          overflow: nav.scrollWidth - nav.clientWidth,
          right: Math.max(...items.map((r) => r.right)),
          rows: new Set(items.map((r) => Math.round(r.top))).size,
          page: document.documentElement.scrollWidth - innerWidth,
        };
      });
      assert.ok(box.overflow <= 0 && box.page <= 0, `no sideways overflow: ${JSON.stringify(box)}`);
      assert.ok(box.right <= width, `every crumb within the screen: ${JSON.stringify(box)}`);
      // On the phone the five crumbs do not fit one line: they wrap (on the wide screen, one line).
      if (width < 640) assert.ok(box.rows >= 2, `wraps: ${JSON.stringify(box)}`);
      else assert.equal(box.rows, 1);
      await trails(page).scrollIntoViewIfNeeded();
      await shot(page, `/crumbs-02-drill-D-${width}x${height}`);
      // The phone's way back works as the desktop's: a tap on the project's crumb.
      if (width < 640) {
        await trail(page).getByRole('button', { name: PROJECT }).click();
        await flowNode(page, 'A').waitFor();
        assert.deepEqual(await current(page), [PROJECT]);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
