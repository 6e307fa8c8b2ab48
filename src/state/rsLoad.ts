/**
 * The RSシステム steps of AppState (loadRsFiles, openProject), loaded with the first RS file so
 * the page's start-up code carries none of them. Each request holds the state's `latest()` check:
 * only the latest request (of any kind: a text sheet dropped after RS files wins) changes the view.
 */
import type { ParseOutput } from '../contract/schema.ts';
import type { RsFile } from '../read/rsSession.ts';
import type { AppState, ModelApi } from './app.svelte.ts';
import type { RsApi } from './rsClient.ts';
import type { Message } from '../contract/schema.ts';
import type { ViewHash } from './hash.ts';
import { rsNotices } from '../read/rsNotices.ts';
import { rsDrill } from '../model/rsDrill.ts';

/** The RS parts of the state's model API. */
type Rs = Pick<ModelApi, 'rs' | 'rsClient'>;
/** year (#14, compare): the `compare=` of a link whose project waits for its files. */
let pendingCompare: number | null = null;
/** The page's client (worker, readers), made once, with the first RS file. */
let shared: Promise<RsApi> | undefined;
async function client({ rs, rsClient }: Rs): Promise<RsApi> {
  if (rs) return rs;
  if (!rsClient) throw new Error('RSシステム files cannot be read here');
  return (shared ??= rsClient().then((m) => m.createRsClient()));
}

/** The error of a request that failed (the worker or a reader threw). */
function fail(app: AppState, e: unknown, source: string): void {
  const detail = e instanceof Error ? e.message : String(e);
  app.error = { code: 'INTERNAL', message: { ja: `読み込み中にエラーが起きました: ${detail}`, en: `Loading failed: ${detail}` }, line: null, source };
}

/** `busy` while the request runs; only the latest request clears it. */
async function busy<T>(app: AppState, latest: () => boolean, run: () => Promise<T>): Promise<T> {
  app.busy = true;
  // An RS sheet's drill-downs (model/rsDrill.ts), given before any RS sheet is shown.
  app.rsDrill = rsDrill;
  try {
    return await run();
  } finally {
    if (latest()) app.busy = false;
  }
}

export function loadRsFiles(app: AppState, rs: Rs, latest: () => boolean, files: RsFile[], skipped: readonly string[]): Promise<boolean> {
  if (files.length === 0) return Promise.resolve(false);
  return busy(app, latest, async () => {
    let opened;
    try {
      opened = await (await client(rs)).open(files, skipped);
    } catch (e) {
      if (latest()) fail(app, e, files.map((f) => f.name).join(', '));
      return false;
    }
    const catalog = opened.catalog;
    // A later request (another sheet picked meanwhile) keeps the view; the files' list is still offered.
    if (!latest()) {
      if (catalog) app.rs = catalog;
      return false;
    }
    app.error = opened.error;
    app.notice = opened.notice ?? (catalog ? null : app.notice);
    if (!catalog) return false;
    app.rs = catalog;
    const wanted = app.pendingProject ?? opened.only;
    const compare = app.pendingProject !== null ? pendingCompare : null;
    app.pendingProject = null;
    pendingCompare = null;
    if (app.project !== null && !catalog.projects.some((p) => p.projectNumber === app.project)) {
      // The project on display came from the files replaced: it stays drawn, but is no longer theirs.
      app.project = null;
      app.projectYear = null;
    }
    if (wanted === null) return true;
    const shown = await show(app, rs, latest, wanted, undefined);
    // year (#14, compare): the comparison the link asked for with the project (CompareBar checks it fits).
    if (shown && compare !== null) app.compareWith = compare;
    return shown;
  });
}

export function openProject(app: AppState, rs: Rs, latest: () => boolean, projectNumber: string, sheetYear: number | undefined): Promise<boolean> {
  return busy(app, latest, () => show(app, rs, latest, projectNumber, sheetYear));
}

async function show(app: AppState, rs: Rs, latest: () => boolean, projectNumber: string, sheetYear: number | undefined): Promise<boolean> {
  const catalog = app.rs;
  if (!catalog) return false;
  const source = catalog.files.join(', ');
  let out: ParseOutput | null;
  try {
    out = await (await client(rs)).project(projectNumber, sheetYear);
  } catch (e) {
    if (latest()) fail(app, e, source);
    return false;
  }
  // show() refuses an output with an error (exposing it) and keeps what is drawn.
  if (!latest() || !out || !app.show('', source, out)) return false;
  // show() counts as a request of its own (so latest() is false from here): this one is done.
  app.busy = false;
  app.project = projectNumber;
  app.projectYear = out.sheet.sheetYear ?? sheetYear ?? null;
  return true;
}

/**
 * A link's (or back/forward's) project, when it is not the one on display: opened from the
 * files loaded; without a project, the default sheet comes back; a project whose files are not
 * loaded (a reload: files never travel in a link) is kept for when they are, with a notice.
 * Returns the view still to apply, and the notice.
 */
export async function projectFromLink(app: AppState, view: ViewHash, notice: Message | null, loadDefault: () => unknown): Promise<{ view: ViewHash; notice: Message | null }> {
  const project = view.project ?? null;
  // The default view (hash.ts defaultView, written out: importing it would split hash.ts out of the start-up chunk).
  const fallback: ViewHash = { drill: [], sel: null, mode: 'flow', lang: view.lang, lens: false, parents: {}, embed: view.embed, present: false, step: 0, sheet: app.sheetUrl };
  if (project === null) {
    if (view.sheet === null) await loadDefault();
  } else if (app.rs?.projects.some((p) => p.projectNumber === project)) {
    if (!(await app.openProject(project))) return { view: fallback, notice };
  } else {
    app.pendingProject = project;
    pendingCompare = view.compare ?? null;
    return { view: fallback, notice: notice ?? rsNotices.projectNotLoaded(project) };
  }
  return { view, notice };
}

/** year (#14): a year view (overview, payee search, competition, comparison) of the loaded year; null without one. */
export async function yearView(rs: Rs, op: import('../read/yearSession.ts').YearOp): Promise<unknown> {
  const c = await client(rs);
  return c.year ? c.year(op) : null;
}
