/** RSシステム CSVs → model: one project's sheet from the year store, then the model built. Never throws. */
import type { ParseOutput } from '../contract/schema.ts';
import { assemble } from '../model/assemble.ts';
import { rsProjectSheet, type RsYear } from '../sources/rs-csv/index.ts';

/** The JSON contract of project `projectNumber` (its latest 事業年度 unless `sheetYear` is given). */
export function analyzeRsProject(year: RsYear, projectNumber: string, sheetYear?: number): ParseOutput {
  return assemble(rsProjectSheet(year, projectNumber, sheetYear));
}
