/** year (#14): moving the main area to the year overview (used by rsLoad.ts and the year's components), and the overview's search marks. */
import type { AppState } from './app.svelte.ts';

/**
 * year (#14): show the year overview (narrowed to `ministry`, or the whole year) in the main
 * area; the sheet on display stays underneath (a project opened from here replaces it).
 */
export function showYear(app: AppState, year: number, ministry: string | null = null): void {
  app.request();
  app.busy = false;
  app.yearScope = { year, ministry };
  app.project = null;
  app.projectYear = null;
  app.selectedId = null;
  app.mode = 'flow';
  app.showPath([]);
}

/** The overview nodes the payee search (YearPanel) marks, read by the overview (YearFlow). */
export const yearMarks = $state<{ ids: readonly string[] }>({ ids: [] });
