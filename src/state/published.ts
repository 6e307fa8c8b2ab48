/**
 * year (#14): a published year — the `index.json` that `npm run parse -- FILES --split DIR`
 * writes (the `--list` array), on the same origin as the page, linked as
 * `#sheet=data/2025/index.json`. Its list becomes the app's RS catalog and its overview the
 * first view; a project opens by fetching `<ID>.json` (or `<ID>_<事業年度>.json`) beside the
 * index, read as the model JSON (read/json.ts). The index has the projects' totals, not their
 * blocks: the overview narrowed to a ministry shows its projects without their payees, and the
 * payee search and the competition lens have nothing to search (said in the README).
 * Loaded only when a link names such an index.
 */
import type { Message, ParseOutput } from '../contract/schema.ts';
import type { YearProject } from '../contract/year.ts';
import { projectListSchema, publishedFileName, type ListEntry } from '../contract/yearList.ts';
import { yearOverview } from '../model/yearOverview.ts';
import { fetchSheet } from '../read/fetchSheet.ts';
import { readOutputJson } from '../read/json.ts';
import type { RsCatalog } from '../read/rsSession.ts';
import type { YearOp } from '../read/yearSession.ts';
import type { RsApi } from './rsClient.ts';
import { notice } from '../i18n/notices.ts';

/** The index read: its entries, or why it cannot be used. */
export function readIndex(text: string): { ok: true; entries: ListEntry[] } | { ok: false; detail: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, detail: (e instanceof Error ? e.message : String(e)).slice(0, 200) };
  }
  const r = projectListSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, detail: `${issue ? issue.path.map(String).join('.') : ''} ${(issue?.message ?? '').slice(0, 200)}`.trim() };
  }
  if (r.data.length === 0) return { ok: false, detail: 'no projects' };
  return { ok: true, entries: r.data };
}

/** An entry as the year model's project: its total only (the index has no blocks or payees). */
export const leanOf = (e: ListEntry): YearProject => ({
  projectNumber: e.projectNumber,
  projectName: e.projectName,
  ministry: e.ministry,
  sheetYear: e.sheetYear,
  total: e.total,
  directCost: null,
  blocks: [],
  competition: { contracted: 0, singleBid: 0, discretionary: 0, count: 0 },
});

/** The RS operations answered from a published index (`indexUrl`, absolute) and the files beside it. */
export function publishedClient(indexUrl: string, entries: readonly ListEntry[], fetchText: typeof fetchSheet = fetchSheet): RsApi {
  const several = new Set(entries.map((e) => e.sheetYear)).size > 1;
  const byYear = new Map<number, YearProject[]>();
  for (const e of entries) {
    const list = byYear.get(e.sheetYear) ?? [];
    list.push(leanOf(e));
    byYear.set(e.sheetYear, list);
  }
  const refused = (message: Message): ParseOutput => ({
    ...readOutputJson('{}'),
    diagnostics: [{ severity: 'error', code: 'PUBLISHED_PROJECT_UNREADABLE', message, line: 1 }],
  });
  return {
    open: () => Promise.reject(new Error('a published year reads no files')),
    async project(projectNumber, sheetYear) {
      const matches = entries.filter((e) => e.projectNumber === projectNumber && (sheetYear === undefined || e.sheetYear === sheetYear));
      const entry = matches.sort((a, b) => b.sheetYear - a.sheetYear)[0];
      if (!entry) return null;
      const url = new URL(publishedFileName(entry, several), indexUrl).href;
      const r = await fetchText(url, indexUrl, new URL(indexUrl).origin);
      if (!r.ok) {
        const detail = 'message' in r ? r.message : { ja: r.status, en: r.status };
        return refused({ ja: notice('projectFileFailed', url, detail.ja).ja, en: notice('projectFileFailed', url, detail.en).en });
      }
      return readOutputJson(r.text);
    },
    async year(op: YearOp) {
      if (op.op === 'overview') return yearOverview(byYear.get(op.sheetYear) ?? [], { ministry: op.ministry ?? null, unfolded: op.unfolded ?? [] });
      if (op.op === 'compare') return null;
      return [];
    },
  };
}

/** The catalog (project list) of a published year. */
export function catalogOf(entries: readonly ListEntry[], name: string): RsCatalog {
  const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  return {
    tables: [],
    missing: [],
    files: [name],
    projects: entries.map((e) => ({ ...e, search: key([e.projectName, e.ministry, e.projectNumber].join(' ')) })),
  };
}

/**
 * The published year of `text` (fetched from `url`, a `#sheet=` value, `base` the page's address):
 * its catalog and the client that answers for it, and its latest 事業年度 (for a link that names
 * none); or, for a text that is not such an index, what is wrong with it.
 */
export function publishedYear(text: string, url: string, base: string): { ok: true; client: RsApi; catalog: RsCatalog; latestYear: number } | { ok: false; detail: string } {
  const read = readIndex(text);
  if (!read.ok) return read;
  return {
    ok: true,
    client: publishedClient(new URL(url, base).href, read.entries),
    catalog: catalogOf(read.entries, url.split('/').at(-1) ?? url),
    latestYear: Math.max(...read.entries.map((e) => e.sheetYear)),
  };
}
