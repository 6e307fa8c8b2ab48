/**
 * CSV texts → one store of rows grouped by (予算事業ID, 事業年度), read once. Each project keeps
 * only its own rows (the table's columns in a fixed order, without the 13 shared columns), so
 * building one project's sheet later touches only that project's rows. Pure; never throws.
 */
import Papa from 'papaparse';
import type { Diagnostic } from '../../contract/schema.ts';
import { COMMON, RS_TABLES, TABLE_COLUMNS, recognise, type HeaderMap, type RsTable } from './columns.ts';
import { inputTexts, type CsvText, type RsInput } from './input.ts';
import { rsDiag } from './diagnostics.ts';
import { key, text as cellText, number } from './values.ts';
import { summarise } from './summary.ts';
import type { ProjectSummary, RsProjectRows, RsYear } from './types.ts';

/** Most row-level diagnostics one file may add (the rest are counted in one more). */
const MAX_ROW_DIAGNOSTICS = 20;

/** The fields of each table in stored order. */
export const FIELDS: { [T in RsTable]: (keyof (typeof TABLE_COLUMNS)[T] & string)[] } = Object.fromEntries(
  RS_TABLES.map((t) => [t, Object.keys(TABLE_COLUMNS[t])]),
) as never;

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
        readCsv(csv, year, seen, diagnostics);
      } catch (e) {
        // A bug must not lose the other files: the file is named, the rest read.
        diagnostics.push(rsDiag('error', 'RS_FILE_UNREADABLE', 1, csv.name, { reason: e instanceof Error ? e.message : String(e) }));
      }
    }
  }
  year.tables = RS_TABLES.filter((t) => year.files.some((f) => f.table === t));
  year.projects = Object.values(year.store).map((p) => summarise(p, year)).sort(compareProjects);
  return { value: year, diagnostics };
}

function compareProjects(a: ProjectSummary, b: ProjectSummary): number {
  return a.sheetYear - b.sheetYear || Number(a.projectNumber) - Number(b.projectNumber) || (a.projectNumber < b.projectNumber ? -1 : a.projectNumber > b.projectNumber ? 1 : 0);
}

/** Reads one CSV text into the store. */
function readCsv(csv: CsvText, year: RsYear, seen: Set<string>, diagnostics: Diagnostic[]): void {
  const parsed = Papa.parse<string[]>(csv.text, { header: false, skipEmptyLines: false });
  const rows = parsed.data;
  const headerCells = rows[0] ?? [];
  const recognised = recognise(headerCells);
  if (!recognised.ok) {
    const p = recognised.problem;
    if (p.kind === 'missing') diagnostics.push(rsDiag('error', 'RS_HEADER_MISSING_COLUMN', 1, csv.name, { table: p.table, columns: p.columns.join(', ') }));
    else diagnostics.push(rsDiag('error', p.kind === 'not-rs' ? 'RS_NOT_RS_CSV' : 'RS_OTHER_TABLE', 1, csv.name, { header: headerCells.slice(0, 16).join(',').slice(0, 120) }));
    return;
  }
  const header = recognised.header;
  // The same table file twice (a ZIP and the CSV inside it): read once.
  const signature = `${header.table}:${csv.text.length}:${csv.text.slice(0, 2048)}:${csv.text.slice(-512)}`;
  if (seen.has(signature)) {
    diagnostics.push(rsDiag('info', 'RS_DUPLICATE_FILE', 1, csv.name, { table: header.table }));
    return;
  }
  seen.add(signature);
  const fileIndex = year.files.length;
  year.files.push({ name: csv.name, table: header.table });
  storeRows(rows, header, fileIndex, csv, year, diagnostics);
}

/** Number of '\n' in a string. */
function newlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function storeRows(rows: string[][], header: HeaderMap, file: number, csv: CsvText, year: RsYear, diagnostics: Diagnostic[]): void {
  const table = header.table;
  const fields = FIELDS[table] as string[];
  const index = fields.map((f) => header.columns[f] ?? -1);
  const width = fields.length;
  const c = header.common;
  // Quoted line breaks make physical lines differ from rows; count them only when there are any.
  const embedded = newlines(csv.text) !== rows.length - 1;
  let line = 1 + (embedded ? rowBreaks(rows[0] ?? []) : 0);
  let problems = 0;
  let current: RsProjectRows | null = null;
  let currentKey = '';
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    line += 1;
    const at = line;
    if (embedded) line += rowBreaks(row);
    if (row.length === 1 && (row[0] ?? '').trim() === '') continue; // blank line (or the final newline)
    const id = projectId(row[c.id]);
    const y = yearOf(row[c.year]);
    if (id === '' || y === null) {
      if (problems++ < MAX_ROW_DIAGNOSTICS) diagnostics.push(rsDiag('warning', 'RS_ROW_NO_ID', at, csv.name, { table }));
      continue;
    }
    if (row.length < header.width && problems++ < MAX_ROW_DIAGNOSTICS)
      diagnostics.push(rsDiag('warning', 'RS_ROW_SHORT', at, csv.name, { table, cells: row.length, expected: header.width }));
    const k = `${id}:${y}`;
    if (k !== currentKey || !current) {
      currentKey = k;
      let project = year.store[k];
      if (!project) {
        project = {
          projectNumber: id, sheetYear: y,
          projectName: cellText(row[c.name]), ministry: cellText(row[c.ministry]), org: cellText(row[c.org]),
          bureau: cellText(row[c.bureau]), department: cellText(row[c.department]), division: cellText(row[c.division]),
          tables: {},
        };
        year.store[k] = project;
      } else if (project.projectName === '' && table === '5-1') {
        project.projectName = cellText(row[c.name]);
      }
      const list = (project.tables[table] ??= []);
      current = list.find((x) => x.file === file) ?? null;
      if (!current) {
        current = { file, lines: [], cells: [] };
        list.push(current);
      }
    }
    current.lines.push(at);
    for (let f = 0; f < width; f++) {
      const i = index[f] as number;
      current.cells.push(i >= 0 ? (row[i] ?? '') : '');
    }
  }
  if (problems > MAX_ROW_DIAGNOSTICS) diagnostics.push(rsDiag('warning', 'RS_MORE_ROW_PROBLEMS', 1, csv.name, { count: problems - MAX_ROW_DIAGNOSTICS }));
}

function rowBreaks(row: string[]): number {
  let n = 0;
  for (const cell of row) if (cell.includes('\n')) n += newlines(cell);
  return n;
}

export { COMMON };
