/**
 * One RSシステム year held where the parsing happens (the RS worker, or the main thread from
 * file://): the files are read once, then every project is built from the kept year, so
 * switching projects takes no new parse. Only the project list and one project's model
 * cross to the page. Never throws: a file that cannot be read becomes a diagnostic naming it.
 */
import type { Diagnostic, ParseOutput } from '../contract/schema.ts';
import { diag } from '../i18n/messages.ts';
import type { ProjectSummary, RsInput, RsTable, RsYear } from '../sources/rs-csv/index.ts';

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

/** Result of opening files: the new catalog (null when nothing usable was read: the old year stays) and the reader's diagnostics. */
export interface RsOpened {
  catalog: RsCatalog | null;
  diagnostics: Diagnostic[];
}

/** Requests the page sends to the RS worker. */
export type RsRequest = { id: number; kind: 'open'; files: RsFile[] } | { id: number; kind: 'project'; projectNumber: string; sheetYear?: number | undefined };
/** Answers of the RS worker. */
export type RsResponse = { id: number; kind: 'open'; result: RsOpened } | { id: number; kind: 'project'; output: ParseOutput | null };

type Reader = typeof import('../sources/rs-csv/index.ts');
type Project = typeof import('./rs.ts');

const readFailed = (name: string, detail: string): Diagnostic => ({ ...diag('error', 'RS_FILE_UNREADABLE', 1, { file: name, reason: detail }), file: name });

/** A session over one loaded year; the reader modules are loaded on the first request. */
export function createRsSession(load: () => Promise<[Reader, Project]> = () => Promise.all([import('../sources/rs-csv/index.ts'), import('./rs.ts')])) {
  let year: RsYear | null = null;
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
    open: (files: RsFile[]): Promise<RsOpened> => inTurn(() => open(files)),
    /** The model of one project of the kept year; null when no year is loaded or it has no such project. */
    project: (projectNumber: string, sheetYear?: number): Promise<ParseOutput | null> => inTurn(() => project(projectNumber, sheetYear)),
  };

  async function open(files: RsFile[]): Promise<RsOpened> {
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
      return { catalog: null, diagnostics: [...unread, readFailed(files.map((f) => f.name).join(', '), e instanceof Error ? e.message : String(e))] };
    }
    const diagnostics = [...unread, ...read.diagnostics];
    if (read.value.projects.length === 0) return { catalog: null, diagnostics };
    year = read.value;
    return {
      catalog: { tables: [...year.tables], missing: reader.missingTables(year), projects: year.projects, files: inputs.map((i) => i.name) },
      diagnostics,
    };
  }

  async function project(projectNumber: string, sheetYear?: number): Promise<ParseOutput | null> {
    if (!year) return null;
    const [, rs] = await ready();
    if (!year.projects.some((p) => p.projectNumber === projectNumber && (sheetYear === undefined || p.sheetYear === sheetYear))) return null;
    return rs.analyzeRsProject(year, projectNumber, sheetYear);
  }
}

/** The session type. */
export type RsSession = ReturnType<typeof createRsSession>;
