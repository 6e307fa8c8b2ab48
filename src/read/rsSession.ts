/**
 * One RSシステム year held where the parsing happens (the RS worker, or the main thread from
 * file://): the files are read once, then every project is built from the kept year, so
 * switching projects takes no new parse. Only the project list and one project's model
 * cross to the page. Never throws: a file that cannot be read becomes a diagnostic naming it.
 */
import type { Diagnostic, Message, ParseOutput } from '../contract/schema.ts';
import { notice as noticeOf } from '../i18n/notices.ts';
import { diag } from '../i18n/messages.ts';
import type { ProjectSummary, RsInput, RsTable, RsYear } from '../sources/rs-csv/index.ts';
import type { YearOp } from './yearSession.ts';

/** A file handed over by the page: a File (read here) or its bytes. */
export interface RsFile {
  name: string;
  data: Blob | Uint8Array;
}

/** What the page needs of a year to list its projects. */
export interface RsCatalog {
  /** Tables read, in the reader's order. */
  tables: RsTable[];
  /** Tables of the year that were not given (each costs a feature; named in one notice). */
  missing: RsTable[];
  projects: ProjectSummary[];
  /** Names of the files the year was read from. */
  files: string[];
}

/** Why files were refused, as the app shows it (AppState's LoadError). */
export interface RsError {
  code: string;
  message: Message;
  line: number | null;
  /** The file(s) named. */
  source: string | null;
}

/**
 * Result of opening files: the new catalog (null when nothing usable was read: the old year
 * stays), the reader's diagnostics, and what the page shows of them (made here, so the page's
 * start-up code carries none of it).
 */
export interface RsOpened {
  catalog: RsCatalog | null;
  diagnostics: Diagnostic[];
  /** The files that could not be read, in one message naming them; null when all were read. */
  error: RsError | null;
  /** One notice: the tables missing ("no 5-3: 費目・使途 not shown") and the files given along that were not read. */
  notice: Message | null;
  /** The project to open at once: the only one of the files; null when there are several. */
  only: string | null;
}

/** Requests the page sends to the RS worker. */
export type RsRequest = { id: number; kind: 'open'; files: RsFile[]; skipped?: readonly string[] | undefined } | { id: number; kind: 'project'; projectNumber: string; sheetYear?: number | undefined }
  // year (#14): a year view (overview, payee search, competition, comparison) of the kept year.
  | { id: number; kind: 'year'; op: YearOp };
/** Answers of the RS worker. */
export type RsResponse = { id: number; kind: 'open'; result: RsOpened } | { id: number; kind: 'project'; output: ParseOutput | null }
  | { id: number; kind: 'year'; output: unknown };

type Reader = typeof import('../sources/rs-csv/index.ts');
type Project = typeof import('./rs.ts');

const readFailed = (name: string, detail: string): Diagnostic => ({ ...diag('error', 'RS_FILE_UNREADABLE', 1, { file: name, reason: detail }), file: name });

/** Errors shown at most in one message. */
const MAX_ERRORS = 5;

/** The error diagnostics (files refused) as one message naming the files; null when there are none. */
export function errorOf(diagnostics: readonly Diagnostic[]): RsError | null {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return null;
  const names = [...new Set(errors.map((d) => d.file).filter((f): f is string => !!f))];
  const shown = errors.slice(0, MAX_ERRORS);
  const more = errors.length - shown.length;
  const andMore = noticeOf('andMore', more);
  return {
    code: first.code,
    message: {
      ja: shown.map((d) => d.message.ja).join(' ') + (more > 0 ? andMore.ja : ''),
      en: shown.map((d) => d.message.en).join(' ') + (more > 0 ? andMore.en : ''),
    },
    line: errors.length === 1 && first.line > 1 ? first.line : null,
    source: names.join(', ') || null,
  };
}

/** Warnings of reading the files (not of any one project: those are the project's findings), at most three, the rest counted. */
function warningsOf(diagnostics: readonly Diagnostic[]): Message | null {
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (!warnings.length) return null;
  const shown = warnings.slice(0, 3);
  const more = warnings.length - shown.length;
  const andMore = noticeOf('andMore', more);
  return {
    ja: shown.map((d) => d.message.ja).join(' ') + (more > 0 ? andMore.ja : ''),
    en: shown.map((d) => d.message.en).join(' ') + (more > 0 ? andMore.en : ''),
  };
}

/** Rows (5-1 + 5-2 + 5-3) the warm-up opens, about: a few hundred rows only compile the code; a few thousand let V8 optimise the row loops too. */
const WARM_ROWS = 5000;
/** Rows of one project the warm-up opens, at most. */
const WARM_PROJECT_ROWS = 300;

/**
 * rsfix: opens some small projects (each ≤ 300 rows, ≈5,000 rows in all; the smallest one when
 * none is that small) that have 5-1 and 5-2 rows once and drops their models, so the code a
 * project's opening runs is compiled and optimised before the user's first (maybe largest)
 * project, which otherwise pays for it. Never throws. Returns the projects opened.
 */
