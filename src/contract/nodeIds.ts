/**
 * The one module that makes and reads node and flow ids (#10). Every other module builds ids
 * with the makers below and reads them with {@link parseNodeId}; no other file spells an id
 * pattern (tests/unit/nodeIds.test.ts greps src/ to keep it so).
 *
 * Forms (block ids are upper-case, as both sources write them, so the lower-case parts below
 * never collide with a block id):
 * - `ministry` — the ministry (also the `from` of a flow or the parent of a top-level block);
 * - `unstated` — the source drawn for RSシステム blocks whose inflow 5-2 does not state;
 * - `<block>` — a block (`A`, `AB`);
 * - `<block>:r:<rank>` and `<block>:r:<rank>~<n>` — recipient rows (`D:r:1`, `D:r:1~2`): when a list
 *   numbers two rows alike, the n-th (n ≥ 2) row with that rank gets `~n`;
 * - `<block>:kept:<費目>` — what an intermediary kept (its 費目・使途 says so);
 * - `<block>:residual` — the unexplained difference of a block;
 * - `<block>:payees`, `<block>:untraced`, `<block>:junction`, `<block>:onward` — RSシステム nodes:
 *   what a block's own payees kept, the part not given per payee, several funders without a split,
 *   and "from the block's payees" in a drill-down;
 * - `<block>:e`, `<block>:c:<i>`, `<block>:p:<i>` — the 費目・使途 of a drill-down: the node where
 *   a recipient's rows meet, its i-th 費目, and the i-th item (使途);
 * - `direct:<i>` — the i-th direct cost of the state itself (RSシステム 5-2);
 * - `fold:<column>` — the node that stands for the folded small nodes of a column;
 * - flow ids `<source>→<target>` (layout links add `#n` for a repeated pair).
 */
import type { Block, Recipient, Sheet } from './schema.ts';
import type { DeepReadonly } from './readonly.ts';

/** A node id read into its parts. Any id of no other form reads as a block. */
export type NodeRef =
  | { kind: 'ministry' }
  | { kind: 'unstated' }
  | { kind: 'block'; block: string }
  | { kind: 'recipient'; block: string; rank: number; occurrence: number }
  | { kind: 'kept'; block: string; category: string }
  | { kind: 'residual'; block: string }
  | { kind: 'payees'; block: string }
  | { kind: 'untraced'; block: string }
  | { kind: 'junction'; block: string }
  | { kind: 'onward'; block: string }
  | { kind: 'expenses'; block: string }
  | { kind: 'category'; block: string; index: number }
  | { kind: 'purpose'; block: string; index: number }
  | { kind: 'direct'; index: number }
  | { kind: 'fold'; column: number };

/** The kinds of {@link NodeRef}. */
export type NodeRefKind = NodeRef['kind'];

/** Id of the ministry node; also the `from` of a flow and the parent of a top-level block. */
export const MINISTRY_ID = 'ministry';
/** The `to` of a flow that is a direct cost of the state itself (RSシステム 5-2), not a block. */
export const DIRECT_COST = 'direct-cost';

/** Id of the source drawn for RSシステム blocks 5-2 gives no inflow (not the ministry: its sum stays what 5-2 states). */
export const UNSTATED_ID = 'unstated';

/** True for the ministry id. */
export const isMinistry = (id: string | null | undefined): boolean => id === MINISTRY_ID;

