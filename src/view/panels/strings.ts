/**
 * UI strings of the side panels (ja/en), and the few the table panels share with them.
 * Texts that take values are functions, so each language can order its words. The table
 * panels' own strings are in tableStrings.ts (loaded only when a table is shown).
 */
import type { Severity } from '../../contract/schema.ts';
import type { Lang } from '../format.ts';
import { ui } from '../../i18n/ui.ts';
import { englishOf } from '../../i18n/english.svelte.ts';

const ja = {
  // FindingsPanel
  findings: '指摘事項',
  severity: { error: 'エラー', warning: '警告', info: '注記' } satisfies Record<Severity, string>,
  noFindings: '指摘事項はありません。',
  atLine: (line: number) => `${line}行目`,
  showMore: (n: number) => `さらに表示(残り${n}件)`,
  // BudgetChart
  budgetTitle: '予算額・執行額',
  budgetTotal: '予算(計)',
  executed: '執行額',
  executionRate: '執行率',
  fiscalYear: '年度',
  request: '要求',
  noValue: '値なし',
  // Legend
  legendTitle: '契約方式',
  // One vocabulary for contract families across tooltip, legend and captions: the diagram's (src/i18n/ui.ts).
  family: ui('ja').family,
  share: '割合',
  marksTitle: '印の意味',
  markSingleBidder: '入札者数(応募者数)が1者',
  markHighRate: '予定価格に対する落札額の割合が95%以上',
  // SheetLoader
  loaderTitle: '別のシートを読み込む',
  chooseFile: 'ファイルを選ぶ',
  pasteText: 'テキストを貼り付け',
  pasteLabel: 'レビューシートのテキスト(タブ区切り)',
  load: '読み込む',
  dropHere: 'ここにドロップしてシートを読み込む',
  dropHint: 'ファイルをウィンドウにドロップしても読み込めます。',
  pastedSource: '貼り付けたテキスト',
  tooLarge: (name: string, mb: string, max: string) =>
    `「${name}」は${mb} MBあり、上限の${max} MBを超えるため読み込みませんでした。`,
  emptyPaste: '貼り付けたテキストが空です。',
  readFailed: (name: string) => `「${name}」を読み込めませんでした。`,
  notAFile: 'ドロップされたものはファイルではありません。',
  errorAtLine: (line: number) => `${line}行目: `,
  dismiss: '閉じる',
  // StructureEditor (its body's own strings: structureStrings.ts)
  structureTitle: 'ブロックの資金元',
  inferred: '推定',
  ministry: '府省',
  // Shared with the table panels (tableStrings.ts)
  amount: '支出額',
  contractType: '契約方式等',
  blockColumn: 'ブロック',
  flagSingleBidder: '一者応札',
  flagHighRate: '落札率95%以上',
  // [screen] The findings' count line and the structure editor's one-line summary.
  findingsCount: (parts: string[]) => parts.join(' · '),
  countOf: (label: string, n: number) => `${label} ${n}`,
  structureSummary: (inferred: number, blocks: number) => (inferred > 0 ? `${inferred} 推定 — 確認` : `${blocks}ブロック`),
  // SheetLoader, RSシステム files (issue #11, rs-app)
  rsHint: 'RSシステムのCSV・ZIP(複数まとめて可)や、このアプリのJSONも読み込めます。',
};

export type PanelStrings = typeof ja;


/** The panel strings of a language. */
export function strings(lang: Lang): PanelStrings {
  return (lang === 'en' && englishOf<PanelStrings>('panels')) || ja;
}
