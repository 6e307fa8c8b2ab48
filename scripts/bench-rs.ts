/**
 * The RSシステム part of `npm run bench` (Node side): a synthetic year at the published scale
 * (scripts/generate-rs.ts: ≈200,000 5-1 rows, ≈59 MB, 5,500 projects, plus 5-2 and 5-3) is read
 * with readRsFiles, then projects are opened (rsProjectSheet + assemble). Memory is measured with
 * forced garbage collections. Runs alone too: `npx tsx scripts/bench-rs.ts`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readRsFiles, type RsInput } from '../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../src/read/rs.ts';
import { warmUp } from '../src/read/rsSession.ts';
import { generateRsYear } from './generate-rs.ts';
import { yearCache } from '../src/read/yearSession.ts';
import type { RsYear } from '../src/sources/rs-csv/index.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** One figure: name, value, target, met. */
export type Add = (name: string, value: string, target?: string, ok?: boolean | null) => void;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (v: number): string => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
const used = (): number => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};

/** Runs the RS figures and reports them through `add`. */
export function rsBench(add: Add): void {
  const year = generateRsYear();
  const enc = new TextEncoder();
  const inputs: RsInput[] = (['5-1', '5-2', '5-3'] as const).map((t) => ({ name: `${t}_RS_2024_synthetic.csv`, bytes: enc.encode(year[t]) }));
  const b51 = inputs[0] as RsInput;
  const allBytes = inputs.reduce((n, i) => n + i.bytes.length, 0);
  const label = `synthetic year: 5-1 ${mb(b51.bytes.length)}, ${year.rows51.toLocaleString('en')} rows, ${year.projects.toLocaleString('en')} projects`;

  // 5-1 alone, three runs; wall time, and the process's CPU time (what a busy machine does not inflate).
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 3; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    readRsFiles([b51]);
    times.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpus.push((d.user + d.system) / 1000);
  }
  const t51 = median(times);
  const rate = b51.bytes.length / 1e6 / (t51 / 1000);
  add(`RS: read 5-1 (decode, parse, group by project, list), ${label}`, `${ms(t51)} ms, ${rate.toFixed(1)} MB/s (CPU ${ms(median(cpus))} ms)`, '≥ 20 MB/s', rate >= 20);

  // Memory: what the store keeps, and the peak while reading (the input bytes are counted as before).
  const before = used();
  let peak = 0;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  const rssBefore = process.memoryUsage().rss;
  const cAll = process.cpuUsage();
  const t = performance.now();
  const read = readRsFiles(inputs);
  const tAll = performance.now() - t;
  const cpuAll = process.cpuUsage(cAll);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const kept = used() - before;
  add(`RS: read 5-1 + 5-2 + 5-3 (${mb(allBytes)})`, `${ms(tAll)} ms, ${(allBytes / 1e6 / (tAll / 1000)).toFixed(1)} MB/s (CPU ${ms((cpuAll.user + cpuAll.system) / 1000)} ms)`);
  add('RS: memory kept by the year store (heap + buffers after GC) / CSV bytes', `${mb(kept)} = ×${(kept / allBytes).toFixed(2)}`, '≤ ×3', kept <= 3 * allBytes);
  add('RS: peak process memory growth while reading (RSS, sampled) / CSV bytes', `${mb(peak - rssBefore)} = ×${((peak - rssBefore) / allBytes).toFixed(2)}`, '≤ ×3', peak - rssBefore <= 3 * allBytes);

  // Opening projects: the largest (55 blocks × 70 payees) first, after the session's warm-up (it
  // opens the smallest project once, right after the files are read), then a sample of the rest.
  const projects = read.value.projects;
  const largest = projects[0]?.projectNumber ?? '';
  const cw = process.cpuUsage();
  let t0 = performance.now();
  const warmed = warmUp(read.value, { analyzeRsProject });
  const warm = performance.now() - t0;
  const warmCpu = process.cpuUsage(cw);
  add(`RS: the session's warm-up after reading (opens ${warmed.length} small projects once)`, `${ms(warm)} ms (CPU ${ms((warmCpu.user + warmCpu.system) / 1000)} ms)`);
  const c0 = process.cpuUsage();
  t0 = performance.now();
  const big = analyzeRsProject(read.value, largest);
  const cold = performance.now() - t0;
  const coldCpu = process.cpuUsage(c0);
  const rows = big.sheet.blocks.reduce((n, b) => n + b.recipients.length, 0);
  const records = (read.value.store[`${largest}:${big.sheet.sheetYear}`]?.tables['5-1'] ?? []).reduce((n, p) => n + p.rows.length, 0);
  add(`RS: open the largest project (${big.sheet.blocks.length} blocks, ${rows.toLocaleString('en')} payees, ${records.toLocaleString('en')} 5-1 rows), first open after reading and the warm-up (met on the CPU time: this shared machine's load inflates wall time)`, `${ms(cold)} ms (CPU ${ms((coldCpu.user + coldCpu.system) / 1000)} ms)`, '≤ 100 ms', (coldCpu.user + coldCpu.system) / 1000 <= 100);
  const again: number[] = [];
  const againCpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c = process.cpuUsage();
    t0 = performance.now();
    analyzeRsProject(read.value, largest);
    again.push(performance.now() - t0);
    const d = process.cpuUsage(c);
    againCpu.push((d.user + d.system) / 1000);
  }
  add('RS: open the largest project again (median of 7)', `${ms(median(again))} ms (CPU ${ms(median(againCpu))} ms)`, '≤ 100 ms', median(again) <= 100);
  const sample = projects.filter((_, i) => i % 50 === 1);
  const each: number[] = [];
  for (const p of sample) {
    t0 = performance.now();
    analyzeRsProject(read.value, p.projectNumber);
    each.push(performance.now() - t0);
  }
  add(`RS: open a typical project (median / max of ${sample.length})`, `${ms(median(each))} ms / ${ms(Math.max(...each))} ms`, '≤ 100 ms', Math.max(...each) <= 100);
  yearBench(add, read.value);
  t0 = performance.now();
  structuredClone(read.value);
  add('RS: structuredClone of the year store (what a worker → page transfer of all of it costs)', `${ms(performance.now() - t0)} ms`);
}