/** Node id of a block (the block id itself). */
export const blockNodeId = (block: string): string => block;
/** Node id of what a block kept, by its 費目. */
export const keptNodeId = (block: string, category: string): string => `${block}:kept:${category}`;
/** Node id of a block's unexplained residual (or mismatch). */
export const residualNodeId = (block: string): string => `${block}:residual`;
/** Node id of what a block's own payees kept (RSシステム). */
export const payeesNodeId = (block: string): string => `${block}:payees`;
/** Node id of the part of a block total not given per payee (RSシステム). */
export const untracedNodeId = (block: string): string => `${block}:untraced`;
/** Node id of the junction of a block's several funders without a split (RSシステム). */
export const junctionNodeId = (block: string): string => `${block}:junction`;
/** Node id of "from the block's payees" in an RSシステム drill-down. */
export const onwardNodeId = (block: string): string => `${block}:onward`;
/** Node id where a recipient's several rows meet before their 費目・使途. */
export const expensesNodeId = (block: string): string => `${block}:e`;
/** Node id of the `index`-th 費目 of a block's 費目・使途. */
export const categoryNodeId = (block: string, index: number): string => `${block}:c:${index}`;
/** Node id of the `index`-th item (使途) of a block's 費目・使途. */
export const purposeNodeId = (block: string, index: number): string => `${block}:p:${index}`;
/** Node id of the `index`-th direct cost of the state itself. */
export const directNodeId = (index: number): string => `direct:${index}`;
/** Node id of the fold of column `column`. */
export const foldNodeId = (column: number): string => `fold:${column}`;

// One pattern for every form but `ministry`, `unstated` and blocks: the block is the shortest prefix
// followed by a lower-case part (block ids are upper-case), so a 費目 may contain anything.
const ID = /^(?:(fold|direct):(\d+)|(.+?):(?:r:(\d+)(?:~(\d+))?|kept:(.*)|([cp]):(\d+)|(residual|payees|untraced|junction|onward|e)))$/s;

/** The parts of a node id. */
export function parseNodeId(id: string): NodeRef {
  if (id === MINISTRY_ID || id === UNSTATED_ID) return { kind: id };
  const m = ID.exec(id);
  const block = m?.[3] as string;
  if (!m || (m[5] !== undefined && Number(m[5]) < 1)) return { kind: 'block', block: id };
  if (m[1]) return m[1] === 'fold' ? { kind: 'fold', column: Number(m[2]) } : { kind: 'direct', index: Number(m[2]) };
  if (m[4] !== undefined) return { kind: 'recipient', block, rank: Number(m[4]), occurrence: m[5] === undefined ? 1 : Number(m[5]) };
  if (m[6] !== undefined) return { kind: 'kept', block, category: m[6] };
  if (m[7]) return { kind: m[7] === 'c' ? 'category' : 'purpose', block, index: Number(m[8]) };
  const suffix = m[9] as 'residual' | 'payees' | 'untraced' | 'junction' | 'onward' | 'e';
  return suffix === 'e' ? { kind: 'expenses', block } : { kind: suffix, block };
}

/** The node id of a {@link NodeRef}: `makeNodeId(parseNodeId(id)) === id` for every id made here. */
export function makeNodeId(ref: NodeRef): string {
  switch (ref.kind) {
    case 'ministry': return MINISTRY_ID;
    case 'unstated': return UNSTATED_ID;
    case 'block': return blockNodeId(ref.block);
    case 'recipient': return recipientNodeId(ref.block, ref.rank, ref.occurrence);
    case 'kept': return keptNodeId(ref.block, ref.category);
    case 'residual': return residualNodeId(ref.block);
    case 'payees': return payeesNodeId(ref.block);
    case 'untraced': return untracedNodeId(ref.block);
    case 'junction': return junctionNodeId(ref.block);
    case 'onward': return onwardNodeId(ref.block);
    case 'expenses': return expensesNodeId(ref.block);
    case 'category': return categoryNodeId(ref.block, ref.index);
    case 'purpose': return purposeNodeId(ref.block, ref.index);
    case 'direct': return directNodeId(ref.index);
    case 'fold': return foldNodeId(ref.column);
  }
}

/** The kind of a node id (see {@link NodeRef}). */
export const nodeIdKind = (id: string): NodeRefKind => parseNodeId(id).kind;

/** True for the id of a fold node. */
export const isFoldId = (id: string): boolean => nodeIdKind(id) === 'fold';

/** True when `id` is a recipient row of block `block`. */
export function isRecipientOf(id: string, block: string): boolean {
  const ref = parseNodeId(id);
  return ref.kind === 'recipient' && ref.block === block;
}

const ARROW = '→';

