/**
 * CSV texts → one store of records grouped by (予算事業ID, 事業年度), read once. Each project keeps
 * only its own records (raw text, parsed again when it is opened), so opening one project touches
 * only that project's rows, and the store costs about the decoded text. The list entry of each
 * project is computed in the same pass. Pure; never throws.
 */
import type { Diagnostic } from '../../contract/schema.ts';
import { RS_TABLES, recognise, type HeaderMap } from './columns.ts';
import { cellsOf, forEachRecord } from './csv.ts';
import { decodeUtf8, inputFiles, type CsvFile, type RsInput } from './input.ts';
import { rsDiag } from './diagnostics.ts';
import { boundDiagnostics } from '../../i18n/bound.ts';
import { key, text as cellText, number } from './values.ts';
import { newAccumulator, accumulate, summarise, type Accumulator } from './summary.ts';
import { leanProject } from './yearRows.ts';
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
  const seen: Seen[] = [];
  const acc = new Map<string, Accumulator>();
  for (const input of inputs) {
    let result: ReturnType<typeof inputFiles>;
    try {
      result = inputFiles(input);
    } catch (e) {
      diagnostics.push(rsDiag('error', 'RS_FILE_UNREADABLE', 1, input.name, { reason: e instanceof Error ? e.message : String(e) }));
      continue;
    }
    for (const p of result.problems) diagnostics.push(rsDiag('error', 'RS_FILE_UNREADABLE', 1, p.name, { reason: p.problem, detail: p.detail ?? '' }));
    for (const csv of result.files) {
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
  // year (#14): the year model's entries, from what the same pass gathered.
  year.lean = {};
  for (const s of year.projects) {
    const k = `${s.projectNumber}:${s.sheetYear}`;
    const p = year.store[k];
    if (p) year.lean[k] = leanProject(p, (acc.get(k) ?? newAccumulator()).lean, s.total);
  }
  // Many files (or a hostile one) must not flood the findings: at most 100 per code, then one summary.
  return { value: year, diagnostics: boundDiagnostics(diagnostics) };
}

function compareProjects(a: ProjectSummary, b: ProjectSummary): number {
  return a.sheetYear - b.sheetYear || Number(a.projectNumber) - Number(b.projectNumber) || (a.projectNumber < b.projectNumber ? -1 : a.projectNumber > b.projectNumber ? 1 : 0);
}

/** The header line of a file (its first record), decoded; null when it is not UTF-8. */
function headerCells(bytes: Uint8Array): string[] | null {
  // The header has no quoted line break: up to the first LF (within 64 KB) is enough.
  let end = bytes.indexOf(0x0a);
  if (end < 0 || end > 65536) end = Math.min(bytes.length, 65536);
  const text = decodeUtf8(bytes.subarray(0, end));
  if (text === null) return null;
  return cellsOf(text.replace(/\r$/, '').replace(/^\uFEFF/, ''));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What tells a file read before from another: its table, length, first 4 KB and last 1 KB. */
interface Seen { table: string; length: number; head: Uint8Array; tail: Uint8Array }

/** Reads one CSV file into the store: its header first; the rest only when the header is one of ours. */
function readCsv(csv: CsvFile, year: RsYear, seen: Seen[], acc: Map<string, Accumulator>, diagnostics: Diagnostic[]): void {
  const cells0 = headerCells(csv.bytes);
  if (cells0 === null) {
    diagnostics.push(rsDiag('error', 'RS_FILE_UNREADABLE', 1, csv.name, { reason: 'encoding' }));
    return;
  }
  const recognised = recognise(cells0);
  if (!recognised.ok) {
    const p = recognised.problem;
    if (p.kind === 'missing') diagnostics.push(rsDiag('error', 'RS_HEADER_MISSING_COLUMN', 1, csv.name, { table: p.table, columns: p.columns.join(', ') }));
    // Another table of the year (1-1, 3-x …) is not an error: it is named and left aside.
    else if (p.kind === 'other-table') diagnostics.push(rsDiag('warning', 'RS_OTHER_TABLE', 1, csv.name, { header: cells0.slice(0, 16).join(',').slice(0, 120) }));
    else diagnostics.push(rsDiag('error', 'RS_NOT_RS_CSV', 1, csv.name, { header: cells0.slice(0, 16).join(',').slice(0, 120) }));
    return;
  }
  const h0 = recognised.header;
  if (recognised.absent.length > 0) diagnostics.push(rsDiag('warning', 'RS_HEADER_OPTIONAL_MISSING', 1, csv.name, { table: h0.table, columns: recognised.absent.join(', ') }));
  // The same table file twice (a ZIP and the CSV inside it): read once.
  const b = csv.bytes;
  const head = b.slice(0, 4096);
  const tail = b.slice(Math.max(0, b.length - 1024));
  const twin = seen.find((x) => x.table === h0.table && x.length === b.length && sameBytes(x.head, head) && sameBytes(x.tail, tail));
  if (twin) {
    diagnostics.push(rsDiag('info', 'RS_DUPLICATE_FILE', 1, csv.name, { table: h0.table }));
    return;
  }
  let text = decodeUtf8(b);
  // A download cut short can end inside a multi-byte character: read up to the last whole one (said below).
  const cutChar = text === null ? cutCharacter(b) : 0;
  if (text === null && cutChar > 0) text = decodeUtf8(b.subarray(0, b.length - cutChar));
  if (text === null) {
    diagnostics.push(rsDiag('error', 'RS_FILE_UNREADABLE', 1, csv.name, { reason: 'encoding' }));
    return;
  }
  seen.push({ table: h0.table, length: b.length, head, tail });
  const fileIndex = year.files.length;
  year.files.push({ name: csv.name, table: h0.table, columns: h0.columns });
  let header = false;
  let problems = 0;
  let current: RsProjectRows | null = null;
  let currentKey = '';
  let currentAcc: Accumulator | null = null;
  const report = (d: Diagnostic): void => {
    if (problems++ < MAX_ROW_DIAGNOSTICS) diagnostics.push(d);
  };
  let last = { line: 0, cells: 0 };
  forEachRecord(text, (cells, raw, line) => {
    last = { line, cells: cells.length };
    if (!header) {
      header = true;
      return;
    }
    if (raw.length === 0 || (cells.length === 1 && raw.trim() === '')) return; // blank line
    const h: HeaderMap = h0;
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
  }, (line) => report(rsDiag('warning', 'RS_BAD_QUOTES', line, csv.name, { table: h0.table })));
  if (problems > MAX_ROW_DIAGNOSTICS) diagnostics.push(rsDiag('warning', 'RS_MORE_ROW_PROBLEMS', 1, csv.name, { count: problems - MAX_ROW_DIAGNOSTICS }));
  // rsfix: a file that stops inside a row (no line end after a short last record, or mid-character) was cut short.
  const endsMidRow = !/\n$/.test(text) && last.line > 1 && last.cells < h0.width;
  if (cutChar > 0 || endsMidRow) diagnostics.push(rsDiag('warning', 'RS_FILE_CUT_SHORT', Math.max(1, last.line), csv.name, { table: h0.table }));
}

/** Bytes of an incomplete UTF-8 character at the end of `b` (1–3), or 0 when it ends whole. */
function cutCharacter(b: Uint8Array): number {
  let i = b.length - 1;
  let cont = 0;
  while (i >= 0 && cont < 3 && ((b[i] as number) & 0xc0) === 0x80) {
    i--;
    cont++;
  }
  if (i < 0) return 0;
  const lead = b[i] as number;
  const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
  return need > cont ? cont + 1 : 0;
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
