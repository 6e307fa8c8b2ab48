/** English strings of src/view/shell/strings.ts (loaded on demand: src/i18n/english.svelte.ts). */
import type { ShellStrings } from './strings.ts';

export const en: ShellStrings = {
  share: 'Share / Embed',
  present: 'Present (P)',
  print: 'Print',
  exportMenu: 'Export',
  exportSvg: 'SVG (diagram)',
  exportPng: 'PNG (diagram, 2×)',
  exportCsv: 'CSV (recipients)',
  exportJson: 'JSON (model)',
  exportFlowOnly: 'SVG and PNG export from the fund-flow view',
  notice: 'Notice',
  dismiss: 'Dismiss',
  source: 'Source',
  sourceLine: (no: string, year: string) => `Administrative project review sheet, project no. ${no} (${year})`,
  findingsSummary: 'Findings summary',
  findingsCounts: (w: number, i: number) => `${w} warnings · ${i} notes`,
  moreFindings: (n: number) => `${n} more`,
  // Issue #13 (diagram): the menu of the compact toolbar.
  menu: 'Menu',
};
