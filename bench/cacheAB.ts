/**
 * #10: what one cache of src/ saves, with and without it, timed in turns in one process (so the
 * load of a shared machine falls on both alike): `npx tsx bench/cacheAB.ts <cache> <ops> [turns]`,
 * e.g. `npx tsx bench/cacheAB.ts rowStats sceneJa,sceneEn`. <cache> is a key of OUT below (`none`:
 * the same code twice, to see the noise); the copy of src/ with it taken out is made under the
 * system's temporary folder. Prints, per op, the 10th percentile and median ms of each side and the
 * ratio (without / with). bench/RESULTS.md, "Caches", lists what was measured and kept.
 * Not part of `npm test`.
 */
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How each kept cache is taken out: [file, text with it, text without it]. */
const OUT: Record<string, [string, string, string] | null> = {
  none: null,
  compact: ['model/rowStats.ts', '  let key = compact.get(raw);\n', '  let key: string | undefined = undefined;\n'],
  rowStats: ['model/rowStats.ts', '  let stats = cache.get(rows);\n', '  let stats: Readonly<RowStats> | undefined = undefined;\n'],
  MERGED: ['model/blocks.ts', '  let merged = MERGED.get(block);\n', '  let merged: MergedRows | undefined = undefined;\n'],
  FAMILY_CACHE: ['contract/families.ts', '  const known = FAMILY_CACHE.get(type);\n', '  const known = undefined as ContractFamily | undefined;\n'],
  listColumns: ['sources/sheet-text/fundflow.ts', 'listColumns(line, columns)', 'listColumns(line)'],
  haystacks: ['model/yearOverview.ts', '  let h = haystacks.get(index);\n', '  let h: Haystack | undefined = undefined;\n'],
};

// The view's .svelte.ts modules use Svelte runes; outside Svelte's compiler the one they need is a plain value.
const g = globalThis as Record<string, unknown>;
g.$state = Object.assign((v: unknown) => v, { raw: (v: unknown) => v });
const [cache, opsArg, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 61);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const A = join(ROOT, 'src');
if (!cache || !(cache in OUT) || !opsArg) throw new Error(`usage: npx tsx bench/cacheAB.ts <${Object.keys(OUT).join('|')}> <ops,comma> [turns]`);
const dir = mkdtempSync(join(tmpdir(), 'cacheAB-'));
cpSync(A, join(dir, 'src'), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
const patch = OUT[cache];
if (patch) {
  const file = join(dir, 'src', patch[0]);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(patch[1])) throw new Error(`${patch[0]} no longer has the cache's line: update OUT`);
  writeFileSync(file, text.replace(patch[1], patch[2]));
}
const B = join(dir, 'src');
const { generateSheet } = await import('../scripts/generate.ts');
const { generateRsYear } = await import('../scripts/generate-rs.ts');
const text26 = generateSheet({ blocks: 26, recipientsPerBlock: 100 });
const text100 = generateSheet({ blocks: 26, recipientsPerBlock: 140 });
const wanted = new Set(opsArg.split(','));
const needRs = [...wanted].some((o) => o.startsWith('rs'));
const rs = needRs ? generateRsYear() : null;
const enc = new TextEncoder();
const inputs = rs ? (['5-1', '5-2', '5-3'] as const).map((t) => ({ name: `${t}_RS_2024_synthetic.csv`, bytes: enc.encode(rs[t]) })) : [];

