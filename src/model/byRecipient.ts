/** Recipients merged by 法人番号 across blocks: one company, one total, every block it appears in. */
import type { ContractFamily, Sheet } from '../contract/schema.ts';
import { sum } from '../util/decimal.ts';
import { recipientKey } from './blocks.ts';

/** One recipient across the whole sheet. */
export interface MergedRecipient {
  /** `#<法人番号>` or `n:<name>` for recipients without one. */
  key: string;
  name: string;
  corporateNumber: string | null;
  /** Exact sum over every row in every block. */
  total: number;
  /** Per block: the amount and the rows it comes from (ranks as printed, lines, and positions in the block's list — ranks may repeat). */
  blocks: { blockId: string; amount: number; ranks: number[]; lines: number[]; indices: number[] }[];
  families: ContractFamily[];
}

/** Every recipient of the sheet merged across blocks, largest first. */
export function byRecipient(sheet: Sheet): MergedRecipient[] {
  const merged = new Map<string, { m: MergedRecipient; amounts: number[] }>();
  for (const b of sheet.blocks) {
    for (const [index, r] of b.recipients.entries()) {
      const key = recipientKey(r);
      const entry = merged.get(key) ?? { m: { key, name: r.name, corporateNumber: r.corporateNumber, total: 0, blocks: [], families: [] }, amounts: [] };
      entry.amounts.push(r.amount);
      let part = entry.m.blocks.find((x) => x.blockId === b.id);
      if (!part) {
        part = { blockId: b.id, amount: 0, ranks: [], lines: [], indices: [] };
        entry.m.blocks.push(part);
      }
      part.amount = sum([part.amount, r.amount]);
      part.ranks.push(r.rank);
      part.lines.push(r.line);
      part.indices.push(index);
      if (!entry.m.families.includes(r.contractFamily)) entry.m.families.push(r.contractFamily);
      merged.set(key, entry);
    }
  }
  return [...merged.values()]
    .map(({ m, amounts }) => ({ ...m, total: sum(amounts) }))
    .sort((a, b) => b.total - a.total);
}
