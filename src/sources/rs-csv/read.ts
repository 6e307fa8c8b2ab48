/**
 * CSV texts → one store of records grouped by (予算事業ID, 事業年度), read once. Each project keeps
 * only its own records (raw text, parsed again when it is opened), so opening one project touches
 * only that project's rows, and the store costs about the decoded text. The list entry of each
 * project is computed in the same pass. Pure; never throws.
 */
import type { Diagnostic } from '../../contract/schema.ts';
import { RS_TABLES, recognise, type HeaderMap } from './columns.ts';
import { forEachRecord } from './csv.ts';
import { inputTexts, type CsvText, type RsInput } from './input.ts';
import { rsDiag } from './diagnostics.ts';
import { key, text as cellText, number } from './values.ts';
import { newAccumulator, accumulate, summarise, type Accumulator } from './summary.ts';
import type { ProjectSummary, RsProjectRows, RsProjectStore, RsYear } from './types.ts';

/** Most row-level diagnostics one file may add (the rest are counted in one more). */
const MAX_ROW_DIAGNOSTICS = 20;

/** 予算事業ID as the files write it, without padding or `.0`; '' when unreadable. */
export function projectId(cell: string | undefined): string {
  const t = cellText(cell);
  if (t === '') return '';
  const s = /^\d+$/.test(t) ? t : key(t);
  const m = /^0*(\d+)(?:\.0+)?$/.exec(s);
  return m ? (m[1] === '' ? '0' : (m[1] as string)) : s;
}

function yearOf(cell: string | undefined): number | null {
  const n = number(cell);
  return n.ok && n.value !== null && Number.isInteger(n.value) && n.value > 1900 && n.value < 3000 ? n.value : null;
}

/** Reads every input into one year store; file problems become diagnostics naming the file. */
export function readRsFiles(inputs: RsInput[]): { value: RsYear; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const year: RsYear = { tables: [], projects: [], files: [], store: {} };
  const seen = new Set<string>();
  const acc = new Map<string, Accumulator>();
  for (const input of inputs) {
    let result: ReturnType<typeof inputTexts>;
    try {
      result = inputTexts(input);
    } catch (e) {
      diagnostics.push(rsDiag('error', 'RS_FILE_UNREADABLE', 1, input.name, { reason: e instanceof Error ? e.message : String(e) }));
      continue;
    }
    for (const p of result.problems) diagnostics.push(rsDiag('error', 'RS_FILE_UNREADABLE', 1, p.name, { reason: p.problem, detail: p.detail ?? '' }));
    for (const csv of result.texts) {
      try {
        readCsv(csv, year, seen, acc, diagnostics);
      } catch (e) {
        // A bug must not lose the other files: the file is named, the rest read.
        diagnostics.push(rsDiag('error', 'RS_FILE_UNREADABLE', 1, csv.name, { reason: e instanceof Error ? e.message : String(e) }));
      }
    }
  }
  year.tables = RS_TABLES.filter((t) => year.files.some((f) => f.table === t));
  year.projects = Object.entries(year.store).map(([k, p]) => summarise(p, acc.get(k) ?? newAccumulator())).sort(compareProjects);
  return { value: year, diagnostics };
}

function compareProjects(a: ProjectSummary, b: ProjectSummary): number {
  return a.sheetYear - b.sheetYear || Number(a.projectNumber) - Number(b.projectNumber) || (a.projectNumber < b.projectNumber ? -1 : a.projectNumber > b.projectNumber ? 1 : 0);
}

/** Reads one CSV text into the store. */
function readCsv(csv: CsvText, year: RsYear, seen: Set<string>, acc: Map<string, Accumulator>, diagnostics: Diagnostic[]): void {
  let header: HeaderMap | null = null;
  let failed = false;
  let fileIndex = -1;
  let problems = 0;
  let current: RsProjectRows | null = null;
  let currentKey = '';
  let currentAcc: Accumulator | null = null;
  const report = (d: Diagnostic): void => {
    if (problems++ < MAX_ROW_DIAGNOSTICS) diagnostics.push(d);
  };
  forEachRecord(csv.text, (cells, raw, line) => {
    if (failed) return;
    if (!header) {
      const recognised = recognise(cells);
      if (!recognised.ok) {
        failed = true;
        const p = recognised.problem;
        if (p.kind === 'missing') diagnostics.push(rsDiag('error', 'RS_HEADER_MISSING_COLUMN', 1, csv.name, { table: p.table, columns: p.columns.join(', ') }));
        else diagnostics.push(rsDiag('error', p.kind === 'not-rs' ? 'RS_NOT_RS_CSV' : 'RS_OTHER_TABLE', 1, csv.name, { header: cells.slice(0, 16).join(',').slice(0, 120) }));
        return;
      }
      header = recognised.header;
      // The same table file twice (a ZIP and the CSV inside it): read once.
      const signature = `${header.table}:${csv.text.length}:${csv.text.slice(0, 2048)}:${csv.text.slice(-512)}`;
      if (seen.has(signature)) {
        failed = true;
        diagnostics.push(rsDiag('info', 'RS_DUPLICATE_FILE', 1, csv.name, { table: header.table }));
        return;
      }
      seen.add(signature);
      fileIndex = year.files.length;
      year.files.push({ name: csv.name, table: header.table, columns: header.columns });
      return;
    }
    if (raw.length === 0 || (cells.length === 1 && raw.trim() === '')) return; // blank line
    const h: HeaderMap = header;
    const id = projectId(cells[h.common.id]);
    const y = yearOf(cells[h.common.year]);
    if (id === '' || y === null) {
      report(rsDiag('warning', 'RS_ROW_NO_ID', line, csv.name, { table: h.table }));
      return;
    }
    if (cells.length < h.width) report(rsDiag('warning', 'RS_ROW_SHORT', line, csv.name, { table: h.table, cells: cells.length, expected: h.width }));
    const k = `${id}:${y}`;
    if (k !== currentKey || !current) {
      currentKey = k;
      const project = projectOf(year, k, id, y, cells, h);
      const list = (project.tables[h.table] ??= []);
      current = list.find((x) => x.file === fileIndex) ?? null;
      if (!current) {
        current = { file: fileIndex, lines: [], rows: [] };
        list.push(current);
      }
      currentAcc = acc.get(k) ?? null;
      if (!currentAcc) {
        currentAcc = newAccumulator();
        acc.set(k, currentAcc);
      }
    }
    current.lines.push(line);
    current.rows.push(raw);
    accumulate(currentAcc as Accumulator, h, cells, y);
  }, (line) => report(rsDiag('warning', 'RS_ROW_SHORT', line, csv.name, { table: header?.table ?? '', cells: 0, expected: header?.width ?? 0 })));
}

function projectOf(year: RsYear, k: string, id: string, y: number, cells: string[], h: HeaderMap): RsProjectStore {
  const c = h.common;
  let project = year.store[k];
  if (!project) {
    project = {
      projectNumber: id, sheetYear: y,
      projectName: cellText(cells[c.name]), ministry: cellText(cells[c.ministry]), org: cellText(cells[c.org]),
      bureau: cellText(cells[c.bureau]), department: cellText(cells[c.department]), division: cellText(cells[c.division]),
      tables: {},
    };
    year.store[k] = project;
  } else {
    // Descriptive columns can differ between files: the first non-empty value wins.
    if (project.projectName === '') project.projectName = cellText(cells[c.name]);
    if (project.ministry === '') project.ministry = cellText(cells[c.ministry]);
    if (project.org === '') project.org = cellText(cells[c.org]);
  }
  return project;
}