async function setup(root: string): Promise<Record<string, () => void>> {
  const { analyze } = await import(`${root}/read/index.ts`);
  const { parseSheet } = await import(`${root}/sources/sheet-text/index.ts`);
  const { drillDown } = await import(`${root}/model/index.ts`);
  const { sceneFor } = await import(`${root}/view/flowScene.ts`);
  const { blockTitle, ministryTotalOf } = await import(`${root}/view/nodeInfo.ts`);
  const { useEnglish } = await import(`${root}/i18n/english.svelte.ts`);
  const { englishDicts } = await import(`${root}/view/english.ts`);
  const { pathIndex } = await import(`${root}/layout/highlight.ts`);
  const { rowStats } = await import(`${root}/model/rowStats.ts`);
  useEnglish(englishDicts);
  const out = analyze(text26);
  const sheet = out.sheet;
  const biggest = [...sheet.blocks].sort((a: any, b: any) => b.recipients.length - a.recipients.length)[0];
  const overview = (lang: string, lens = false) => ({ graph: out.graph, sheet, ministryTotal: ministryTotalOf(out.graph), lang, lens, currentBlock: null, expanded: [], width: 1280, scale: 1, maxHeight: Infinity });
  const drill = { ...overview('ja'), graph: drillDown(sheet, biggest.id), currentBlock: biggest.id };
  const links = sceneFor(null, overview('ja')).layout.links;
  const ids = [...new Set(links.flatMap((l: any) => [l.source, l.target]))];
  const ops: Record<string, () => void> = {
    parse100: () => parseSheet(text100),
    analyze26: () => analyze(text26),
    sceneJa: () => sceneFor(null, overview('ja')),
    sceneEn: () => sceneFor(null, overview('en')),
    sceneLens: () => sceneFor(null, overview('ja', true)),
    sceneDrill: () => sceneFor(null, drill),
    titles: () => { for (const b of sheet.blocks) { blockTitle(b, 'ja'); blockTitle(b, 'en'); } },
    paths: (() => { const index = pathIndex(links); return () => { for (const id of ids) index.node(id); }; })(),
    drillGraph: () => drillDown(sheet, biggest.id),
    // Each block's statistics counted anew (a fresh list: not in rowStats' cache), as for a sheet's first scene.
    rowStatsCold: () => { for (const b of sheet.blocks) rowStats([...b.recipients]); },
  };
  if (needRs) {
    const { readRsFiles } = await import(`${root}/sources/rs-csv/index.ts`);
    const { yearProjects } = await import(`${root}/sources/rs-csv/yearRows.ts`);
    const { payeeIndex, searchPayees } = await import(`${root}/model/yearOverview.ts`);
    const { analyzeRsProject } = await import(`${root}/read/rs.ts`);
    const { drillBlocks } = await import(`${root}/model/drillBlocks.ts`);
    const { rsDrill } = await import(`${root}/model/rsDrill.ts`);
    const year = readRsFiles(inputs).value;
    const sy = year.projects[0]?.sheetYear ?? 2024;
    const projects = yearProjects(year, sy);
    const largest = [...projects].sort((a: any, b: any) => b.blocks.length - a.blocks.length)[0].projectNumber;
    const big = analyzeRsProject(year, largest);
    const bigBlock = [...big.sheet.blocks].sort((a: any, b: any) => b.recipients.length - a.recipients.length)[0].id;
    const index = payeeIndex(projects);
    const queries = ['株', '株式会社', '研究', 'ｎｅｃ', '7010001008844', 'zzzz-none'].flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
    Object.assign(ops, {
      rsRead: () => readRsFiles(inputs),
      rsYearRows: () => yearProjects(year, sy),
      rsOpen: () => analyzeRsProject(year, largest),
      rsDrill: () => drillBlocks(big.sheet, bigBlock, big.graph, rsDrill),
      rsSearch: () => { for (const q of queries) searchPayees(index, q, 30); },
    });
  }
  return ops;
}
const a = await setup(A);
const b = await setup(B);
const median = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]!; };
const q = (xs: number[], p: number) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor((s.length - 1) * p)]!; };
for (const op of wanted) {
  const fa = a[op]!, fb = b[op]!;
  // Batch so one sample is ≥ 2 ms; warm both for 300 ms.
  let k = 1;
  for (;;) { const t = performance.now(); for (let i = 0; i < k; i++) fa(); if (performance.now() - t >= 5 || k > 1e6) break; k *= 2; }
  const settle = performance.now() + 1000;
  while (performance.now() < settle) { fa(); fb(); }
  const n = op === 'rsRead' ? 7 : reps;
  const ta: number[] = [], tb: number[] = [], ratio: number[] = [];
  for (let r = 0; r < n; r++) {
    const order = r % 2 ? [0, 1] : [1, 0];
    const t = [0, 0];
    for (const w of order) { const f = w ? fb : fa; const t0 = performance.now(); for (let i = 0; i < k; i++) f(); t[w] = (performance.now() - t0) / k; }
    ta.push(t[0]!); tb.push(t[1]!); ratio.push(t[1]! / t[0]!);
  }
  const f = (v: number) => (v < 0.01 ? v.toFixed(4) : v < 10 ? v.toFixed(3) : v.toFixed(1));
  const lo = (xs: number[]) => q(xs, 0.1);
  process.stdout.write(`${op}\twith ${f(lo(ta))} / ${f(median(ta))} ms\twithout ${f(lo(tb))} / ${f(median(tb))} ms (10th percentile / median)\twithout/with ×${(lo(tb) / lo(ta)).toFixed(2)} on p10, ×${median(ratio).toFixed(2)} median pair (IQR ×${q(ratio, 0.25).toFixed(2)}–×${q(ratio, 0.75).toFixed(2)}, n=${n}, batch ${k})\n`);
}
