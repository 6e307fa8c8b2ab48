/**
 * The work each long-lived cache of src/ saves (#10: "caches only where the bench shows they pay"),
 * measured in Node: `npm run bench:caches` (vitest's bench runner, so the view's `.svelte.ts`
 * modules load as in the app). Each row is an operation the app repeats, as it repeats it: the same
 * sheet, blocks and lists of rows asked again. What one cache saves, with and without it timed in
 * turns, is bench/cacheAB.ts; bench/RESULTS.md, "Caches", lists the figures and what was kept.
 * Not part of `npm test`; no timing is asserted anywhere.
 */
import { bench, describe } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/read/index.ts';
import { analyzeRsProject } from '../src/read/rs.ts';
import { drillDown } from '../src/model/index.ts';
import { parseSheet } from '../src/sources/sheet-text/index.ts';
import { readRsFiles, type RsInput } from '../src/sources/rs-csv/index.ts';
import { yearProjects } from '../src/sources/rs-csv/yearRows.ts';
import { payeeIndex, searchPayees } from '../src/model/yearOverview.ts';
import { pathIndex } from '../src/layout/highlight.ts';
import { sceneFor, type SceneInput } from '../src/view/flowScene.ts';
import { blockTitle, ministryTotalOf } from '../src/view/nodeInfo.ts';
import { useEnglish } from '../src/i18n/english.svelte.ts';
import { englishDicts } from '../src/view/english.ts';
import { generateSheet } from '../scripts/generate.ts';
import { generateRsYear } from '../scripts/generate-rs.ts';

useEnglish(englishDicts);
const opts = { time: 1500, warmupTime: 300 };

// The 26 blocks × 100 rows sheet of `npm run bench` (its browser rows draw this sheet).
const text26 = generateSheet({ blocks: 26, recipientsPerBlock: 100 });
const text100 = generateSheet({ blocks: 26, recipientsPerBlock: 140 });
const out = analyze(text26);
const sheet = out.sheet;
const biggest = [...sheet.blocks].sort((a, b) => b.recipients.length - a.recipients.length)[0]!;
const overview = (lang: 'ja' | 'en', lens = false, width = 1280): SceneInput => ({
  graph: out.graph,
  sheet,
  ministryTotal: ministryTotalOf(out.graph),
  lang,
  lens,
  currentBlock: null,
  expanded: [],
  width,
  scale: 1,
  maxHeight: Infinity,
});
const drillGraph = drillDown(sheet, biggest.id);
const drill: SceneInput = { ...overview('ja'), graph: drillGraph, currentBlock: biggest.id };
// The layout a hover walks (the overview of the 26×100 sheet, its folds open as drawn).
const links = sceneFor(null, overview('ja')).layout.links;
const nodeIds = [...new Set(links.flatMap((l) => [l.source, l.target]))];

describe('text sheet: parse and analyze (FAMILY_CACHE, listColumns, MERGED)', () => {
  bench('parseSheet ×100 (3,500 rows)', () => void parseSheet(text100), opts);
  bench('analyze 26×100 (parse + checks + graph)', () => void analyze(text26), opts);
});

describe('scenes of the 26×100 sheet (rowStats, compact, MERGED; block titles are not cached)', () => {
  // Built each time (no owner: the scene cache is not used), as a language switch, the lens, a resize or a fold builds a new scene.
  bench('overview scene, ja', () => void sceneFor(null, overview('ja')), opts);
  bench('overview scene, en', () => void sceneFor(null, overview('en')), opts);
  bench('overview scene, lens on', () => void sceneFor(null, overview('ja', true)), opts);
  bench('drill-down scene, largest block', () => void sceneFor(null, drill), opts);
  bench('block titles of every block, ja + en (side list, crumbs, selection)', () => {
    for (const b of sheet.blocks) {
      blockTitle(b, 'ja');
      blockTitle(b, 'en');
    }
  }, opts);
});

describe('kept scenes (scenes) and drill-down graphs (not cached)', () => {
  const owner = {};
  sceneFor(owner, overview('ja'));
  bench('overview scene again (Esc back to the overview): sceneFor with its owner', () => void sceneFor(owner, overview('ja')), opts);
  bench('overview scene again, built (what the same view costs without the scene cache)', () => void sceneFor(null, overview('ja')), opts);
  bench('drill-down graph of the largest block, built (AppState.drillGraph, on each call)', () => void drillDown(sheet, biggest.id), opts);
});

describe('hover paths over the 26×100 overview layout (pathIndex: one walk per lookup, not memoised)', () => {
  const index = pathIndex(links);
  bench(`every node's path (${nodeIds.length} nodes), one index`, () => {
    for (const id of nodeIds) index.node(id);
  }, opts);
});

// RSシステム: a synthetic year at the published scale (scripts/generate-rs.ts), as `npm run bench` reads it.
const rs = generateRsYear();
const enc = new TextEncoder();
const inputs: RsInput[] = (['5-1', '5-2', '5-3'] as const).map((t) => ({ name: `${t}_RS_2024_synthetic.csv`, bytes: enc.encode(rs[t]) }));
const year = readRsFiles(inputs).value;
const sheetYear = year.projects[0]?.sheetYear ?? 2024;
const projects = yearProjects(year, sheetYear);
const largest = [...projects].sort((a, b) => b.blocks.length - a.blocks.length)[0]!.projectNumber;
const index = payeeIndex(projects);
const queries = ['株', '株式会社', '研究', 'ｎｅｃ', '7010001008844', 'zzzz-none'].flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));

describe('RSシステム year (FAMILY_CACHE, MERGED, haystacks)', () => {
  bench('read 5-1 + 5-2 + 5-3 (71.5 MB)', () => void readRsFiles(inputs), { time: 3000, warmupTime: 0, warmupIterations: 1, iterations: 3 });
  bench('lean project rows of the year (yearProjects)', () => void yearProjects(year, sheetYear), opts);
  bench('open the largest project (analyzeRsProject)', () => void analyzeRsProject(year, largest), opts);
  bench(`payee search, ${queries.length} keystrokes over ${index.length} payees`, () => {
    for (const q of queries) searchPayees(index, q, 30);
  }, opts);
});
