// The single HTML file with the user's sheet (issue #13), made from the single-file template.
import { describe, expect, it } from 'vitest';
import { singleHtmlWith } from '../../src/export/singleHtml.ts';

const template = [
  '<!doctype html><html lang="ja"><head><meta charset="UTF-8" />',
  `<meta http-equiv="Content-Security-Policy" content="script-src 'sha256-AAA'; style-src 'sha256-BBB'" />`,
  '<title>資金の流れ</title><style>body{margin:0}</style></head><body>',
  '<div id="app"><div class="app"><h1>サイバーセキュリティ</h1><div>nested</div></div></div>',
  '    <script type="application/json" id="seed-sheet">{"name":"seed.txt","text":"old"}</script>',
  '  <script>console.log("app")</script>',
  '</body></html>',
].join('\n');

describe('singleHtmlWith', () => {
  it('puts the sheet in place of the seed, drops the prerendered view, sets the title, keeps script, style and CSP byte for byte', () => {
    const out = singleHtmlWith(template, { name: '港湾.txt', text: '事業名\t港湾', output: null }, '港湾 & <防災>');
    expect(out).not.toBeNull();
    expect(out).toContain('<div id="app"></div>\n    <script type="application/json" id="seed-sheet">{"name":"港湾.txt","text":"事業名\\t港湾"}</script>');
    expect(out).not.toContain('サイバーセキュリティ');
    expect(out).toContain('<title>港湾 &amp; &lt;防災&gt;</title>');
    expect(out).toContain('<script>console.log("app")</script>');
    expect(out).toContain('<style>body{margin:0}</style>');
    expect(out).toContain(`content="script-src 'sha256-AAA'; style-src 'sha256-BBB'"`);
  });

  it('keeps a hostile sheet inside the data block (no "</script>" can close it)', () => {
    const text = '</script><script>alert(1)</script>\u2028';
    const out = singleHtmlWith(template, { name: '<img src=x>', text, output: null }, 't')!;
    const block = /<script type="application\/json" id="seed-sheet">([\s\S]*?)<\/script>/.exec(out)?.[1] ?? '';
    expect(JSON.parse(block)).toEqual({ name: '<img src=x>', text });
    expect(out.match(/<script>/g)).toHaveLength(1);
  });

  it('refuses what is not a single-file template', () => {
    expect(singleHtmlWith('<html><body><div id="app"></div><script src="x.js"></script></body></html>', { name: 'a', text: 'b', output: null }, 't')).toBeNull();
    expect(singleHtmlWith('', { name: 'a', text: 'b', output: null }, 't')).toBeNull();
  });
});
