/**
 * Statistics of a list of recipient rows (a block's rows, or one drill-down row), as numbers:
 * how many rows, their exact sum, the competition flags counted, the 契約方式等 and the money per
 * contract family with its share of the sum. The view formats and words them (view/nodeInfo.ts).
 * Also the rows behind a node id. Pure; counted once per list of rows (lists are never mutated).
 */
import type { Block, ContractFamily, Recipient, Sheet } from '../contract/schema.ts';
import { parseRecipientNodeId, rowOfNodeId } from '../contract/nodeIds.ts';
import { sum } from '../util/decimal.ts';
import { isHighAwardRate, isSingleBidder } from './flags.ts';
import type { DeepReadonly } from '../contract/readonly.ts';

/** Money of one contract family within a list of rows. */
export interface FamilyShare {
  key: ContractFamily;
  /** Exact Σ of the family's rows. */
  value: number;
  /** `value` / the rows' sum (0…1); null when the sum is not positive. */
  share: number | null;
}

/** One 契約方式等 as written (white space removed; '' when the row gives none) and its row count. */
export interface ContractTypeCount {
  type: string;
  count: number;
}

/** What a list of rows says. */
export interface RowStats {
  /** Rows in the list (every row counts, a zero-amount one too). */
  count: number;
  /** Exact Σ of the rows' amounts. */
  sum: number;
  /** Rows with 一者応札 (one bidder). */
  singleBidder: number;
  /** Rows with 落札率 ≥ 95 %. */
  highRate: number;
  /** Rows that are single-bidder or ≥ 95 % (a row with both counts once). */
  flagged: number;
  /** Distinct 契約方式等 in first-seen order, with their row counts. */
  contractTypes: readonly ContractTypeCount[];
  /** Money per contract family, largest first. */
  families: readonly FamilyShare[];
}

/** 契約方式等 without spaces, as counted: a sheet repeats a few distinct values on every row. */
// Strings in and out (nothing to go stale), at most 1,000. Pays (#10, bench/RESULTS.md "Caches"): the 26×100 sheet's 26 blocks counted anew take 0.36–0.39 ms with it, 0.57–0.61 ms without.
const compact = new Map<string, string>();
function contractKey(type: string | null): string {
  const raw = type ?? '';
  let key = compact.get(raw);
  if (key === undefined) {
    key = raw.replace(/\s+/g, '');
    if (compact.size < 1000) compact.set(raw, key);
  }
  return key;
}

function familyShares(rows: readonly DeepReadonly<Recipient>[], total: number): FamilyShare[] {
  const by = new Map<ContractFamily, number[]>();
  for (const r of rows) {
    const list = by.get(r.contractFamily);
    if (list) list.push(r.amount);
    else by.set(r.contractFamily, [r.amount]);
  }
  return [...by.entries()]
    .map(([key, v]) => {
      const value = sum(v);
      return { key, value, share: total > 0 ? value / total : null };
    })
    .sort((a, b) => b.value - a.value);
}

// Lists of rows are never changed after analysis: the cache takes them read-only and gives frozen answers.
// Pays (#10, bench/RESULTS.md "Caches"): a 26×100 overview scene (language, lens, size, folds) builds in 1.28–1.45 ms with it, 1.84–1.95 ms without.
const cache = new WeakMap<readonly DeepReadonly<Recipient>[], Readonly<RowStats>>();

/** Statistics of a list of rows (the same list object gives the same, frozen, answer). */
export function rowStats(rows: readonly DeepReadonly<Recipient>[]): Readonly<RowStats> {
  let stats = cache.get(rows);
  if (!stats) {
    let singleBidder = 0;
    let highRate = 0;
    let flagged = 0;
    const types = new Map<string, number>();
    for (const r of rows) {
      const one = isSingleBidder(r);
      const high = isHighAwardRate(r);
      if (one) singleBidder++;
      if (high) highRate++;
      if (one || high) flagged++;
      const t = contractKey(r.contractType);
      types.set(t, (types.get(t) ?? 0) + 1);
    }
    const total = sum(rows.map((r) => r.amount));
    stats = Object.freeze({
      count: rows.length,
      sum: total,
      singleBidder,
      highRate,
      flagged,
      contractTypes: Object.freeze([...types.entries()].map(([type, count]) => Object.freeze({ type, count }))),
      families: Object.freeze(familyShares(rows, total).map((f) => Object.freeze(f))),
    });
    cache.set(rows, stats);
  }
  return stats;
}

/** Rows behind a node: a block's recipients, or the one row of a drill-down recipient; none for other nodes (read-only when the sheet is). */
export function rowsOfNode<B extends DeepReadonly<Block>>(id: string, sheet: { readonly blocks: readonly B[] }): { block: B | null; rows: B['recipients'] } {
  const block = sheet.blocks.find((b) => b.id === id);
  if (block) return { block, rows: block.recipients };
  const ref = parseRecipientNodeId(id);
  if (ref) {
    const b = sheet.blocks.find((x) => x.id === ref.blockId);
    const found = rowOfNodeId(sheet, id);
    return { block: b ?? null, rows: (found ? [found.row] : []) as B['recipients'] };
  }
  return { block: null, rows: [] as B['recipients'] };
}
