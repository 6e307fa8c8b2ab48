/**
 * year (#14, compare): node ids of what a project's diagram draws for the earlier year only
 * ("ghost" nodes of blocks and payees gone since): `gone:<block>` for a block, `gone:<block>:<n>`
 * for the n-th (1-based) gone payee of a block, `gone:<scope>:more` for the gone items of a view
 * beyond the most drawn (scope: the block drilled into, or `top` on the overview). Kept apart from
 * nodeIds.ts so the branches merge easily.
 */

const PREFIX = 'gone:';

/** Ghost of a block present only in the earlier year. */
export const goneBlockId = (blockId: string): string => `${PREFIX}${blockId}`;
/** Ghost of the n-th (1-based) gone payee of a block. */
export const gonePayeeId = (blockId: string, n: number): string => `${PREFIX}${blockId}:${n}`;
/** The gone items of a view beyond the most drawn, as one node. */
export const goneMoreId = (scope: string | null): string => `${PREFIX}${scope ?? 'top'}:more`;

/** What a ghost id stands for, or null for any other id. */
export type GoneRef = { kind: 'block'; blockId: string } | { kind: 'payee'; blockId: string; n: number } | { kind: 'more'; scope: string | null };

/** The parts of a ghost id; null when `id` is not one. */
export function parseGoneId(id: string): GoneRef | null {
  if (!id.startsWith(PREFIX)) return null;
  const m = /^([A-Z]{1,2}|top)(?::(\d+|more))?$/.exec(id.slice(PREFIX.length));
  if (!m) return null;
  const scope = m[1] as string;
  if (m[2] === 'more') return { kind: 'more', scope: scope === 'top' ? null : scope };
  if (scope === 'top') return null;
  if (m[2] === undefined) return { kind: 'block', blockId: scope };
  const n = Number(m[2]);
  return n >= 1 ? { kind: 'payee', blockId: scope, n } : null;
}

/** True for a ghost node id. */
export const isGoneId = (id: string): boolean => parseGoneId(id) !== null;
