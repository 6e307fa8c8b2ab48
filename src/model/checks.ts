/** Checks of the sheet's own numbers against each other, reported as diagnostics. */
import type { Diagnostic, Parent, Sheet } from '../contract/schema.ts';
import { diag } from '../i18n/messages.ts';
import { sum } from '../util/decimal.ts';
import { corporateNumberStatus } from '../util/corporateNumber.ts';
import { byRecipient } from './byRecipient.ts';
import { recipientKey } from './blocks.ts';
import { compare } from './tolerance.ts';
import { isHighAwardRate, isSingleBidder } from './flags.ts';
import { MINISTRY_ID } from '../contract/nodeIds.ts';

/** Row-level checks: 法人番号 check digits and the competition flags. */
export function checkRecipients(sheet: Sheet, out: Diagnostic[]): void {
  for (const b of sheet.blocks) {
    for (const r of b.recipients) {
      const at = { blockId: b.id, rank: r.rank };
      if (r.corporateNumber !== null) {
        if (!/^\d{13}$/.test(r.corporateNumber)) out.push(diag('warning', 'CORPORATE_NUMBER_MALFORMED', r.line, { number: r.corporateNumber }, at));
        else {
          const s = corporateNumberStatus(r.corporateNumber);
          if (!s.valid) out.push(diag('warning', 'CORPORATE_NUMBER_INVALID', r.line, { number: r.corporateNumber, expected: s.expected ?? '' }, at));
        }
      }
      // An amount the source does not give (recipient.amountKnown false) is said to be unknown, not 0.
      if (isSingleBidder(r)) out.push(diag('info', 'SINGLE_BIDDER', r.line, { name: r.name, amount: r.amount, unit: sheet.unit, ...(r.amountKnown === false ? { unknown: 1 } : {}) }, at));
      if (isHighAwardRate(r)) out.push(diag('info', 'HIGH_AWARD_RATE', r.line, { name: r.name, rate: r.awardRate }, at));
    }
    if (b.possiblyTruncated) out.push(diag('info', 'LIST_POSSIBLY_TRUNCATED', b.line, { block: b.id }, { blockId: b.id }));
  }
}

/** Each 費目・使途 table: its items vs its 計, and its 計 vs what its recipient was paid. */
export function checkExpenses(sheet: Sheet, out: Diagnostic[]): void {
  for (const b of sheet.blocks) {
    const e = b.expenses;
    if (!e) continue;
    const items = e.items.map((i) => i.amount);
    const itemSum = sum(items);
    if (e.total !== null && e.items.length > 0) {
      const c = compare(itemSum, e.total, [...items, e.total]);
      if (c.diff !== 0)
        out.push(diag(c.withinRounding ? 'info' : 'warning', 'EXPENSE_SUM_MISMATCH', e.line, { block: b.id, sum: itemSum, total: e.total, diff: c.abs, rounding: c.withinRounding ? 1 : '' }, { blockId: b.id }));
    }
    const matchedRanks = new Set(e.matchedRanks);
    const rows = b.recipients.filter((r) => matchedRanks.has(r.rank));
    if (rows.length === 0) continue;
    const paid = sum(rows.map((r) => r.amount));
    const stated = e.total ?? itemSum;
    const c = compare(stated, paid, [...rows.map((r) => r.amount), stated]);
    if (c.diff !== 0)
      out.push(diag(c.withinRounding ? 'info' : 'warning', 'EXPENSE_RECIPIENT_MISMATCH', e.line, { block: b.id, total: stated, name: rows[0]?.name ?? e.recipient, amount: paid, diff: c.abs, rounding: c.withinRounding ? 1 : '' }, { blockId: b.id, rank: rows[0]?.rank ?? null }));
  }
}

/** The same 法人番号 in several blocks (info). */
export function checkSameRecipient(sheet: Sheet, out: Diagnostic[]): void {
  if (!sharesKeyAcrossBlocks(sheet)) return;
  // byRecipient already merges rows across blocks; only real 法人番号 (keys "#…") count here.
  for (const m of byRecipient(sheet)) {
    const first = m.blocks[0];
    if (!m.key.startsWith('#') || m.blocks.length < 2 || !first) continue;
    out.push(diag('info', 'SAME_RECIPIENT_BLOCKS', first.lines[0] ?? 1, { name: m.name, number: m.corporateNumber ?? '', blocks: m.blocks.map((x) => x.blockId).join(', '), total: m.total, unit: sheet.unit }, { blockId: first.blockId, rank: first.ranks[0] ?? null }));
  }
}

/** True when some 法人番号 key (as byRecipient merges rows) occurs in two blocks; most sheets have none. */
function sharesKeyAcrossBlocks(sheet: Sheet): boolean {
  const blockOf = new Map<string, string>();
  for (const b of sheet.blocks) {
    for (const r of b.recipients) {
      if (r.corporateNumber === null) continue;
      const key = recipientKey(r);
      if (!key.startsWith('#')) continue;
      const seen = blockOf.get(key);
      if (seen === undefined) blockOf.set(key, b.id);
      else if (seen !== b.id) return true;
    }
  }
  return false;
}

/** The 執行額 of the year the fund flow reports vs the blocks the ministry pays directly. */
export function checkExecuted(sheet: Sheet, parents: Record<string, Parent>, out: Diagnostic[]): void {
  const years = sheet.budget.filter((y) => !y.request && y.executed !== null);
  const year =
    (sheet.actualsYear !== null ? years.find((y) => y.year === sheet.actualsYear) : undefined) ??
    years.filter((y) => sheet.sheetYear === null || y.year <= sheet.sheetYear).at(-1);
  if (!year || year.executed === null) return;
  const top = sheet.blocks.filter((b) => b.total > 0 && (parents[b.id]?.parent ?? MINISTRY_ID) === MINISTRY_ID);
  if (top.length === 0) return;
  const firstTier = sum(top.map((b) => b.total));
  const c = compare(year.executed, firstTier, [year.executed, ...top.map((b) => b.total)]);
  if (c.diff === 0) return;
  out.push(diag(c.withinRounding ? 'info' : 'warning', 'EXECUTED_MISMATCH', year.executedLine ?? top[0]?.line ?? 1, {
    year: year.year, executed: year.executed, blocks: top.map((b) => b.id).join(', '), firstTier, diff: c.abs, rounding: c.withinRounding ? 1 : '',
  }, { blockId: top[0]?.id ?? null }));
}
