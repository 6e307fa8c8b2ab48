/** Facts about one block derived from its rows: largest recipient, kept items, label. */
import type { Block, BlockLabelParts, ContractFamily, ExpenseItem } from '../contract/schema.ts';
import { nodeLabel } from '../i18n/nodeNames.ts';
import { sum } from '../util/decimal.ts';
import { shortName } from '../contract/names.ts';
import type { DeepReadonly } from '../contract/readonly.ts';

/** Key that merges a recipient's rows: 法人番号, or the name when there is none. */
export function recipientKey(r: { corporateNumber: string | null; name: string }): string {
  return r.corporateNumber && /^\d{13}$/.test(r.corporateNumber) ? `#${r.corporateNumber}` : `n:${r.name.replace(/\s+/g, '')}`;
}

/** A block's recipients merged by key (kept per block: read-only). */
export type MergedRows = readonly Readonly<{ key: string; name: string; amount: number; ranks: readonly number[] }>[];

// Blocks are never mutated after parsing (the cache takes them read-only), so their merged rows can be kept.
// Pays (#10, bench/RESULTS.md "Caches"): the 26×100 sheet's 52 block titles (ja + en) take 0.016 ms with it, 1.56 ms
// without; its overview scene 1.48 ms / 2.30 ms; analyze 7.7 ms / 9.5 ms.
const MERGED = new WeakMap<DeepReadonly<Block>, MergedRows>();

/** Recipients of a block merged by key, largest first (ties keep sheet order). */
export function mergedRecipients(block: DeepReadonly<Block>): MergedRows {
  let merged = MERGED.get(block);
  if (!merged) {
    merged = mergeRows(block);
    MERGED.set(block, merged);
  }
  return merged;
}

function mergeRows(block: DeepReadonly<Block>): MergedRows {
  const byKey = new Map<string, { key: string; name: string; amounts: number[]; ranks: number[] }>();
  for (const r of block.recipients) {
    const key = recipientKey(r);
    const entry = byKey.get(key) ?? { key, name: r.name, amounts: [], ranks: [] };
    entry.amounts.push(r.amount);
    entry.ranks.push(r.rank);
    byKey.set(key, entry);
  }
  return [...byKey.values()]
    .map((e) => ({ key: e.key, name: e.name, amount: sum(e.amounts), ranks: e.ranks }))
    .sort((a, b) => b.amount - a.amount);
}

/** What a block is called, as a code plus data: src/contract/schema.ts `blockNameSchema`. */
export type { BlockLabelParts };

/** How many payees a block has: the declared 支出先の数 when it exceeds the rows listed (RSシステム), else the rows. */
export function payeeCount(block: DeepReadonly<Pick<Block, 'recipients' | 'declaredCount'>>): number {
  const listed = block.recipients.length;
  return block.declaredCount != null && block.declaredCount > listed ? block.declaredCount : listed;
}

/** The parts of a block's label (see {@link BlockLabelParts}). */
export function blockLabelParts(block: DeepReadonly<Block>): BlockLabelParts {
  if (block.name) return { code: 'named', blockId: block.id, name: block.name };
  const merged = mergedRecipients(block);
  const top = merged[0];
  if (top) return { code: 'recipient', blockId: block.id, name: shortName(top.name), others: merged.length - 1 };
  if (block.expenses) return { code: 'expenses', blockId: block.id, name: shortName(block.expenses.recipient) };
  return { code: 'bare', blockId: block.id };
}

/**
 * The graph's (Japanese) label of a block, from {@link blockLabelParts}: "B 日立製作所 他5者",
 * "C 株式会社見本一ほか", or the letter alone (worded by i18n/nodeNames.ts).
 */
export function blockLabel(block: DeepReadonly<Block>): string {
  return nodeLabel(blockLabelParts(block));
}

/** Contract families present in a block, most money first. */
export function blockFamilies(block: Block): ContractFamily[] {
  const totals = new Map<ContractFamily, number[]>();
  for (const r of block.recipients) {
    const list = totals.get(r.contractFamily);
    if (list) list.push(r.amount);
    else totals.set(r.contractFamily, [r.amount]);
  }
  return [...totals.entries()].sort((a, b) => sum(b[1]) - sum(a[1])).map(([f]) => f);
}

// Expense categories an intermediary spends on itself rather than passing on.
const KEPT = /人件費|給与|賃金|職員|旅費|謝金|会議費|庁費|事務費|管理費|消耗品|光熱水|通信運搬|印刷製本|借料|賃借|備品|租税|保険料|手数料/;

/** True for 費目 an intermediary keeps (人件費, 旅費 …). */
export function isKept(item: Pick<ExpenseItem, 'category'>): boolean {
  return KEPT.test(item.category);
}

/**
 * Whether the 費目・使途 table describes the whole block (its recipient is the block's
 * only recipient), so its kept and passed-on items speak for all of the block's money.
 */
export function expensesCoverBlock(block: Block): boolean {
  const e = block.expenses;
  if (!e || e.matchedRanks.length === 0) return false;
  return e.matchedRanks.length === block.recipients.length;
}

/** What an intermediary's 費目・使途 says it passed on (its items less the kept ones), when the table speaks for the whole block. */
export function passedOn(block: Block): number | null {
  if (!expensesCoverBlock(block) || !block.expenses) return null;
  return sum(block.expenses.items.filter((i) => !isKept(i)).map((i) => i.amount));
}
