/**
 * The RSシステム steps of AppState (loadRsFiles, openProject), loaded with the first RS file so
 * the page's start-up code carries none of them. Each request holds the state's `latest()` check:
 * only the latest request (of any kind: a text sheet dropped after RS files wins) changes the view.
 */
import type { ParseOutput } from '../contract/schema.ts';
import type { RsFile } from '../read/rsSession.ts';
import type { AppState, ModelApi, YearScope } from './app.svelte.ts';
import type { RsApi } from './rsClient.ts';
import type { Message } from '../contract/schema.ts';
import type { ViewHash } from './hash.ts';
import { notice as noticeOf } from '../i18n/notices.ts';
import { rsDrill } from '../model/rsDrill.ts';
import { showYear } from './yearNav.svelte.ts';
import { loadFailed } from '../i18n/failure.ts';

export { showYear };

/** The RS parts of the state's model API. */
type Rs = Pick<ModelApi, 'rs' | 'rsClient'>;
/** year (#14, compare): the `compare=` of a link whose project waits for its files. */
let pendingCompare: number | null = null;
/** The page's client (worker, readers), made once, with the first RS file. */
let shared: Promise<RsApi> | undefined;
/** year (#14): a published year (index.json and a file per project, src/state/published.ts) answers instead while it is the one shown. */
let published: RsApi | null = null;
/** year (#14): answer with a published year's client (null: the files' client again). */
export function usePublished(api: RsApi | null): void {
  published = api;
}
async function client({ rs, rsClient }: Rs): Promise<RsApi> {
  if (published) return published;
  if (rs) return rs;
  if (!rsClient) throw new Error('RSシステム files cannot be read here');
  return (shared ??= rsClient().then((m) => m.createRsClient()));
}

/** The error of a request that failed (the worker or a reader threw). */
function fail(app: AppState, e: unknown, source: string): void {
  const detail = e instanceof Error ? e.message : String(e);
  app.error = { code: 'INTERNAL', message: loadFailed(detail), line: null, source };
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
  // Files of the user's are read by the files' client, not a published year's.
  published = null;
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
    const linked = app.pendingProject !== null;
    const wanted = app.pendingProject ?? opened.only;
    const wantedYear = app.pendingYear;
    const compare = app.pendingProject !== null ? pendingCompare : null;
    app.pendingProject = null;
    app.pendingYear = null;
    pendingCompare = null;
    if (app.project !== null && !catalog.projects.some((p) => p.projectNumber === app.project)) {
      // The project on display came from the files replaced: it stays drawn, but is no longer theirs.
      app.project = null;
      app.projectYear = null;
    }
    if (wanted !== null) {
      const shown = await show(app, rs, latest, wanted, linked && wantedYear ? wantedYear.year : undefined);
      // year (#14, compare): the comparison the link asked for with the project (CompareBar checks it fits).
      if (shown && compare !== null) app.compareWith = compare;
      return shown;
    }
    // year (#14): the files of a whole year (more than one project) open on the year overview.
    if (catalog.projects.length > 1) showYearOf(app, wantedYear);
    return true;
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
  const sheetUrl = app.sheetUrl;
  if (!latest() || !out || !app.show('', source, out)) return false;
  // A published year's project: the link still names the index it came from.
  if (published) app.sheetUrl = sheetUrl;
  // show() counts as a request of its own (so latest() is false from here): this one is done.
  app.busy = false;
  app.project = projectNumber;
  app.projectYear = out.sheet.sheetYear ?? sheetYear ?? null;
  return true;
}

/** year (#14): a year view (overview, payee search, competition, comparison) of the loaded year; null without one. */
export async function yearView(rs: Rs, op: import('../read/yearSession.ts').YearOp): Promise<unknown> {
  const c = await client(rs);
  return c.year ? c.year(op) : null;
}

