/**
 * `npm run bench`: measures the parser, the graph and layout, the built app in headless
 * Chromium and the bytes shipped; prints a table and writes bench/RESULTS.md.
 * Every figure is the median of several runs. Not part of `npm test`.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { analyze } from '../src/read/index.ts';
import { drillDown } from '../src/model/index.ts';
import { parseSheet } from '../src/sources/sheet-text/index.ts';
import { foldGraph, layoutSankey } from '../src/layout/index.ts';
import { generateSheet } from './generate.ts';
import { browserBench, type BrowserFigures } from './bench-browser.ts';
import { rsBench } from './bench-rs.ts';
import { rsBrowserBench } from './bench-rs-browser.ts';
import { ui } from '../src/i18n/catalog/ja.ts';

const root = process.cwd();
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
/** Median of `runs` timed calls, after `warmup` calls and at least 300 ms of calls (so the JIT has settled: steady-state figures). */
function time(fn: () => void, runs: number, warmup = 3): number {
  const settle = performance.now() + 300;
  for (let i = 0; i < warmup || performance.now() < settle; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}
const ms = (v: number): string => (v < 10 ? v.toFixed(2) : v.toFixed(1));

interface Row { name: string; value: string; target: string; ok: boolean | null }
const rows: Row[] = [];
const add = (name: string, value: string, target = '', ok: boolean | null = null): void => { rows.push({ name, value, target, ok }); };

// 1. Parser and graph/layout on the seed, ×10 and ×100 its recipients, and 26 blocks × 100.
const seed = readFileSync(join(root, 'seeds/000_07fcc2ea9ae77a26.txt'), 'utf8');
const inputs: [string, string][] = [
  ['seed (35 recipients)', seed],
  ['×10 (350 recipients)', generateSheet({ blocks: 11, recipientsPerBlock: 35 })],
  ['×100 (3,500 recipients)', generateSheet({ blocks: 26, recipientsPerBlock: 140 })],
  ['26 blocks × 100', generateSheet({ blocks: 26, recipientsPerBlock: 100 })],
];
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/sheet-26x100.txt'), inputs[3]?.[1] ?? '');
const parseTimes: number[] = [];
for (const [name, text] of inputs) {
  const bytes = Buffer.byteLength(text);
  const runs = bytes > 1e6 ? 9 : 31;
  const tp = time(() => parseSheet(text), runs, 10);
  parseTimes.push(tp);
  const mbps = bytes / 1e6 / (tp / 1000);
  add(`parse: ${name}, ${(bytes / 1024).toFixed(0)} KiB`, `${ms(tp)} ms, ${mbps.toFixed(1)} MB/s`, '≥ 20 MB/s', mbps >= 20);
  const t = time(() => analyze(text), runs, 10);
  const out = analyze(text);
  const recipients = out.sheet.blocks.reduce((s, b) => s + b.recipients.length, 0);
  add(`parse + checks + graph (analyze): ${name}`, `${ms(t)} ms, ${(bytes / 1e6 / (t / 1000)).toFixed(1)} MB/s`);
  const tl = time(() => layoutSankey(foldGraph(out.graph, { label: ui.others }).graph, { width: 1280, height: 720, nodeWidth: 14, nodePadding: 22 }), runs);
  const biggest = [...out.sheet.blocks].sort((a, b) => b.recipients.length - a.recipients.length)[0];
  const td = biggest ? time(() => layoutSankey(foldGraph(drillDown(out.sheet, biggest.id), { label: ui.others }).graph, { width: 1280, height: 720, nodeWidth: 14, nodePadding: 22 }), runs) : 0;
  add(`layout: ${name} (${recipients} rows) overview / drill-down ${biggest?.id ?? ''}`, `${ms(tl)} ms / ${ms(td)} ms`);
}
const ratio = (parseTimes[2] ?? 0) / (parseTimes[0] ?? 1);
const sizeRatio = Buffer.byteLength(inputs[2]?.[1] ?? '') / Buffer.byteLength(seed);
// The issue's criterion: ×100 the seed's recipients parse in at most ×120 the seed's time.
add('parse linearity: ×100 recipients vs the seed, time ratio', `×${ratio.toFixed(1)} (for ×${sizeRatio.toFixed(0)} bytes; per byte ×${(ratio / sizeRatio).toFixed(2)})`, '≤ ×120', ratio <= 120);

// 1b. RSシステム CSVs: a synthetic year at the published scale (scripts/bench-rs.ts).
rsBench(add);

// 2. Bytes shipped.
function shipped(dir: string): { js: number; css: number } {
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
  let js = 0, css = 0;
  for (const f of files) {
    const path = join(dir, f);
    if (f.endsWith('.js')) js += gzipSync(readFileSync(path)).length;
    else if (f.endsWith('.css')) css += gzipSync(readFileSync(path)).length;
    // dist/single.html is the single file's copy, a template the app downloads only to save a sheet into it (vite.single.config.ts).
    else if (f.endsWith('.html') && f !== 'single.html') {
      const html = readFileSync(path, 'utf8');
      for (const m of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) js += gzipSync(m[1] ?? '').length;
      for (const m of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) css += gzipSync(m[1] ?? '').length;
    }
  }
  return { js, css };
}
execSync('npx vite build && npx vite build -c vite.single.config.ts', { stdio: 'ignore' });
const dist = shipped(join(root, 'dist'));
const single = shipped(join(root, 'dist-single'));
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const gz = (files: readonly string[]): number => files.reduce((n, f) => n + gzipSync(readFileSync(join(root, 'dist', f))).length, 0);

// 3. The built app in headless Chromium.
let browser: BrowserFigures | null = null;
try {
  browser = await browserBench(join(root, 'dist'), join(root, 'bench/sheet-26x100.txt'));
} catch (e) {
  add('browser figures', `not measured: ${(e as Error).message.split('\n')[0]}`);
}
if (browser) {
  const b = browser;
  const loaded = gz(b.loadedJs);
  add(`JS shipped: what opening the page downloads without a click (${b.loadedJs.length} files: entry, app, side panels), gzip: dist/`, kb(loaded), '≤ 60 KB', loaded <= 60 * 1024);
}
add('JS in dist/ altogether, with the chunks only a use loads (presentation, export, share, table, detail panels, parser and its worker), gzip', kb(dist.js));
add('CSS shipped, gzip: dist/', kb(dist.css));
add('JS + CSS inlined, gzip: single file', `${kb(single.js)} + ${kb(single.css)}`);
if (browser) {
  const b = browser;
  add('first paint of the same page with every script removed (reference: the cost of painting it at all)', `${ms(b.noScript)} ms (×${(b.noScript / b.blank).toFixed(2)} the blank page)`);
  add('first painted diagram (seed) / blank page with the same shell', `${ms(b.firstDiagram)} ms / ${ms(b.blank)} ms = ×${(b.firstDiagram / b.blank).toFixed(2)}`, '≤ ×1.5', b.firstDiagram / b.blank <= 1.5);
  add('app interactive (hydrated) after navigation (seed)', `${ms(b.live)} ms`);
  add('hover highlight latency (seed)', `${ms(b.hover)} ms`);
  add('drill-down latency (seed, block D)', `${ms(b.drill)} ms`);
  add('26×100: top level render (Esc from a drill-down)', `${ms(b.bigTop)} ms`, '≤ 50 ms', b.bigTop <= 50);
  add('26×100: top level render in the other language (language button: every label new)', `${ms(b.bigTopFresh)} ms`, '≤ 50 ms', b.bigTopFresh <= 50);
  add('26×100: drill-down render (largest block)', `${ms(b.bigDrill)} ms`, '≤ 50 ms', b.bigDrill <= 50);
  add('26×100: drill-down render at once after the sheet is drawn, nothing prepared (smallest block)', `${ms(b.bigDrillCold)} ms`);
  add('26×100: hover highlight', `${ms(b.bigHover)} ms`, '≤ 8 ms', b.bigHover <= 8);
  add('10 MB sheet: longest main-thread stall while it is read and parsed (worker)', `${ms(b.inputDelay)} ms`);
  add('10 MB sheet: longest main-thread stall from choosing it until its diagram is drawn (taking the result in, first render)', `${ms(b.bigRenderStall)} ms`);
}

// 3b. RSシステム files in the browser (scripts/bench-rs-browser.ts): the synthetic year picked in the built app.
try {
  await rsBrowserBench(join(root, 'dist'), add, (what) => void process.stderr.write(`bench: ${what}\n`));
} catch (e) {
  add('RS in the browser', `not measured: ${(e as Error).message.split('\n')[0]}`);
}

const table = [
  '| measure | median | target | met |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${r.value} | ${r.target} | ${r.ok === null ? '' : r.ok ? 'yes' : '**no**'} |`),
].join('\n');
const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${execSync('nproc').toString().trim()} cores, Node ${process.version}, Chromium headless.`;
// Sections written by hand below the table (from the first "## " heading on, e.g. the caches' figures) are kept.
const previous = existsSync(join(root, 'bench/RESULTS.md')) ? readFileSync(join(root, 'bench/RESULTS.md'), 'utf8') : '';
const kept = previous.match(/^## [\s\S]*$/m)?.[0] ?? '';
writeFileSync(join(root, 'bench/RESULTS.md'), `# Benchmark results\n\n${header}\n\n${table}\n${kept ? `\n${kept}` : ''}`);
process.stdout.write(`${header}\n\n${table}\n`);
