/**
 * year (#14): a published year — the `--list` array that `--split DIR` writes as `DIR/index.json`
 * (one entry per project and 事業年度), and the name of each project's file beside it. The app
 * reads such an index like a `#sheet=` link and opens a project by fetching its file.
 */
import { z } from 'zod/mini';

/** One entry of the `--list` array / index.json. */
export const listEntrySchema = z.object({
  projectNumber: z.string().check(z.regex(/^\d{1,12}$/)),
  projectName: z.string(),
  ministry: z.string(),
  sheetYear: z.int(),
  /** As ProjectSummary.total (yen); null when the files do not say. */
  total: z.nullable(z.number()),
});

/** The `--list` array / index.json. */
export const projectListSchema = z.array(listEntrySchema);

export type ListEntry = z.infer<typeof listEntrySchema>;

/** File name of a project beside index.json: `<ID>.json`, or `<ID>_<事業年度>.json` when the index holds several 事業年度. */
export function publishedFileName(p: { projectNumber: string; sheetYear: number }, severalYears: boolean): string {
  return severalYears ? `${p.projectNumber}_${p.sheetYear}.json` : `${p.projectNumber}.json`;
}
