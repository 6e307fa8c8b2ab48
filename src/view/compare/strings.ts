/**
 * year (#14, compare): the strings of a project compared across 事業年度 — the marks on the
 * diagram (compareScene.ts), the year switch and the budget of both years (CompareBar.svelte,
 * BudgetCompare.svelte). Japanese and English side by side: this module loads only with a comparison.
 */
import type { Lang } from '../format.ts';

const ja = {
  /** Added to the label of a block or payee the earlier year did not have. */
  newMark: '（新規）',
  renamedMark: '（名称変更）',
  /** A ghost's title: what only the earlier year had. */
  goneTitle: (name: string, after: number | null) => `${name}（${after ?? ''}年度なし）`,
  moreTitle: (count: number, after: number | null) => `ほか${count}件（${after ?? ''}年度なし）`,
  /** The earlier year's amount, said as that year's. */
  beforeAmount: (year: number | null, amount: string) => `${year ?? ''}年度 ${amount}`,
  beforeUnknown: (year: number | null) => `${year ?? ''}年度 金額不明`,
  partlyUnknown: (n: number) => `うち${n}件は金額不明`,
  /** Tooltip / accessible name: the change, both years' amounts. */
  change: (before: number | null, a: string, after: number | null, b: string, pct: string) => `${before ?? ''}年度 ${a} → ${after ?? ''}年度 ${b}${pct ? `(${pct})` : ''}`,
  isNew: (before: number | null) => `${before ?? ''}年度にはなし(新規)`,
  same: (before: number | null) => `${before ?? ''}年度と同額`,
  unknown: (before: number | null) => `${before ?? ''}年度と比べられません(金額の記載なし)`,
  wasNamed: (name: string) => `旧名称: ${name}`,
  gone: (after: number | null) => `${after ?? ''}年度にはありません(金額はこの年度の合計に含みません)`,
  /** Where the earlier year's amount is written. */
  beforeRow: (before: number | null, line: number) => `${before ?? ''}年度の5-1 ${line}行目`,
  // CompareBar
  bar: '事業年度の切り替えと比較',
  yearShown: '表示する事業年度',
  compareGroup: '年度比較',
  compareOff: '比較しない',
  compareWith: (y: number) => `${y}年度と比較`,
  comparing: (before: number | null, after: number | null) => `${before ?? ''}年度 → ${after ?? ''}年度の比較を図に表示中`,
  summary: (c: Record<'new' | 'gone' | 'up' | 'down' | 'renamed', number>) =>
    `ブロック: 新規${c.new}・消滅${c.gone}・増${c.up}・減${c.down}${c.renamed ? `・名称変更${c.renamed}` : ''}`,
  legendNew: '（新規）= 前年度になし',
  legendGone: '点線 = 前年度のみ(金額は前年度)',
  loading: '比較を読み込み中…',
  // BudgetCompare
  budgetTitle: '予算額・執行額(両年度のシート)',
  budgetYear: '予算年度',
  sheetOf: (y: number | null) => `${y ?? ''}年度シート`,
  budget: '予算',
  executed: '執行',
};
export type CompareStrings = typeof ja;

const en: CompareStrings = {
  newMark: ' (new)',
  renamedMark: ' (renamed)',
  goneTitle: (name, after) => `${name} (none in ${after ?? ''})`,
  moreTitle: (count, after) => `${count} more (none in ${after ?? ''})`,
  beforeAmount: (year, amount) => `FY${year ?? ''}: ${amount}`,
  beforeUnknown: (year) => `FY${year ?? ''}: amount unknown`,
  partlyUnknown: (n) => `${n} of them without an amount`,
  change: (before, a, after, b, pct) => `FY${before ?? ''} ${a} → FY${after ?? ''} ${b}${pct ? ` (${pct})` : ''}`,
  isNew: (before) => `not in FY${before ?? ''} (new)`,
  same: (before) => `same as FY${before ?? ''}`,
  unknown: (before) => `cannot be compared with FY${before ?? ''} (no amount given)`,
  wasNamed: (name) => `formerly: ${name}`,
  gone: (after) => `not in FY${after ?? ''} (its amount is not part of this year's totals)`,
  beforeRow: (before, line) => `FY${before ?? ''} 5-1, line ${line}`,
  bar: 'Year of the project and comparison',
  yearShown: 'Year shown',
  compareGroup: 'Compare years',
  compareOff: 'No comparison',
  compareWith: (y) => `Compare with ${y}`,
  comparing: (before, after) => `Diagram compares FY${before ?? ''} → FY${after ?? ''}`,
  summary: (c) => `Blocks: ${c.new} new, ${c.gone} gone, ${c.up} up, ${c.down} down${c.renamed ? `, ${c.renamed} renamed` : ''}`,
  legendNew: '(new) = not in the earlier year',
  legendGone: 'dotted = earlier year only (its amount)',
  loading: 'Loading the comparison…',
  budgetTitle: 'Budget and execution (both years\u2019 sheets)',
  budgetYear: 'Budget year',
  sheetOf: (y) => `FY${y ?? ''} sheet`,
  budget: 'Budget',
  executed: 'Executed',
};

/** The comparison's strings in `lang`. */
export const compareStrings = (lang: Lang): CompareStrings => (lang === 'en' ? en : ja);

/** A change in percent with its sign and one decimal: 10 → "+10.0%", -8.624 → "-8.6%"; "" for none or 0. */
export function signedPercent(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '';
  const r = Math.round(p * 10) / 10;
  if (r === 0) return p === 0 ? '' : p > 0 ? '+0.0%' : '-0.0%';
  return `${r > 0 ? '+' : '-'}${Math.abs(r).toFixed(1)}%`;
}
