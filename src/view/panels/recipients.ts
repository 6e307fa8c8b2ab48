/** Pure helpers of the recipients table: row type, flags, sorting. */
import type { Recipient, Sheet } from '../../contract/schema.ts';
import type { MergedRecipient } from '../../model/byRecipient.ts';

/** A recipient row, with the block it belongs to when rows of several blocks are shown. */
export type RecipientRow = Recipient & { blockId?: string | null };

/** Sortable columns of the recipients table. */
export type SortKey =
  | 'blockId'
  | 'rank'
  | 'name'
  | 'corporateNumber'
  | 'description'
  | 'amount'
  | 'contractType'
  | 'bidders'
  | 'awardRate'
  | 'line';

export type SortDir = 'ascending' | 'descending';

// The flags are the model's rule (one place for checks, table, lens and captions).
export { HIGH_AWARD_RATE, isSingleBidder, isHighAwardRate } from '../../model/flags.ts';

const collator = new Intl.Collator('ja', { numeric: true });

function value(r: RecipientRow, key: SortKey): string | number | null {
  const v = r[key];
  return v === undefined ? null : v;
}

/** Rows sorted by a column; empty cells always last; ties keep block and rank order. */
export function sortRows(rows: readonly RecipientRow[], key: SortKey, dir: SortDir): RecipientRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const tie = (a: RecipientRow, b: RecipientRow): number =>
    collator.compare(a.blockId ?? '', b.blockId ?? '') || a.rank - b.rank || a.line - b.line;
  return [...rows].sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    if (x === null || y === null) return x === y ? tie(a, b) : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c !== 0 ? sign * c : tie(a, b);
  });
}

/** Stable key of a row (rank alone repeats across blocks). */
export const rowKey = (r: RecipientRow): string => `${r.blockId ?? ''}:${r.rank}:${r.line}`;

/** Glyphs of the row marks, always shown next to their text (never colour alone). */
export { MARKS } from '../../i18n/marks.ts';

/** The rows of one merged recipient (byRecipient()), with their blocks, for RecipientPanel. */
export function recipientRows(sheet: Sheet, merged: MergedRecipient): RecipientRow[] {
  return merged.blocks.flatMap(({ blockId, lines }) => {
    const block = sheet.blocks.find((b) => b.id === blockId);
    return (block?.recipients ?? []).filter((r) => lines.includes(r.line)).map((r) => ({ ...r, blockId }));
  });
}
