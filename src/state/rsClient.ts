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

/** The RS operations the app state uses (injected into AppState; tests fake it). */
export interface RsApi {
  /** Reads the files as one year (kept until the next open that yields projects). */
  open(files: RsFile[], skipped?: readonly string[]): Promise<RsOpened>;
  /** One project of the kept year as the model (the JSON contract); null when there is no such project. */
  project(projectNumber: string, sheetYear?: number): Promise<ParseOutput | null>;
  /** year (#14): a year view of the kept year (null when none is kept); absent in fakes that do not need it. */
  year?(op: YearOp): Promise<unknown>;
}

type Pending = { req: RsRequest; resolve: (v: unknown) => void; reject: (e: unknown) => void };

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
  const message = { ja: 'このブラウザではRSシステムのファイルを読めません(Web Worker が使えません)。', en: 'RSシステム files cannot be read in this browser (no Web Worker).' };
  return { catalog: null, diagnostics: [], error: { code: 'RS_NO_WORKER', message, line: null, source: req.files.map((f) => f.name).join(', ') }, notice: null, only: null } satisfies RsOpened;
}

/** Creates the client; `makeWorker` is injectable for tests (return null for the main thread). */
export function createRsClient(makeWorker: () => Worker | null = defaultWorker, loadInline: InlineLoader = defaultInline): RsApi {
  let worker: Worker | null | undefined;
  let inline: Promise<RsSession> | undefined;
  let next = 0;
  const pending = new Map<number, Pending>();
  const runInline = async (req: RsRequest): Promise<unknown> => {
    if (!loadInline) return noReader(req);
    const s = await (inline ??= loadInline().then((m) => m.createRsSession()));
    return req.kind === 'open' ? s.open(req.files, req.skipped) : req.kind === 'year' ? s.year(req.op) : s.project(req.projectNumber, req.sheetYear);
  };
  const fallback = (): void => {
    // The worker failed (blocked, crashed, out of memory): its year is lost, so the open requests
    // still waiting are replayed inline; a project request waiting for the lost year finds none.
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      runInline(p.req).then(p.resolve, p.reject);
    }
  };
  const ensure = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = makeWorker();
    } catch {
      worker = null;
    }
    if (worker) {
      worker.onmessage = (e: MessageEvent<RsResponse>) => {
        const p = pending.get(e.data.id);
        pending.delete(e.data.id);
        p?.resolve(e.data.kind === 'open' ? e.data.result : e.data.output);
      };
      worker.onerror = fallback;
      worker.onmessageerror = fallback;
    }
    return worker;
  };
  const send = <T>(req: RsRequest): Promise<T> => {
    const w = ensure();
    if (!w) return runInline(req) as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      pending.set(req.id, { req, resolve: resolve as (v: unknown) => void, reject });
      w.postMessage(req);
    });
  };
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
