// Every label beside its own bar (issue #13): for every node of the diagram, the label's box
// (getBBox of its <text>) overlaps the node's bar vertically within 6 px, no leader needed,
// and no two labels overlap — on the seed's overview and every drill-down (A…J), at the
// presentation size (1920×1080, every story step), and on a generated 20-block sheet
// loaded through the page's file input.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { shot } from './harness.mjs';
import { labelsAtBars, labelsDoNotOverlap } from './overlap.mjs';
import { ROOT, openGuarded, serveForFile } from './site.mjs';

const run = promisify(execFile);
const BLOCKS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
let env;
let site;
let sheet20;
serveForFile((started) => ({ env, site } = started));
before(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'labels-'));
  const file = join(dir, 'sheet-20x10.txt');
  await run('npx', ['tsx', 'scripts/generate.ts', '20', '10', file], { cwd: ROOT });
  sheet20 = await readFile(file);
});

/** Asserts the rule for the diagram on screen; returns the number of labels checked. */
async function assertAtBars(page, where) {
  const at = await labelsAtBars(page);
  assert.deepEqual(at.problems, [], `${where}: every label beside its own bar`);
  assert.equal(at.unlabelled, 0, `${where}: every node labelled`);
  const apart = await labelsDoNotOverlap(page);
  assert.deepEqual(apart.problems, [], `${where}: no two labels overlap`);
  // On the seed nothing needs cutting either: no "…", no label marked shortened.
  const cut = await page.evaluate(() => [...document.querySelectorAll('svg.sankey g.node text')].filter((t) => t.textContent.includes('…') || t.querySelector('title')).map((t) => t.textContent));
  assert.deepEqual(cut, [], `${where}: every name and amount whole`);
  return at.checked;
}

/** Waits for the drill-down of `id` to be drawn. */
const drawn = (page, name) => page.getByRole('group', { name }).first().waitFor();

describe('labels beside their own bars', () => {
  it('on the seed: the overview and every drill-down at 1280×720, and at 768×1024', async () => {
    for (const [width, height] of [
      [1280, 720],
      [768, 1024],
    ]) {
      const { page, context, problems } = await openGuarded(env.browser, site.url, { width, height });
      assert.ok((await assertAtBars(page, `overview ${width}`)) >= 14);
      if (width === 1280) await shot(page, '60-labels-overview-1280');
      for (const id of BLOCKS) {
        await page.goto(`${site.url}#drill=${id}`);
        await drawn(page, new RegExp(`ブロック${id}`));
        await page.waitForFunction((b) => document.querySelector('svg.sankey')?.getAttribute('aria-label')?.includes(b), `ブロック${id}`);
        const n = await assertAtBars(page, `drill-down ${id} at ${width}`);
        assert.ok(n >= 2, `${id}: labels drawn (${n})`);
        if (id === 'B' || id === 'J') await shot(page, `61-labels-drill-${id}-${width}`, { fullPage: true });
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('in presentation at 1920×1080, every step of the story', async () => {
    const { page, context, problems } = await openGuarded(env.browser, `${site.url}#present=1`, { width: 1920, height: 1080 });
    await page.locator('.present .caption').waitFor();
    const steps = await page.evaluate(() => Number(/\/\s*(\d+)/.exec(document.querySelector('.present .step')?.textContent ?? '')?.[1] ?? 0));
    assert.ok(steps >= 2, `story steps (${steps})`);
    for (let i = 0; i < steps; i++) {
      if (i > 0) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((n) => location.hash.includes(`step=${n}`), i);
      }
      await page.waitForTimeout(50);
      await assertAtBars(page, `presentation step ${i}`);
      if (i === 0 || i === 1) await shot(page, `62-labels-present-${i}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('on a generated 20-block sheet loaded through the file input: overview and drill-downs', async () => {
    const { page, context, problems } = await openGuarded(env.browser, site.url, { width: 1280, height: 720 });
    await page.locator('input[type=file]').setInputFiles({ name: 'sheet-20x10.txt', mimeType: 'text/plain', buffer: sheet20 });
    // 20 blocks: the overview has a column of T's siblings.
    await page.waitForFunction(() => document.querySelectorAll('svg.sankey g.node.block').length >= 20);
    const n = await assertAtBars(page, '20-block overview');
    assert.ok(n >= 21, `labels drawn (${n})`);
    await shot(page, '63-labels-20-blocks', { fullPage: true });
    for (const id of ['B', 'K', 'T']) {
      await page.evaluate((b) => (location.hash = `#drill=${b}`), id);
      await page.waitForFunction((b) => document.querySelector('svg.sankey')?.getAttribute('aria-label')?.includes(b), `ブロック${id}`);
      await assertAtBars(page, `20-block drill-down ${id}`);
    }
    await shot(page, '64-labels-20-blocks-drill-T', { fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
