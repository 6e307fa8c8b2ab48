/** Strings of the share, export, presentation and print parts of the app shell (ja/en). */
import type { Lang } from '../../i18n/ui.ts';
import { englishOf } from '../../i18n/english.svelte.ts';

const ja = {
  share: '共有・埋め込み',
  shareTitle: 'この表示を共有・埋め込み',
  shareLink: 'この表示へのリンク',
  embedCode: '埋め込みコード (<iframe>)',
  embedHint: '同じサイトのページに貼り付けます。図・凡例・全体表示へのリンクだけを表示します。',
  copy: 'コピー',
  copied: 'コピーしました',
  close: '閉じる',
  iframeTitle: (name: string) => `${name}の資金の流れ`,
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
  storyAll: '資金の流れ全体',
  stepOf: (i: number, n: number) => `${i} / ${n}`,
  presentKeys: '← → で移動、Esc で終了',
  leavePresent: 'プレゼンを終了 (Esc)',
  prev: '前へ',
  next: '次へ',
  share_: '全体に占める割合',
  families: '契約方式',
  flags: (single: number, high: number) => `一者応札 ${single}件・落札率95%以上 ${high}件`,
  noFlags: '一者応札・高落札率なし',
  recipients: (n: number) => `支出先 ${n}者`,
  blocks: (n: number) => `${n}ブロック`,
  source: '出典',
  sourceLine: (no: string, year: string) => `行政事業レビューシート 事業番号 ${no}(${year})`,
  findingsSummary: '点検結果の要約',
  findingsCounts: (w: number, i: number) => `警告 ${w}件・注記 ${i}件`,
  moreFindings: (n: number) => `ほか ${n}件`,
  // Issue #13 (diagram): the presentation's step for the blocks under 1 % of the total; the menu of the compact toolbar.
  storyOthers: (n: number, ids: string) => `その他 ${n} ブロック (${ids})`,
  storyOthersNote: '各ブロックは全体の1%未満',
  menu: 'メニュー',
};

export type ShellStrings = typeof ja;

/** Shell strings for a language. */
export function shellStrings(lang: Lang): ShellStrings {
  return (lang === 'en' && englishOf<ShellStrings>('shell')) || ja;
}
