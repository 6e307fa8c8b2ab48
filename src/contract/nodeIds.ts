/**
 * Node ids of recipient rows in drill-down graphs: `<block>:r:<rank>` (e.g. `D:r:1`, `AB:r:12345`)
 * and, when a list numbers two rows alike, `<block>:r:<rank>~<n>` for the n-th row with that
 * rank (n ≥ 2): `D:r:1~2`. Ids of unique ranks are unchanged, so links and fixtures keep working.
 */
import type { Block, Recipient, Sheet } from './schema.ts';

/** A recipient node id split into its parts; `occurrence` is 1 for the first row with that rank. */
export interface RecipientRef {
  blockId: string;
  rank: number;
  occurrence: number;
}

const ID = /^(.+):r:(\d+)(?:~(\d+))?$/;

/** The node id of the `occurrence`-th row ranked `rank` in a block. */
export function recipientNodeId(blockId: string, rank: number, occurrence = 1): string {
  return occurrence > 1 ? `${blockId}:r:${rank}~${occurrence}` : `${blockId}:r:${rank}`;
}

/** The parts of a recipient node id, or null for any other id. */
export function parseRecipientNodeId(id: string): RecipientRef | null {
  const m = ID.exec(id);
  if (!m) return null;
  const occurrence = m[3] === undefined ? 1 : Number(m[3]);
  if (occurrence < 1) return null;
  return { blockId: m[1] as string, rank: Number(m[2]), occurrence };
}

/** Node ids of a block's rows, in list order. */
export function recipientNodeIds(block: Pick<Block, 'id' | 'recipients'>): string[] {
  const seen = new Map<number, number>();
  return block.recipients.map((r) => {
    const n = (seen.get(r.rank) ?? 0) + 1;
    seen.set(r.rank, n);
    return recipientNodeId(block.id, r.rank, n);
  });
}

/** The node id of one row of a block (by identity, else by rank and line). */
export function nodeIdOfRow(block: Pick<Block, 'id' | 'recipients'>, row: Pick<Recipient, 'rank' | 'line'>): string {
  let i = block.recipients.indexOf(row as Recipient);
  if (i < 0) i = block.recipients.findIndex((r) => r.rank === row.rank && r.line === row.line);
  return i < 0 ? recipientNodeId(block.id, row.rank) : (recipientNodeIds(block)[i] as string);
}

/** The row a recipient node id stands for, with its block; null when there is none. */
export function rowOfNodeId(sheet: Pick<Sheet, 'blocks'>, id: string): { block: Block; row: Recipient } | null {
  const ref = parseRecipientNodeId(id);
  if (!ref) return null;
  const block = sheet.blocks.find((b) => b.id === ref.blockId);
  if (!block) return null;
  let n = 0;
  for (const row of block.recipients) {
    if (row.rank !== ref.rank) continue;
    if (++n === ref.occurrence) return { block, row };
  }
  return null;
}

/** Sort key of a recipient node id: rank, then occurrence; null for other ids. */
export function recipientOrder(id: string): [number, number] | null {
  const ref = parseRecipientNodeId(id);
  return ref ? [ref.rank, ref.occurrence] : null;
}
