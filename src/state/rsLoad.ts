/**
 * The RSシステム steps of AppState (loadRsFiles, openProject), loaded with the first RS file so
 * the page's start-up code carries none of them. Each request gets hooks from the state: only
 * the latest request (of any kind: a text sheet dropped after RS files wins) changes the view.
 */
import type { ParseOutput } from '../contract/schema.ts';
import type { RsFile } from '../read/rsSession.ts';
import type { AppState } from './app.svelte.ts';
import type { RsApi } from './rsClient.ts';
import type { Message } from '../contract/schema.ts';
import { defaultView, type ViewHash } from './hash.ts';
import { rsNotices } from './rsNotices.ts';

/** The state's inside, for one request. */
export interface RsHooks {
  rs: RsApi | undefined;
  /** False once a later request started. */
  latest(): boolean;
  setBusy(on: boolean): void;
  /** Show `out` (fresh drill path, selection, …). */
  show(source: string, out: ParseOutput): void;
  /** `out` when it carries no error; otherwise null, with the error exposed. */
  accept(out: ParseOutput, source: string): ParseOutput | null;
  fail(e: unknown, source: string): void;
}

export async function loadRsFiles(app: AppState, h: RsHooks, files: RsFile[], skipped: readonly string[]): Promise<boolean> {
  if (!h.rs || files.length === 0) return false;
  h.setBusy(true);
  try {
    let opened;
    try {
      opened = await h.rs.open(files, skipped);
    } catch (e) {
      if (h.latest()) h.fail(e, files.map((f) => f.name).join(', '));
      return false;
    }
    const catalog = opened.catalog;
    // A later request (another sheet picked meanwhile) keeps the view; the files' list is still offered.
    if (!h.latest()) {
      if (catalog) app.rs = catalog;
      return false;
    }
    app.error = opened.error;
    app.notice = opened.notice ?? (catalog ? null : app.notice);
    if (!catalog) return false;
    app.rs = catalog;
    const wanted = app.pendingProject ?? opened.only;
    app.pendingProject = null;
    if (app.project !== null && !catalog.projects.some((p) => p.projectNumber === app.project)) {
      // The project on display came from the files replaced: it stays drawn, but is no longer theirs.
      app.project = null;
      app.projectYear = null;
    }
    return wanted === null || (await show(app, h, wanted, undefined));
  } finally {
    h.setBusy(false);
  }
}

export async function openProject(app: AppState, h: RsHooks, projectNumber: string, sheetYear: number | undefined): Promise<boolean> {
  h.setBusy(true);
  try {
    return await show(app, h, projectNumber, sheetYear);
  } finally {
    h.setBusy(false);
  }
}

async function show(app: AppState, h: RsHooks, projectNumber: string, sheetYear: number | undefined): Promise<boolean> {
  const catalog = app.rs;
  if (!h.rs || !catalog) return false;
  const source = catalog.files.join(', ');
  let out: ParseOutput | null;
  try {
    out = await h.rs.project(projectNumber, sheetYear);
  } catch (e) {
    if (h.latest()) h.fail(e, source);
    return false;
  }
  if (!h.latest() || !out) return false;
  const accepted = h.accept(out, source);
  if (!accepted) return false;
  h.show(source, accepted);
  app.project = projectNumber;
  app.projectYear = accepted.sheet.sheetYear ?? sheetYear ?? null;
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
  const fallback: ViewHash = { ...defaultView, lang: view.lang, embed: view.embed, sheet: app.sheetUrl };
  if (project === null) {
    if (view.sheet === null) await loadDefault();
  } else if (app.rs?.projects.some((p) => p.projectNumber === project)) {
    if (!(await app.openProject(project))) return { view: fallback, notice };
  } else {
    app.pendingProject = project;
    return { view: fallback, notice: notice ?? rsNotices.projectNotLoaded(project) };
  }
  return { view, notice };
}
