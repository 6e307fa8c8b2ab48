/**
 * Vite plugin: puts the bundled seed sheet into index.html as
 * `<script type="application/json" id="seed-sheet">{"name","text","output"}</script>`:
 * its text and its parse output, computed here at build time by the same analyze() the
 * page runs, so the page draws the seed without loading the parser. The sheet is data,
 * not code: it stays out of the JS bundle, is there at first paint with no request, and
 * needs no script permission under the CSP (a JSON block is never executed).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { analyze } from '../src/read/analyze.ts';

/** The seed file shipped with the app. */
export const SEED_FILE = resolve(import.meta.dirname, '../seeds/000_07fcc2ea9ae77a26.txt');

/** JSON that is safe inside a <script> element: no "</script", "<!--" or line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** What the page gets of the seed: file name, text and its parse output. */
export function seedPayload(file = SEED_FILE): { name: string; text: string; output: ReturnType<typeof analyze> } {
  const text = readFileSync(file, 'utf8');
  return { name: basename(file), text, output: analyze(text) };
}

export function seedSheet(file = SEED_FILE): Plugin {
  return {
    name: 'seed-sheet',
    transformIndexHtml(html) {
      const payload = jsonForScript(seedPayload(file));
      return html.replace('<div id="app"></div>', () => `<div id="app"></div>\n    <script type="application/json" id="seed-sheet">${payload}</script>`);
    },
  };
}
