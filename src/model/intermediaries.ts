/**
 * Intermediaries of a sheet: recipients of a block that funds other blocks (NICT in block A
 * of the seed passes 535.4 of its 552.5 on to B–J). Ranking them next to their own
 * contractors would count the same yen twice, so the by-recipient view sets them apart.
 */
import type { Parent, Sheet } from '../contract/schema.ts';
import { mergedRecipients, passedOn } from './blocks.ts';
import { sum } from '../util/decimal.ts';
import { MINISTRY_ID } from '../contract/nodeIds.ts';

/** What one intermediary passed on, and through which blocks. */
export interface Intermediary {
  /** Recipient key (recipientKey / MergedRecipient.key). */
  key: string;
  /** Blocks it funds others from. */
  blocks: string[];
  /** Blocks funded by it. */
  children: string[];
  /** Exact amount passed on downstream: its 費目・使途 (items not kept) when the table covers the block, else what the child blocks received. */
  passedOn: number;
}

/** Intermediaries by recipient key, following the graph's parents (inferred or set by the user). */
export function findIntermediaries(sheet: Sheet, parents: Readonly<Record<string, Parent>>): Map<string, Intermediary> {
  const children = new Map<string, string[]>();
  for (const [child, p] of Object.entries(parents)) {
    if (p.parent === MINISTRY_ID) continue;
    const list = children.get(p.parent);
    if (list) list.push(child);
    else children.set(p.parent, [child]);
  }
  const out = new Map<string, Intermediary>();
  for (const block of sheet.blocks) {
    const kids = children.get(block.id);
    if (!kids?.length) continue;
    const merged = mergedRecipients(block);
    // One recipient: it is the intermediary. Several: the one its 費目・使途 describes.
    const ranks = new Set(block.expenses?.matchedRanks ?? []);
    const who = merged.length === 1 ? merged : merged.filter((m) => m.ranks.some((r) => ranks.has(r)));
    if (who.length !== 1) continue;
    const key = who[0]?.key ?? '';
    const received = sum(sheet.blocks.filter((b) => kids.includes(b.id)).map((b) => b.total));
    const passed = passedOn(block) ?? received;
    const prev = out.get(key);
    out.set(key, {
      key,
      blocks: [...(prev?.blocks ?? []), block.id],
      children: [...(prev?.children ?? []), ...kids],
      passedOn: prev ? sum([prev.passedOn, passed]) : passed,
    });
  }
  return out;
}