export function warmUp(year: RsYear, rs: Pick<Project, 'analyzeRsProject'>): string[] {
  const sized: { id: string; y: number; rows: number }[] = [];
  for (const p of Object.values(year.store)) {
    const t51 = p.tables['5-1'];
    const t52 = p.tables['5-2'];
    if (!t51 || !t52) continue;
    let rows = 0;
    for (const part of [...t51, ...t52, ...(p.tables['5-3'] ?? [])]) rows += part.rows.length;
    sized.push({ id: p.projectNumber, y: p.sheetYear, rows });
  }
  const small = sized.filter((p) => p.rows <= WARM_PROJECT_ROWS).sort((a, b) => b.rows - a.rows);
  const chosen: typeof sized = [];
  let total = 0;
  for (const p of small) {
    if (total >= WARM_ROWS) break;
    chosen.push(p);
    total += p.rows;
  }
  if (chosen.length === 0) {
    const least = sized.reduce<(typeof sized)[number] | null>((a, p) => (!a || p.rows < a.rows ? p : a), null);
    if (least) chosen.push(least);
  }
  for (const p of chosen) {
    try {
      rs.analyzeRsProject(year, p.id, p.y);
    } catch {
      // A warm-up only: the user's own opening reports whatever this met.
    }
  }
  return chosen.map((p) => p.id);
}

/** A session over one loaded year; the reader modules are loaded on the first request. */
export function createRsSession(load: () => Promise<[Reader, Project]> = () => Promise.all([import('../sources/rs-csv/index.ts'), import('./rs.ts')])) {
  let year: RsYear | null = null;
  /** year (#14): the year views' cache (yearSession.ts, where it says why it pays), of the year kept only. */
  let cache: { year: RsYear; run: (op: YearOp) => unknown } | null = null;
  let modules: Promise<[Reader, Project]> | undefined;
  const ready = (): Promise<[Reader, Project]> => (modules ??= load());
  /** Requests run one after another: a project asked for after new files is built from the new year. */
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    /** Reads `files` as one year; replaces the kept year when the files give any project. */
    open: (files: RsFile[], skipped: readonly string[] = []): Promise<RsOpened> => {
      const opened = inTurn(() => open(files, skipped));
      // After the answer, before any project asked for later: compile the project code on a small one.
      void inTurn(async () => {
        if (!year) return;
        const [, rs] = await ready();
        warmUp(year, rs);
      });
      return opened;
    },
    /** The model of one project of the kept year (an unknown one: an output whose error says so); null when no year is loaded. */
    project: (projectNumber: string, sheetYear?: number): Promise<ParseOutput | null> => inTurn(() => project(projectNumber, sheetYear)),
    /** year (#14): a year view of the kept year (see yearSession.ts); null when no year is loaded. */
    year: (op: YearOp): Promise<unknown> => inTurn(() => yearOp(op)),
  };

  async function yearOp(op: YearOp): Promise<unknown> {
    if (!year) return null;
    const kept = year;
    const m = await import('./yearSession.ts');
    if (!cache || cache.year !== kept) cache = { year: kept, run: m.yearCache(kept).run };
    return cache.run(op);
  }

  async function open(files: RsFile[], skipped: readonly string[]): Promise<RsOpened> {
    const [reader] = await ready();
    const inputs: RsInput[] = [];
    const unread: Diagnostic[] = [];
    for (const f of files) {
      try {
        inputs.push({ name: f.name, bytes: f.data instanceof Uint8Array ? f.data : new Uint8Array(await f.data.arrayBuffer()) });
      } catch (e) {
        unread.push(readFailed(f.name, e instanceof Error ? e.message : String(e)));
      }
    }
    let read: ReturnType<Reader['readRsFiles']>;
    try {
      read = reader.readRsFiles(inputs);
    } catch (e) {
      const diagnostics = [...unread, readFailed(files.map((f) => f.name).join(', '), e instanceof Error ? e.message : String(e))];
      return { catalog: null, diagnostics, error: errorOf(diagnostics), notice: null, only: null };
    }
    const diagnostics = [...unread, ...read.diagnostics];
    const error = errorOf(diagnostics);
    // What the user should know of the files besides errors (a CSV of another table left aside, a column missing): in the notice.
    const warnings = warningsOf(diagnostics);
    const found = read.value.projects.length > 0;
    if (found) year = read.value;
    const missing = found ? reader.missingTables(read.value) : [];
    const notes = [warnings, missing.length ? noticeOf('tablesMissing', missing) : null, skipped.length ? noticeOf('mixed', skipped) : null].filter((m): m is Message => m !== null);
    const notice = notes.length ? { ja: notes.map((m) => m.ja).join(' '), en: notes.map((m) => m.en).join(' ') } : null;
    if (!found) return { catalog: null, diagnostics, error, notice, only: null };
    return {
      catalog: { tables: [...read.value.tables], missing, projects: read.value.projects, files: inputs.map((i) => i.name) },
      diagnostics,
      error,
      notice,
      only: read.value.projects.length === 1 ? (read.value.projects[0]?.projectNumber ?? null) : null,
    };
  }

  async function project(projectNumber: string, sheetYear?: number): Promise<ParseOutput | null> {
    if (!year) return null;
    const [, rs] = await ready();
    return rs.analyzeRsProject(year, projectNumber, sheetYear);
  }
}

/** The session type. */
export type RsSession = ReturnType<typeof createRsSession>;
