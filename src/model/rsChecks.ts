/**
 * Checks of an RSシステム sheet's numbers (yen). Rounding is not a finding: payee amounts are
 * rounded to 100 yen (so n payees may differ from their block by up to 50·n yen) and 執行額 is
 * floored to 1,000 yen.
 */
import type { Diagnostic, Sheet } from '../contract/schema.ts';
import { diag } from '../i18n/messages.ts';
import { subtract, sum } from '../util/decimal.ts';
import { DIRECT_COST, MINISTRY_ID } from '../contract/nodeIds.ts';

const PLACEHOLDER = '9999999999999';

/** Largest difference rounding explains for a sum of `n` amounts rounded to 100 yen. */
const roundingOf = (n: number): number => 50 * Math.max(1, n);

/** Payee totals vs block total; declared vs listed payees; payees without 法人番号. */
export function checkRsBlocks(sheet: Sheet, out: Diagnostic[]): void {
  for (const b of sheet.blocks) {
    const at = { blockId: b.id };
    const known = b.recipients.filter((r) => r.amountKnown !== false);
    if (b.statedTotal != null && known.length > 0 && known.length === b.recipients.length) {
      const payees = sum(known.map((r) => r.amount));
      const diff = subtract(payees, b.statedTotal);
      if (Math.abs(diff) > roundingOf(known.length)) {
        out.push(diag('warning', 'RS_PAYEE_SUM_MISMATCH', b.line, { block: b.id, sum: payees, total: b.statedTotal, diff: Math.abs(diff) }, at));
      }
    }
    const listed = b.recipients.length;
    if (b.declaredCount != null && listed > 0) {
      const other = b.recipients.some((r) => r.isOther);
      if (b.declaredCount > listed) out.push(diag('info', 'RS_PAYEES_NOT_ALL_LISTED', b.line, { block: b.id, declared: b.declaredCount, listed, other: other ? 1 : '' }, at));
      else if (b.declaredCount < listed - (other ? 1 : 0)) out.push(diag('warning', 'RS_DECLARED_FEWER', b.line, { block: b.id, declared: b.declaredCount, listed }, at));
    }
    const without = b.recipients.filter((r) => r.corporateNumber === null && !r.isOther);
    if (without.length > 0) {
      const names = without.slice(0, 5).map((r) => r.name).join('、') + (without.length > 5 ? ' …' : '');
      out.push(diag('info', 'RS_NO_CORPORATE_NUMBER', without[0]?.line ?? b.line, { block: b.id, count: without.length, names, placeholder: PLACEHOLDER }, { blockId: b.id, rank: without[0]?.rank ?? null }));
    }
  }
}

/**
 * The blocks the ministry pays (5-2 担当組織からの支出) plus the state's own direct costs vs the
 * 執行額 of 予算年度 事業年度−1 (else the latest earlier year with one).
 */
export function checkRsExecuted(sheet: Sheet, out: Diagnostic[]): void {
  const years = sheet.budget.filter((y) => !y.request && y.executed !== null);
  const target = sheet.actualsYear;
  const year = (target !== null ? years.find((y) => y.year === target) : undefined) ?? years.filter((y) => target === null || y.year <= target).at(-1);
  if (!year || year.executed === null) return;
  const byId = new Map(sheet.blocks.map((b) => [b.id, b]));
  const top = [...new Set(sheet.flows.filter((f) => f.from === MINISTRY_ID && f.to !== DIRECT_COST && !f.inferred).map((f) => f.to))]
    .map((id) => byId.get(id))
    .filter((b): b is NonNullable<typeof b> => !!b && b.amountKnown !== false);
  const direct = sheet.flows.filter((f) => f.to === DIRECT_COST && f.amount !== null).map((f) => f.amount as number);
  if (top.length === 0 && direct.length === 0) return;
  const total = sum([...top.map((b) => b.total), ...direct]);
  const diff = subtract(total, year.executed);
  // 執行額 is floored to 1,000 yen, block totals rounded to 100 yen.
  if (Math.abs(diff) < 1000 + roundingOf(top.length + direct.length)) return;
  out.push(diag('warning', 'RS_EXECUTED_MISMATCH', year.executedLine ?? top[0]?.line ?? 1, {
    year: year.year, executed: year.executed, blocks: top.map((b) => b.id).join(', '), direct: direct.length > 0 ? 1 : '', sum: total, diff: Math.abs(diff),
  }, { blockId: top[0]?.id ?? null }));
}

/** Each 5-3 table vs what its payee was paid (differences within rounding are not findings). */
export function checkRsExpenses(sheet: Sheet, out: Diagnostic[]): void {
  for (const b of sheet.blocks) {
    for (const e of [b.expenses, ...(b.moreExpenses ?? [])]) {
      if (!e || e.items.length === 0) continue;
      const rows = b.recipients.filter((r) => e.matchedRanks.includes(r.rank) && r.amountKnown !== false);
      if (rows.length === 0) continue;
      const items = sum(e.items.map((i) => i.amount));
      const paid = sum(rows.map((r) => r.amount));
      const diff = subtract(items, paid);
      if (Math.abs(diff) <= roundingOf(e.items.length + rows.length)) continue;
      out.push(diag('warning', 'EXPENSE_RECIPIENT_MISMATCH', e.line, { block: b.id, total: items, name: rows[0]?.name ?? e.recipient, amount: paid, diff: Math.abs(diff), rounding: '', unit: '円' }, { blockId: b.id, rank: rows[0]?.rank ?? null }));
    }
  }
}