/** year (#14): the year overview, a ministry narrowed, the payee search — on the synthetic year just read. */
function yearBench(add: Add, year: RsYear): void {
  const sheetYear = year.projects[0]?.sheetYear ?? 2024;
  const cache = yearCache(year);
  const c0 = process.cpuUsage();
  let t0 = performance.now();
  const overview = cache.run({ op: 'overview', sheetYear }) as { graph: { nodes: unknown[] } };
  const first = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  add(`RS year: overview after reading (lean rows of ${cache.projects(sheetYear).length.toLocaleString('en')} projects + graph, ${overview.graph.nodes.length} nodes)`, `${ms(first)} ms (CPU ${ms((cpu.user + cpu.system) / 1000)} ms)`, '≤ 200 ms', first <= 200);
  const ministries = [...new Set(cache.projects(sheetYear).map((p) => p.ministry))];
  const narrow: number[] = [];
  for (const m of ministries.slice(0, 9)) {
    t0 = performance.now();
    cache.run({ op: 'overview', sheetYear, ministry: m });
    narrow.push(performance.now() - t0);
  }
  add(`RS year: a ministry narrowed (median / max of ${narrow.length})`, `${ms(median(narrow))} ms / ${ms(Math.max(...narrow))} ms`, '≤ 100 ms', Math.max(...narrow) <= 100);
  t0 = performance.now();
  const index = cache.index(sheetYear);
  cache.run({ op: 'payees', sheetYear, query: '' }); // the panel's warm-up: builds the search text too
  add(`RS year: payee index built (the panel's warm-up after the overview; ${index.length.toLocaleString('en')} payees)`, `${ms(performance.now() - t0)} ms`);
  const queries = ['株', '株式会社', '研究', 'ｎｅｃ', '7010001008844', 'zzzz-none'];
  const keys: number[] = [];
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      t0 = performance.now();
      cache.run({ op: 'payees', sheetYear, query: q.slice(0, i) });
      keys.push(performance.now() - t0);
    }
  }
  add(`RS year: payee search per keystroke (median / max of ${keys.length})`, `${ms(median(keys))} ms / ${ms(Math.max(...keys))} ms`, '≤ 50 ms', Math.max(...keys) <= 50);
}

if (process.argv[1]?.endsWith('bench-rs.ts')) {
  const rows: string[] = [];
  process.stdout.write(`load average before: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
  rsBench((name, value, target = '', ok = null) => rows.push(`| ${name} | ${value} | ${target} | ${ok === null ? '' : ok ? 'yes' : '**no**'} |`));
  process.stdout.write(`| measure | median | target | met |\n|---|---|---|---|\n${rows.join('\n')}\n`);
}
