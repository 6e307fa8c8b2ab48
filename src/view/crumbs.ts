/**
 * The breadcrumb trail's items (drawn by Breadcrumb.svelte): a drill-down's — the ministry, the
 * block's ancestors (by graph parents), the block — and, crumbs (#10), over a loaded year the
 * year's levels before them: 年度 2024 › 架空省 › 事業名 › B.
 */
import type { Graph, Sheet } from '../contract/schema.ts';
import type { Crumb } from './Breadcrumb.svelte';
import type { AppState } from '../state/app.svelte.ts';
import type { Catalog } from '../i18n/english.svelte.ts';
import { isMinistry } from '../contract/nodeIds.ts';
import { showYear } from '../state/yearNav.svelte.ts';

/** 総務省 › A › D for block D whose parent is A whose parent is the ministry. */
export function crumbsFor(sheet: Sheet, graph: Pick<Graph, 'parents'>, block: string | null, rootLabel: string): Crumb[] {
  const root: Crumb = { blockId: null, label: sheet.ministry ?? rootLabel, title: rootLabel };
  if (block === null) return [root];
  const chain: string[] = [];
  const seen = new Set<string>();
  let id: string | undefined = block;
  // Only blocks: a source drawn apart (RSシステム "資金元の記載なし") is no crumb.
  while (id && !isMinistry(id) && !seen.has(id) && sheet.blocks.some((b) => b.id === id)) {
    seen.add(id);
    chain.unshift(id);
    id = graph.parents[id]?.parent;
  }
  return [root, ...chain.map((b) => ({ blockId: b, label: b }))];
}

/**
 * crumbs (#10): where the reader is in a loaded year — the year (back to the whole year), the
 * ministry (back to the year narrowed to it) and, with a project of the year on display, the
 * project (its diagram's top, `blockId: null`). Empty when neither the year overview nor a
 * project of a loaded year is on display.
 */
export function yearCrumbs(app: AppState, s: Pick<Catalog['ui'], 'yearCrumb' | 'noMinistry' | 'projectCrumbTitle'>): Crumb[] {
  const entry = app.yearScope || app.project === null ? null : (app.rs?.projects.find((p) => p.projectNumber === app.project && (app.projectYear === null || p.sheetYear === app.projectYear)) ?? null);
  const year = app.yearScope?.year ?? entry?.sheetYear ?? null;
  if (year === null) return [];
  const out: Crumb[] = [{ blockId: null, label: s.yearCrumb(year), go: () => showYear(app, year, null) }];
  const ministry = app.yearScope ? app.yearScope.ministry : (entry?.ministry ?? null);
  if (ministry !== null) out.push({ blockId: null, label: ministry || s.noMinistry, go: () => showYear(app, year, ministry) });
  if (entry) out.push({ blockId: null, label: entry.projectName || entry.projectNumber, title: s.projectCrumbTitle(entry.projectNumber) });
  return out;
}

/**
 * crumbs (#10): one trail for a project of a loaded year — the year's crumbs, then the
 * drill-down's blocks; the project's crumb stands for the drill-down's top (the ministry's, which
 * the year's crumbs already name). Without a year, the drill-down's crumbs alone.
 */
export function inYear(year: Crumb[], drill: Crumb[]): Crumb[] {
  return year.length === 0 ? drill : [...year, ...drill.slice(1)];
}
