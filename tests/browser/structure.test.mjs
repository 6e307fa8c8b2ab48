// Issue #12 in the view: what the text reader could not be sure of, shown on the diagram itself.
// Fixtures (tests/fixtures/*/input.txt) loaded through the page's file input:
// - structure-guessed: no structure reconciles with the 執行額 9,999 (the blocks sum to 552.5):
//   a one-line banner with a button that opens and focuses the structure editor, every fund link
//   between blocks marked (dashed line, "(推定)" in its name), labels still beside their bars.
// - cut-in-list: the file ends inside D's list: D and the ministry carry "(一部)" and a dashed
//   outline; D's tooltip and detail panel say the total is partial.
// - zero-amount: G's second recipient (東京テスト, 0) is not drawn; the note says so, the table lists it.
// - duplicate-ranks: D has two rows ranked 1 (lines 169, 170): two nodes, D:r:1 and D:r:1~2; picking
//   the second in the table (or its DUPLICATE_RANK finding) selects only it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { shot } from './harness.mjs';
import { labelsAtBars, labelsDoNotOverlap } from './overlap.mjs';
import { ROOT, openGuarded, serveForFile } from './site.mjs';

let env;
let site;
serveForFile((started) => ({ env, site } = started));

/** A fresh page with fixture `name` loaded through the file input. */
async function load(name, { width = 1280, height = 720 } = {}) {
  const opened = await openGuarded(env.browser, site.url, { width, height });
  const buffer = await readFile(join(ROOT, 'tests/fixtures', name, 'input.txt'));
  await opened.page.locator('input[type=file]').setInputFiles({ name: `${name}.txt`, mimeType: 'text/plain', buffer });
  await opened.page.getByText(`${name}.txt`).first().waitFor();
  return opened;
}

/** Drill into `block` by the URL and wait for its diagram. */
async function drill(page, block) {
  await page.evaluate((b) => (location.hash = `#drill=${b}`), block);
  await page.waitForFunction((b) => document.querySelector('svg.sankey')?.getAttribute('aria-label')?.includes(`ブロック${b}`), block);
}