/** Id of a flow (a graph link) from `source` to `target`: `source→target`. */
export const flowId = (source: string, target: string): string => `${source}${ARROW}${target}`;
/** Key of a link by its ends, as {@link flowId}. */
export const flowKey = (l: { source: string; target: string }): string => flowId(l.source, l.target);
/** Id of the n-th (0-based) layout link with the same ends: `source→target`, then `source→target#n`. */
export const layoutLinkId = (source: string, target: string, n: number): string => (n === 0 ? flowId(source, target) : `${flowId(source, target)}#${n}`);
/** Key of a link by its ends and kind, for merging links (never shown). */
export const flowKindKey = (source: string, target: string, kind: string): string => `${source}\u0000${target}\u0000${kind}`;

/** The ends of a flow id or layout link id; null when it is none. */
export function parseFlowId(id: string): { source: string; target: string; n: number } | null {
  const at = id.indexOf(ARROW);
  if (at < 0) return null;
  const rest = id.slice(at + ARROW.length);
  const hash = /#(\d+)$/.exec(rest);
  return { source: id.slice(0, at), target: hash ? rest.slice(0, hash.index) : rest, n: hash ? Number(hash[1]) : 0 };
}

/** A recipient node id split into its parts; `occurrence` is 1 for the first row with that rank. */
export interface RecipientRef {
  blockId: string;
  rank: number;
  occurrence: number;
}

/** The node id of the `occurrence`-th row ranked `rank` in a block. */
export function recipientNodeId(blockId: string, rank: number, occurrence = 1): string {
  return occurrence > 1 ? `${blockId}:r:${rank}~${occurrence}` : `${blockId}:r:${rank}`;
}

/** The parts of a recipient node id, or null for any other id. */
export function parseRecipientNodeId(id: string): RecipientRef | null {
  const ref = parseNodeId(id);
  return ref.kind === 'recipient' ? { blockId: ref.block, rank: ref.rank, occurrence: ref.occurrence } : null;
}

/** Node ids of a block's rows, in list order. */
export function recipientNodeIds(block: DeepReadonly<Pick<Block, 'id' | 'recipients'>>): string[] {
  const seen = new Map<number, number>();
  return block.recipients.map((r) => {
    const n = (seen.get(r.rank) ?? 0) + 1;
    seen.set(r.rank, n);
    return recipientNodeId(block.id, r.rank, n);
  });
}

/** The node id of one row of a block (by identity, else by rank and line). */
export function nodeIdOfRow(block: DeepReadonly<Pick<Block, 'id' | 'recipients'>>, row: Pick<Recipient, 'rank' | 'line'>): string {
  let i = block.recipients.indexOf(row as DeepReadonly<Recipient>);
  if (i < 0) i = block.recipients.findIndex((r) => r.rank === row.rank && r.line === row.line);
  return i < 0 ? recipientNodeId(block.id, row.rank) : (recipientNodeIds(block)[i] as string);
}

/** The row a recipient node id stands for, with its block (read-only when the sheet is); null when there is none. */
export function rowOfNodeId<B extends DeepReadonly<Block>>(sheet: { readonly blocks: readonly B[] }, id: string): { block: B; row: B['recipients'][number] } | null {
  const ref = parseRecipientNodeId(id);
  if (!ref) return null;
  const block = sheet.blocks.find((b) => b.id === ref.blockId);
  if (!block) return null;
  let n = 0;
  for (const row of block.recipients) {
    if (row.rank !== ref.rank) continue;
    if (++n === ref.occurrence) return { block, row: row as B['recipients'][number] };
  }
  return null;
}

/** Sort key of a recipient node id: rank, then occurrence; null for other ids. */
export function recipientOrder(id: string): [number, number] | null {
  const ref = parseRecipientNodeId(id);
  return ref ? [ref.rank, ref.occurrence] : null;
}

/** True when either end of a flow id (or layout link id) is a node of `kind`. */
export function flowTouches(id: string, kind: NodeRefKind): boolean {
  const ends = parseFlowId(id);
  return ends !== null && (nodeIdKind(ends.source) === kind || nodeIdKind(ends.target) === kind);
}
