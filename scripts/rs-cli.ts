/**
 * The RSシステム path of the parse CLI: `npm run --silent parse -- FILE... (--project ID [--year N]
 * [--block X] [--format json|csv] | --list | --split DIR)`. FILE is a CSV or a ZIP of the RSシステム
 * open data. Exit 0 read, 1 not readable (one line on stderr naming the file and the reason), 2 usage.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRsFiles, type RsInput, type RsYear } from '../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../src/read/rs.ts';
import { drillDown } from '../src/model/index.ts';
import { recipientsCsv } from '../src/model/csv.ts';
import { publishedFileName } from '../src/contract/yearList.ts';
import type { ParseOutput } from '../src/contract/schema.ts';

/** What the RS path was asked to do. */
export interface RsCliOptions {
  files: string[];
  project?: string;
  year?: number;
  list: boolean;
  split?: string;
  block?: string;
  format: 'json' | 'csv';
}

/** The outcome: exit status and what to print. */
export interface RsCliResult {
  status: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** One entry of `--list` (and of `--split`'s index.json). */
export interface ListEntry {
  projectNumber: string;
  projectName: string;
  ministry: string;
  sheetYear: number;
  total: number | null;
}

const fail = (status: 1 | 2, message: string): RsCliResult => ({ status, stdout: '', stderr: `${message}\n` });

/** Reads the files into a year store, or the one line that says which file is not readable. */
export function readYear(files: string[]): { year: RsYear; notes: string } | { error: RsCliResult } {
  const inputs: RsInput[] = [];
  for (const file of files) {
    try {
      inputs.push({ name: file, bytes: new Uint8Array(readFileSync(file)) });
    } catch (e) {
      return { error: fail(1, `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`) };
    }
  }
  const { value, diagnostics } = readRsFiles(inputs);
  const error = diagnostics.find((d) => d.severity === 'error');
  if (error) return { error: fail(1, error.message.en) };
  if (value.projects.length === 0) return { error: fail(1, `${files.join(', ')}: no rows of any project (予算事業ID) in the RSシステム files`) };
  // Files left aside (another table of the year) and similar: said on stderr, the run goes on.
  const notes = diagnostics.filter((d) => d.severity === 'warning').map((d) => `warning: ${d.message.en}\n`).join('');
  return { year: value, notes };
}

/** The `--list` array. */
export function listOf(year: RsYear): ListEntry[] {
  return year.projects.map(({ projectNumber, projectName, ministry, sheetYear, total }) => ({ projectNumber, projectName, ministry, sheetYear, total }));
}

/** Exactly what `--project ID` prints as JSON (also each file of `--split`). */
export function projectJson(out: ParseOutput, block?: string): string {
  const graph = block !== undefined ? drillDown(out.sheet, block) : out.graph;
  return `${JSON.stringify({ ...out, graph }, null, 2)}\n`;
}

/** File name of a project in `--split`: `<ID>.json`, or `<ID>_<事業年度>.json` when the files hold several 事業年度. */
export function splitName(p: { projectNumber: string; sheetYear: number }, severalYears: boolean): string {
  return publishedFileName(p, severalYears);
}

/** Runs the RS path; never throws on input. */
export function runRsCli(o: RsCliOptions): RsCliResult {
  const modes = [o.project !== undefined, o.list, o.split !== undefined].filter(Boolean).length;
  if (modes > 1) return fail(2, '--project, --list and --split are exclusive');
  if ((o.list || o.split !== undefined) && (o.block !== undefined || o.format !== 'json')) return fail(2, '--block and --format go with --project');
  const read = readYear(o.files);
  if ('error' in read) return read.error;
  const year = read.year;
  const ok = (stdout: string): RsCliResult => ({ status: 0, stdout, stderr: read.notes });
  if (o.list) return ok(`${JSON.stringify(listOf(year), null, 2)}\n`);
  if (o.split !== undefined) {
    const several = new Set(year.projects.map((p) => p.sheetYear)).size > 1;
    try {
      mkdirSync(o.split, { recursive: true });
      writeFileSync(join(o.split, 'index.json'), `${JSON.stringify(listOf(year), null, 2)}\n`);
      for (const p of year.projects) writeFileSync(join(o.split, splitName(p, several)), projectJson(analyzeRsProject(year, p.projectNumber, p.sheetYear)));
    } catch (e) {
      return fail(1, `cannot write ${o.split}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    return ok('');
  }
  let id = o.project;
  if (id === undefined) {
    const ids = new Set(year.projects.map((p) => p.projectNumber));
    if (ids.size !== 1) return fail(2, `the files hold ${ids.size} projects: give --project ID (see --list)`);
    id = [...ids][0] as string;
  }
  const out = analyzeRsProject(year, id, o.year);
  const error = out.diagnostics.find((d) => d.severity === 'error');
  if (error) return fail(1, `${o.files.length === 1 ? o.files[0] : `${o.files.length} files`}: ${error.message.en}`);
  if (o.block !== undefined && !out.sheet.blocks.some((b) => b.id === o.block)) {
    return fail(2, `no block ${o.block}; blocks: ${out.sheet.blocks.map((b) => b.id).join(', ')}`);
  }
  if (o.format === 'csv') return ok(recipientsCsv(out.sheet, { bom: false, blockId: o.block }));
  return ok(projectJson(out, o.block));
}
