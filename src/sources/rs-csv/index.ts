/**
 * The RSシステム open-data CSV reader (行政事業レビュー, 事業年度 2024 on): ZIPs or CSVs of tables
 * 5-1, 5-2, 5-3, 5-4, 2-1, 1-2 → one store grouped by (予算事業ID, 事業年度) → one project's Sheet
 * (yen) on demand. Pure (no DOM, no node: imports): runs in a Web Worker and in Node. Never throws.
 */
export { readRsFiles } from './read.ts';
export { rsProjectSheet, missingTables, findProject, emptyRsSheet } from './sheet.ts';
export { searchKey } from './summary.ts';
export { RS_TABLES, type RsTable } from './columns.ts';
export type { RsInput } from './input.ts';
export type { ProjectSummary, RsYear, RsProjectStore, RsProjectRows } from './types.ts';
export { yearProjects } from './yearRows.ts'; // year (#14)