/** year (#14): the year overview of the loaded year: the one asked for (a link's), else the latest 事業年度. */
export function showYearOf(app: AppState, wanted: YearScope | null): void {
  const projects = app.rs?.projects ?? [];
  if (projects.length === 0) return;
  const years = new Set(projects.map((p) => p.sheetYear));
  const year = wanted && years.has(wanted.year) ? wanted.year : Math.max(...years);
  const ministry = wanted && wanted.year === year && wanted.ministry !== null && projects.some((p) => p.sheetYear === year && p.ministry === wanted.ministry) ? wanted.ministry : null;
  showYear(app, year, ministry);
}

/**
 * year (#14): a link's (or back/forward's) place among the loaded year — `year=` (the overview,
 * `ministry=` narrowed), `project=` (with `year=`, that 事業年度's) — when it is not the one on
 * display. Files not loaded (a reload): kept for when they are, with a notice. A link naming no
 * year and no project leaves the year: the default sheet comes back. Returns the view still to apply.
 */
export async function placeFromLink(app: AppState, view: ViewHash, notice: Message | null, loadDefault: () => unknown): Promise<{ view: ViewHash; notice: Message | null }> {
  const project = view.project ?? null;
  const year = view.year ?? null;
  const ministry = view.ministry ?? null;
  const projects = app.rs?.projects ?? [];
  const fallback: ViewHash = { drill: [], sel: null, mode: 'flow', lang: view.lang, lens: false, parents: {}, embed: view.embed, present: false, step: 0, sheet: app.sheetUrl };
  if (project !== null) {
    if (project === app.project && (year === null || year === app.projectYear)) return { view, notice };
    if (projects.some((p) => p.projectNumber === project && (year === null || p.sheetYear === year))) {
      if (!(await app.openProject(project, year ?? undefined))) return { view: fallback, notice };
      return { view, notice };
    }
    app.pendingProject = project;
    app.pendingYear = year === null ? null : { year, ministry: null };
    // year (#14, compare): the comparison the link asks for, applied with the project once its files are in.
    pendingCompare = view.compare ?? null;
    return { view: fallback, notice: notice ?? noticeOf('projectNotLoaded', project) };
  }
  if (year !== null) {
    if (!projects.some((p) => p.sheetYear === year)) {
      app.pendingYear = { year, ministry };
      return { view: fallback, notice: notice ?? noticeOf('yearNotLoaded', year) };
    }
    const known = ministry === null || projects.some((p) => p.sheetYear === year && p.ministry === ministry);
    const scope = { year, ministry: known ? ministry : null };
    if (app.yearScope?.year !== scope.year || app.yearScope.ministry !== scope.ministry) showYear(app, scope.year, scope.ministry);
    const { ministry: _dropped, ...rest } = view;
    return known ? { view, notice } : { view: { ...rest, year }, notice: notice ?? noticeOf('ministryNotFound', ministry as string, year) };
  }
  // Neither: back to the sheet the link names (the default one without a sheet).
  if (view.sheet === null) await loadDefault();
  else app.yearScope = null;
  return { view, notice };
}

/**
 * year (#14): shows the published year of `text` (the index.json a link's `sheet=` names;
 * state/published.ts, loaded with the first such link): its list becomes the catalog, its
 * projects open from the files beside it; a link naming no year or project gets its latest year.
 * A text that is not such an index changes nothing but the notice.
 */
export async function openPublished(app: AppState, text: string, view: ViewHash, notice: Message | null): Promise<{ view: ViewHash; notice: Message | null }> {
  const url = view.sheet as string;
  const year = (await import('./published.ts')).publishedYear(text, url, location.href);
  if (!year.ok) return { view: { drill: [], sel: null, mode: 'flow', lang: view.lang, lens: false, parents: {}, embed: view.embed, present: false, step: 0, sheet: app.sheetUrl }, notice: noticeOf('badIndex', url, year.detail) };
  published = year.client;
  app.rs = year.catalog;
  app.sheetUrl = url;
  app.project = null;
  app.projectYear = null;
  return { view: (view.year ?? null) === null && (view.project ?? null) === null ? { ...view, year: year.latestYear } : view, notice };
}