describe('issue #12 on the diagram', () => {
  it('structure guessed: banner with a button to the structure editor, guessed links marked (1280×720)', async () => {
    const { page, context, problems } = await load('structure-guessed');
    const banner = page.locator('.guessed-banner');
    await banner.waitFor();
    const text = await banner.textContent();
    assert.match(text, /ブロック間のつながり\(破線\)は推定です/);
    // Both sums, as the sheet and the diagram give them: 552.5 drawn, 9,999 executed.
    assert.match(text, /552\.5百万円/);
    assert.match(text, /執行額 9,999百万円/);
    // The fund links ministry→A and A→B…J (10) are guessed; the kept and residual bands are not.
    const names = await page.locator('svg.sankey g.link.guessed').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
    assert.equal(names.length, 10);
    assert.ok(names.every((n) => n.endsWith('(推定)')), names.join('\n'));
    assert.ok(names.some((n) => n.startsWith('総務省 → A 情報通信研究機構 552.5百万円')));
    assert.equal(await page.locator('svg.sankey g.link.guessed path.guess-mark').count(), 10);
    assert.equal(await page.locator('svg.sankey g.link:not(.guessed) path.guess-mark').count(), 0);
    const dash = await page.locator('svg.sankey g.link.guessed path.guess-mark').first().evaluate((p) => getComputedStyle(p).strokeDasharray);
    assert.notEqual(dash, 'none');
    // The ministry's drawn sum (552.5) is below the 執行額: nothing claims it exceeds it.
    assert.doesNotMatch((await page.locator('svg.sankey g.node.ministry').getAttribute('aria-label')) ?? '', /超/);
    // Hovering a guessed band: its tooltip says the link is guessed.
    await page.locator('svg.sankey g.link.guessed').nth(1).hover();
    await page.getByRole('tooltip').filter({ hasText: 'このつながりは推定です' }).waitFor();
    // Labels still beside their bars.
    const at = await labelsAtBars(page);
    assert.deepEqual(at.problems, []);
    assert.deepEqual((await labelsDoNotOverlap(page)).problems, []);
    await page.mouse.move(0, 0);
    await shot(page, '80-structure-guessed-1280');
    // The banner, the marked bands and nodes pass axe (contrast of the banner's text and button included).
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
    // The button opens the structure editor (one line until then) and puts the focus in it.
    const toggle = page.locator('section.structure button.toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await banner.getByRole('button', { name: '構造を確認' }).click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.waitForFunction(() => document.activeElement?.closest('section.structure') !== null && document.activeElement?.tagName === 'SELECT');
    assert.ok(await page.locator('section.structure select').first().isVisible());
    await shot(page, '81-structure-editor-opened-1280');
    // Drilled into a block, the banner (about the links between blocks) gives way.
    await drill(page, 'B');
    assert.equal(await banner.count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('structure guessed on a phone (390×844): the banner wraps above the diagram, its button works, links marked', async () => {
    const { page, context, problems } = await load('structure-guessed', { width: 390, height: 844 });
    const banner = page.locator('.guessed-banner');
    await banner.waitFor();
    const box = await banner.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'banner within the screen');
    const svg = await page.locator('svg.sankey').boundingBox();
    assert.ok(svg && box.y + box.height <= svg.y, 'banner above the diagram');
    assert.ok((await page.locator('svg.sankey g.link.guessed').count()) >= 9);
    await shot(page, '82-structure-guessed-390');
    await banner.getByRole('button', { name: '構造を確認' }).click();
    await page.waitForFunction(() => document.activeElement?.closest('section.structure') !== null);
    assert.equal(await page.locator('section.structure button.toggle').getAttribute('aria-expanded'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('cut in a list: D and the ministry marked "(一部)" on the diagram, D\'s total said to be partial', async () => {
    const { page, context, problems } = await load('cut-in-list');
    await page.locator('svg.sankey g.node.incomplete').first().waitFor();
    const marked = await page.locator('svg.sankey g.node.incomplete').evaluateAll((gs) => gs.map((g) => g.dataset.id).sort());
    assert.deepEqual(marked, ['D', 'ministry']);
    const d = page.locator('svg.sankey g.node[data-id="D"]');
    assert.match(await d.locator('text').textContent(), /^D サイバーディフェンス研究所\(一部\)68\.2百万円/);
    assert.match(await d.getAttribute('aria-label'), /読めない行があるため一部の合計/);
    assert.match(await page.locator('svg.sankey g.node[data-id="ministry"] text').textContent(), /^総務省\(一部\)/);
    // Not banner: the structure reconciles (執行額 552.7 ≈ A 552.5 is a note, not a guess).
    assert.equal(await page.locator('.guessed-banner').count(), 0);
    assert.equal(await page.locator('svg.sankey g.link.guessed').count(), 0);
    const outline = await d.locator('rect.bar').evaluate((r) => getComputedStyle(r).strokeDasharray);
    assert.notEqual(outline, 'none');
    await d.focus();
    await page.getByRole('tooltip').filter({ hasText: '読めない行があるため一部の合計' }).waitFor();
    assert.deepEqual((await labelsAtBars(page)).problems, []);
    await shot(page, '83-cut-in-list-incomplete-1280');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
    // The detail panel of D: the total with "(一部)" and the note.
    await drill(page, 'D');
    await page.locator('.detail p.partial').waitFor();
    assert.match(await page.locator('.detail p.partial').textContent(), /読めない行があるため一部の合計/);
    assert.match(await page.locator('.detail dd').first().textContent(), /68\.2百万円.*\(一部\)/);
    assert.equal(await page.locator('svg.sankey g.node.incomplete[data-id="D"]').count(), 1, "the drill-down's block node marked too");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('zero amount: G\'s recipient of 0 is counted in the note under the diagram and listed in the table', async () => {
    const { page, context, problems } = await load('zero-amount');
    await drill(page, 'G');
    const note = page.locator('p.dropped');
    await note.first().waitFor();
    assert.deepEqual(await note.allTextContents(), ['0円の支出先 1件は図に描いていません(表には載っています)']);
    assert.equal(await page.locator('svg.sankey g.node[data-id="G:r:2"]').count(), 0);
    const row = page.locator('.detail tr[data-node-id="G:r:2"]');
    await row.waitFor();
    assert.match(await row.textContent(), /東京テスト株式会社/);
    await shot(page, '84-zero-amount-drill-G-1280');
    // In English.
    await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
    await page.getByText('1 recipient with 0 not drawn (listed in the table)').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('duplicate ranks: two rows ranked 1 are two nodes; the table and the finding select the second alone', async () => {
    const { page, context, problems } = await load('duplicate-ranks');
    await drill(page, 'D');
    assert.equal(await page.locator('svg.sankey g.node[data-id="D:r:1"]').count(), 1);
    assert.equal(await page.locator('svg.sankey g.node[data-id="D:r:1~2"]').count(), 1);
    // The table's second "1" (line 170, 25.3).
    const second = page.locator('.detail tr[data-node-id="D:r:1~2"]');
    await second.waitFor();
    assert.match(await second.textContent(), /25\.3/);
    await second.getByRole('button', { name: '1' }).click();
    await page.locator('svg.sankey g.node.selected[data-id="D:r:1~2"]').waitFor();
    assert.equal(await page.locator('svg.sankey g.node.selected').count(), 1);
    assert.deepEqual(await page.locator('.detail tr.selected').evaluateAll((rs) => rs.map((r) => r.dataset.nodeId)), ['D:r:1~2']);
    await shot(page, '85-duplicate-ranks-second-selected-1280');
    // The first again: only it.
    await page.locator('.detail tr[data-node-id="D:r:1"]').getByRole('button', { name: '1' }).click();
    await page.locator('svg.sankey g.node.selected[data-id="D:r:1"]').waitFor();
    assert.deepEqual(await page.locator('.detail tr.selected').evaluateAll((rs) => rs.map((r) => r.dataset.nodeId)), ['D:r:1']);
    // The finding DUPLICATE_RANK (line 170) selects the second row, not the first.
    await page.locator('section.findings button.toggle', { hasText: '注記' }).click();
    await page.locator('section.findings button[data-code="DUPLICATE_RANK"]').click();
    await page.locator('svg.sankey g.node.selected[data-id="D:r:1~2"]').waitFor();
    assert.deepEqual(await page.locator('.detail tr.selected').evaluateAll((rs) => rs.map((r) => r.dataset.nodeId)), ['D:r:1~2']);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
