/**
 * Strings of the toolbar, notices and print summary of the app shell (ja/en). The share dialog's
 * (src/export/shareStrings.ts) and the presentation's (presentStrings.ts) load with them.
 */
import type { Lang } from '../../i18n/ui.ts';
import { englishOf } from '../../i18n/english.svelte.ts';

const ja = {
  share: '共有・埋め込み',
  present: 'プレゼン (P)',
  print: '印刷',
  exportMenu: '書き出し',
  exportSvg: 'SVG (図)',
  exportPng: 'PNG (図, 2倍解像度)',
  exportCsv: 'CSV (支出先)',
  exportJson: 'JSON (モデル)',
  exportFlowOnly: 'SVG と PNG は「資金の流れ」表示で書き出せます',
  notice: 'お知らせ',
  dismiss: '閉じる',
  source: '出典',
  sourceLine: (no: string, year: string) => `行政事業レビューシート 事業番号 ${no}(${year})`,
  findingsSummary: '点検結果の要約',
  findingsCounts: (w: number, i: number) => `警告 ${w}件・注記 ${i}件`,
  moreFindings: (n: number) => `ほか ${n}件`,
  // Issue #13 (diagram): the menu of the compact toolbar.
  menu: 'メニュー',
};

export type ShellStrings = typeof ja;

/** Shell strings for a language. */
export function shellStrings(lang: Lang): ShellStrings {
  return (lang === 'en' && englishOf<ShellStrings>('shell')) || ja;
}
