/**
 * The page's side of RSシステム files: the files go to the RS worker (src/read/rsWorker.ts),
 * which unzips, parses and keeps the year; the page gets the project list and one project's
 * model at a time. Nothing of the readers (fflate, PapaParse) loads before an RS file arrives.
 * Without workers (file://, the single-file build) or when the worker fails, the same session
 * runs on the main thread.
 */
import type { ParseOutput } from '../contract/schema.ts';
import type { RsFile, RsOpened, RsRequest, RsResponse, RsSession } from '../read/rsSession.ts';
import type { YearOp } from '../read/yearSession.ts';
import { workerChannel } from './workerChannel.ts';
import { notice } from '../i18n/notices.ts';

/** The RS operations the app state uses (injected into AppState; tests fake it). */
export interface RsApi {
  /** Reads the files as one year (kept until the next open that yields projects). */
  open(files: RsFile[], skipped?: readonly string[]): Promise<RsOpened>;
  /** One project of the kept year as the model (the JSON contract); null when there is no such project. */
  project(projectNumber: string, sheetYear?: number): Promise<ParseOutput | null>;
  /** year (#14): a year view of the kept year (null when none is kept); absent in fakes that do not need it. */
  year?(op: YearOp): Promise<unknown>;
}

/**
 * True in the single-file build (vite.single.config.ts), which opens from file:// where there is
 * no worker: the readers then run on the main thread. The served build leaves that path out, so
 * no reader code joins the page's start-up chunks (the readers live in the worker's own bundle).
 */
declare const __RS_INLINE__: boolean;

/** Loads the session for the main thread, or null where the build has no such path. */
export type InlineLoader = (() => Promise<typeof import('../read/rsSession.ts')>) | null;
const defaultInline: InlineLoader = __RS_INLINE__ ? () => import('../read/rsSession.ts') : null;

/** The answer when files cannot be read at all (no worker, and no main-thread reader in this build). */
function noReader(req: RsRequest): unknown {
  if (req.kind !== 'open') return null;
  const message = notice('noWorker');
  return { catalog: null, diagnostics: [], error: { code: 'RS_NO_WORKER', message, line: null, source: req.files.map((f) => f.name).join(', ') }, notice: null, only: null } satisfies RsOpened;
}

/** Creates the client; `makeWorker` is injectable for tests (return null for the main thread). */
export function createRsClient(makeWorker: () => Worker | null = defaultWorker, loadInline: InlineLoader = defaultInline): RsApi {
  let inline: Promise<RsSession> | undefined;
  let next = 0;
  const runInline = async (req: RsRequest): Promise<unknown> => {
    if (!loadInline) return noReader(req);
    const s = await (inline ??= loadInline().then((m) => m.createRsSession()));
    return req.kind === 'open' ? s.open(req.files, req.skipped) : req.kind === 'year' ? s.year(req.op) : s.project(req.projectNumber, req.sheetYear);
  };
  // A failed worker's year is lost: the open requests still waiting are replayed inline; a project
  // request waiting for the lost year finds none.
  const channel = workerChannel<RsRequest, RsResponse>(makeWorker, (res) => (res.kind === 'open' ? res.result : res.output), runInline);
  const send = <T>(req: RsRequest): Promise<T> => channel.send(req) as Promise<T>;
  return {
    open: (files, skipped) => send<RsOpened>({ id: ++next, kind: 'open', files, skipped }),
    project: (projectNumber, sheetYear) => send<ParseOutput | null>({ id: ++next, kind: 'project', projectNumber, sheetYear }),
    year: (op) => send<unknown>({ id: ++next, kind: 'year', op }),
  };
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined' || location.protocol === 'file:') return null;
  return new Worker(new URL('../read/rsWorker.ts', import.meta.url), { type: 'module' });
}
