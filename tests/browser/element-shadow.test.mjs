// <fund-flow-sankey> in a shadow root (issue #13): a host page's CSS cannot restyle it (a host
// `svg { border }` rule once drew borders inside it) and it cannot restyle the page; under the
// strict CSP (no 'unsafe-inline') its styles still apply, as one constructable stylesheet.
// Run `npm run build:element` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, shot } from './harness.mjs';
import { DIST_ELEMENT, SEED_PATH, STRICT_CSP, openGuarded, serveSite } from './site.mjs';

let env;
let site;
const files = {};
before(async () => {
  env = await start();
  files['/data/seed.txt'] = await readFile(SEED_PATH);
  files['/host.css'] = [
    // A host page's heavy-handed rules: every one would show inside the diagram if it reached in.
    'svg { border: 5px solid rgb(255, 0, 0); }',
    'rect { fill: rgb(0, 255, 0) !important; }',
    'button, a { font-size: 40px; color: rgb(255, 0, 255); }',
    '.button, .visually-hidden { position: static; width: auto; height: auto; }',
    '* { letter-spacing: 3px; }',
    'p { color: rgb(1, 2, 3); }',
  ].join('\n');
  files['/host.html'] = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>
    <link rel="stylesheet" href="/host.css"></head><body><h1>議事資料</h1><p id="host-p">本文</p><svg id="host-svg" width="20" height="20"></svg>
    <script src="/lib/fund-flow-sankey.js"></script>
    <fund-flow-sankey id="d" src="/data/seed.txt" block="D" href="/app/#drill=D"></fund-flow-sankey></body></html>`;
  site = await serveSite({ mounts: { '/lib/': DIST_ELEMENT }, files, headers: { 'content-security-policy': STRICT_CSP } });
});
after(async () => {
  await site?.close();
  await env?.stop();
});

describe('<fund-flow-sankey> in a shadow root', () => {
  it('host CSS does not reach inside, its own styles apply under a strict CSP, and the page is not restyled', async () => {
    const { page, context, problems, outside, violations } = await openGuarded(env.browser, `${site.url}host.html`, { wait: false });
    const d = page.locator('#d');
    await d.getByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ }).waitFor();
    const inside = await page.evaluate(() => {
      const host = document.getElementById('d');
      const root = host.shadowRoot;
      const svg = root.querySelector('svg.sankey');
      const bar = root.querySelector('g.node rect.bar');
      const link = root.querySelector('a');
      const hidden = root.querySelector('.visually-hidden');
      const cs = (el) => getComputedStyle(el);
      return {
        open: root !== null,
        inLightDom: host.querySelectorAll('svg').length,
        styleElements: document.querySelectorAll('style').length + root.querySelectorAll('style').length,
        adopted: root.adoptedStyleSheets.length,
        svgBorder: cs(svg).borderTopWidth,
        barFill: cs(bar).fill,
        linkSize: cs(link).fontSize,
        linkColor: cs(link).color,
        hiddenWidth: hidden ? cs(hidden).width : '1px',
        letterSpacing: cs(svg).letterSpacing,
        // The theme's variables apply inside: the background is the theme's surface colour.
        hostBackground: cs(host).backgroundColor,
      };
    });
    assert.equal(inside.open, true);
    assert.equal(inside.inLightDom, 0, 'nothing rendered into the light DOM');
    assert.equal(inside.styleElements, 0, 'no <style> element: the styles are one adopted stylesheet');
    assert.equal(inside.adopted, 1);
    assert.equal(inside.svgBorder, '0px');
    assert.notEqual(inside.barFill, 'rgb(0, 255, 0)');
    assert.notEqual(inside.linkSize, '40px');
    assert.notEqual(inside.linkColor, 'rgb(255, 0, 255)');
    assert.equal(inside.hiddenWidth, '1px', 'the theme class .visually-hidden applies inside');
    assert.equal(inside.letterSpacing, 'normal');
    assert.equal(inside.hostBackground, 'rgb(255, 255, 255)');
    // The host page keeps its own look: the element's theme does not leak out.
    const outsideLook = await page.evaluate(() => ({
      svg: getComputedStyle(document.getElementById('host-svg')).borderTopWidth,
      p: getComputedStyle(document.getElementById('host-p')).color,
      bodyMargin: getComputedStyle(document.body).marginTop,
    }));
    assert.deepEqual(outsideLook, { svg: '5px', p: 'rgb(1, 2, 3)', bodyMargin: '8px' });
    // Keyboard: Enter on a block drills in and the focus follows into the new diagram, inside the shadow root.
    await d.getByRole('navigation').getByRole('button').first().click();
    const b = d.getByRole('button', { name: /^B 日立製作所/ });
    await b.waitFor();
    await b.focus();
    // Move within the diagram first (a blur and a focus inside the shadow root), then drill.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    // Let the diagram's after-blur check (a timeout) run before drilling.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    assert.match(await page.evaluate(() => document.getElementById('d').shadowRoot.activeElement?.getAttribute('aria-label') ?? ''), /^B 日立製作所/);
    await page.keyboard.press('Enter');
    await d.getByRole('group', { name: 'ブロックBの支出先と費目・使途' }).waitFor();
    await page.waitForFunction(() => document.getElementById('d').shadowRoot.activeElement?.closest('svg.sankey') != null);
    await shot(page, '/65-element-shadow-host-css');
    assert.deepEqual({ problems, outside, violations }, { problems: [], outside: [], violations: [] });
    await context.close();
  });
});
