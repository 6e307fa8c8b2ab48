// Readable at scale (issue #5): the generated 26 blocks × 100 recipients sheet in Chromium.
// The overview and the drill-down of a 100-recipient block have no overlapping labels at
// 1280×720; the crowded column folds into "その他 N者", whose tooltip lists what it holds
// and which unfolds with Enter. Run `npm run build` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { open, shot, start } from './harness.mjs';
import { labelsDoNotOverlap } from './overlap.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BIG = join(mkdtempSync(join(tmpdir(), 'scale-')), 'big-26x100.txt');
execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/generate.ts'), '26', '100', BIG], { cwd: root });
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

async function loadBig(page) {
  await page.locator('input[type=file]').setInputFiles({ name: 'big-26x100.txt', mimeType: 'text/plain', buffer: readFileSync(BIG) });
  await page.locator('svg.sankey g.node[data-id="Z"]').waitFor({ timeout: 30000 });
}

const byId = (page, id) => page.locator(`svg.sankey g.node[data-id="${id}"]`);

/** Elements of the structure editor that stick out of its panel, and whether the page scrolls sideways. */
async function structureOverflow(page) {
  return page.evaluate(() => {
    const sec = document.querySelector('section.structure');
    const panel = sec.parentElement.getBoundingClientRect();
    const out = [];
    for (const el of sec.querySelectorAll('select, th, td, table, .inferred')) {
      const b = el.getBoundingClientRect();
      if (b.right > panel.right + 0.5 || b.left < panel.left - 0.5) out.push(`${el.tagName} ${(el.textContent ?? '').slice(0, 24)}: ${Math.round(b.left)}–${Math.round(b.right)} outside ${Math.round(panel.left)}–${Math.round(panel.right)}`);
    }
    return { out, sideways: document.documentElement.scrollWidth > window.innerWidth };
  });
}

describe('26 blocks × 100 recipients in Chromium', () => {
  it('renders the overview with every block labelled and no overlapping labels at 1280×720', async () => {
    const { page, problems, context } = await open(env);
    await loadBig(page);
    for (const id of LETTERS) assert.equal(await byId(page, id).count(), 1, `block ${id} drawn`);
    const labels = await labelsDoNotOverlap(page);
    assert.deepEqual(labels.problems, []);
    const texts = await page.locator('svg.sankey g.node text').allTextContents();
    for (const id of LETTERS.slice(1)) assert.ok(texts.some((t) => t.startsWith(`${id} `) && /百万円/.test(t)), `block ${id} shows its name and amount`);
    await page.locator('.flow').scrollIntoViewIfNeeded();
    await shot(page, 'scale-01-overview-26x100');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('folds the 100 recipients of B, lists the fold in its tooltip and unfolds with Enter, labels apart throughout', async () => {
    const { page, problems, context } = await open(env);
    await loadBig(page);
    await byId(page, 'B').locator('rect.hit').click();
    await byId(page, 'B:r:1').waitFor();
    assert.equal(await page.locator('svg.sankey g.node.recipient').count(), 29);
    const fold = page.getByRole('button', { name: /^その他 71者 [\d,.]+百万円/ });
    assert.equal(await fold.count(), 1);
    const drill = await labelsDoNotOverlap(page);
    assert.deepEqual(drill.problems, []);
    // Every shown recipient keeps its name, uncut.
    const names = await page.locator('svg.sankey g.node.recipient text tspan:first-child').allTextContents();
    assert.equal(names.filter((t) => /^\d+\. \S+\d+$/.test(t)).length, 29, names.join(' | '));
    await page.mouse.move(1, 1);
    await shot(page, 'scale-02-drill-B-folded');

    await fold.locator('rect.hit').hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const items = await tip.getByRole('listitem').allInnerTexts();
    assert.equal(items.length, 10);
    assert.match(items[0], /^30\. .+\s[\d,.]+百万円$/);
    assert.match(await tip.innerText(), /71者をまとめています/);
    assert.match(await tip.innerText(), /ほか61者/);
    // The tooltip stays within the diagram, though the fold sits at its bottom edge.
    const box = await tip.boundingBox();
    const svgBox = await page.locator('svg.sankey').boundingBox();
    assert.ok(box && svgBox && box.y >= svgBox.y - 1 && box.y + box.height <= svgBox.y + svgBox.height + 1 && box.x + box.width <= 1280, JSON.stringify({ box, svgBox }));
    await shot(page, 'scale-03-fold-tooltip');

    await fold.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('svg.sankey g.node.recipient').length === 100);
    assert.equal(await page.getByRole('button', { name: /^その他/ }).count(), 0);
    const open100 = await labelsDoNotOverlap(page);
    assert.deepEqual(open100.problems, []);
    const labelled = await page.locator('svg.sankey g.node.recipient text').count();
    assert.equal(labelled, 100, 'the unfolded column grows taller so every recipient keeps its label');
    await page.mouse.move(1, 1);
    await shot(page, 'scale-04-drill-B-unfolded');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id} ${v.nodes[0]?.target}`), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('highlights a hovered block and drills into the biggest block of the big sheet (timings: npm run bench)', async () => {
    const { page, problems, context } = await open(env);
    await loadBig(page);
    const seen = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const node = document.querySelector('svg.sankey g.node[data-id="B"]');
      node.dispatchEvent(new MouseEvent('mouseenter'));
      for (let i = 0; i < 60 && !document.querySelector('svg.sankey.hovering'); i++) await frame();
      const hovering = !!document.querySelector('svg.sankey.hovering');
      node.dispatchEvent(new MouseEvent('mouseleave'));
      await frame();
      node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      for (let i = 0; i < 300 && !document.querySelector('svg.sankey g.node[data-id="B:r:1"]'); i++) await frame();
      return { hovering, recipients: document.querySelectorAll('svg.sankey g.node[data-id^="B:r:"]').length };
    });
    assert.equal(seen.hovering, true);
    assert.ok(seen.recipients >= 10, `B's recipients drawn: ${seen.recipients}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [width, height] of [
    [1280, 720],
    [768, 1024],
  ]) {
    it(`keeps the structure editor inside its panel at ${width}×${height} with 26 long block labels`, async () => {
      const { page, problems, context } = await open(env, { width, height });
      await loadBig(page);
      // The editor starts as one line (issue #13): open it.
      await page.getByRole('button', { name: /^ブロックの資金元: / }).click();
      // Its body loads on the first opening: wait for the 26 selects.
      await page.locator('section.structure select').nth(25).waitFor();
      const before = await structureOverflow(page);
      assert.deepEqual(before, { out: [], sideways: false });
      await page.locator('section.structure').scrollIntoViewIfNeeded();
      await page.locator('section.structure').screenshot({ path: fileURLToPath(new URL(`./screenshots/scale-05-structure-${width}x${height}.png`, import.meta.url)) });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
