/**
 * year (#14): the node ids of the year overview (src/model/yearOverview.ts), made and read in
 * one place: `year` (予算総計), `m:<府省庁>`, `p:<予算事業ID>`, `p:<ID>:<block>` (a block the
 * ministry pays), `p:<ID>:direct` (the state's own costs), `<parent>:fold` ("その他 N事業/N者").
 */

/** Makes the overview's node ids. */
export const yearIds = {
  root: 'year',
  ministry: (m: string): string => `m:${m}`,
  project: (id: string): string => `p:${id}`,
  block: (id: string, block: string): string => `p:${id}:${block}`,
  direct: (id: string): string => `p:${id}:direct`,
  fold: (parent: string): string => `${parent}:fold`,
};

/** What an overview node id names. */
export type YearNodeRef =
  | { kind: 'root' }
  | { kind: 'ministry'; ministry: string }
  | { kind: 'project'; projectNumber: string }
  | { kind: 'block'; projectNumber: string; block: string }
  | { kind: 'direct'; projectNumber: string }
  | { kind: 'fold'; parent: string };

const PROJECT = /^p:(\d+)$/;
const PROJECT_PART = /^p:(\d+):(.+)$/;

/** Reads an overview node id; null for an id of another form. A ministry name is read whole (it may hold ':'). */
export function readYearId(id: string): YearNodeRef | null {
  if (id === yearIds.root) return { kind: 'root' };
  if (id.endsWith(':fold')) {
    const parent = id.slice(0, -':fold'.length);
    return parent === '' ? null : { kind: 'fold', parent };
  }
  if (id.startsWith('m:')) return { kind: 'ministry', ministry: id.slice(2) };
  const p = PROJECT.exec(id);
  if (p) return { kind: 'project', projectNumber: p[1] as string };
  const part = PROJECT_PART.exec(id);
  if (part) return part[2] === 'direct' ? { kind: 'direct', projectNumber: part[1] as string } : { kind: 'block', projectNumber: part[1] as string, block: part[2] as string };
  return null;
}
