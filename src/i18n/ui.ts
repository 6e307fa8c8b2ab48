/**
 * UI strings of the app shell and the diagram (ja default, en). Strings that take
 * values are functions so each language can order its words. Panel strings live
 * with the panels (src/view/panels/strings.ts).
 */
import type { ContractFamily, NodeKind } from '../contract/schema.ts';
import { englishOf } from './english.svelte.ts';
import { nodeNamesJa } from './nodeNames.ts';

/** UI language. */
export type Lang = 'ja' | 'en';

const ja = {
  appTitle: '資金の流れ',
  projectNumber: '事業番号',
  ministry: '府省庁',
  sheetYear: 'シート年度',
  actualsYear: '実績年度',
  unit: '単位',
  yearValue: (y: number) => `${y}年度`,
  unknown: '不明',
  viewMode: '表示',
  modeFlow: '資金の流れ',
  modeByRecipient: '支出先別',
  modeTable: '表',
  lens: '競争性レンズ',
  language: 'English',
  languageLabel: '表示言語を英語に切り替える',
  diagram: (name: string) => `${name}の資金の流れ`,
  drillDiagram: (block: string) => `ブロック${block}の支出先と費目・使途`,
  breadcrumb: 'ドリルダウンの位置',
  home: '全体',
  up: '上の階層へ戻る (Esc)',
  blockOnly: (id: string) => `ブロック${id}`,
  kept: (label: string, block: string) => `${label}(${block}が支出)`,
  shareOfTotal: '全体に占める割合',
  shareOfParent: (parent: string) => `${parent}に占める割合`,
  contractTypes: '契約方式',
  flagged: (n: number) => `一者応札または落札率95%以上: ${n}件`,
  flagRecipient: '一者応札または落札率95%以上',
  drillHint: 'クリックまたはEnterで内訳へ',
  kind: {
    ministry: '府省',
    block: 'ブロック',
    kept: '中間段階で支出',
    residual: '差額(未説明)',
    recipient: '支出先',
    category: '費目',
    purpose: '使途',
    other: 'まとめ',
  } satisfies Record<NodeKind, string>,
  family: {
    grant: '補助金等交付',
    competitive: '競争入札',
    'open-call': '随意契約(公募・企画競争)',
    discretionary: '随意契約(その他・少額)',
    unknown: '不明',
  } satisfies Record<ContractFamily, string>,
  others: (n: number) => `その他 ${n}者`,
  expandFold: (label: string) => `${label}を展開`,
  loadError: '読み込めませんでした。表示中の図はそのままです。',
  atLine: (line: number) => `${line}行目`,
  dismiss: '閉じる',
  dropped: (n: number) => `${n}件の流れは描けないため省略しました`,
  empty: '描ける資金の流れがありません。',
  byRecipientTitle: '支出先別(法人番号で名寄せ)',
  byRecipientBlocks: 'ブロック',
  keyboardHelp: '矢印キーで移動、Shift+←→で流れ(帯)へ、Enterで内訳、Escで戻る、Pでプレゼン',
  skipToDiagram: '図へ移動',
  reParent: '親ブロック',
  flowFund: '下流への支出',
  flowKinds: '流れの種類',
  // [screen] What is on screen: the app in one sentence, the sheet's source, the way back to the bundled one.
  appName: '資金の流れ explorer',
  intro: '行政事業レビューシートの資金の流れ(府省→ブロック→支出先)を図にします。ブロックを選ぶと内訳、別のシートは「別のシートを読み込む」から。',
  shownBundled: (name: string) => `表示中: 同梱のシート(${name})`,
  shownFile: '表示中のファイル',
  shownUrl: (url: string) => `表示中: ${url}`,
  keptHint: 'このブラウザの中にだけ保存され、再読み込みしても表示されます。',
  backToBundled: '同梱のシートに戻す',
  fileSize: (kb: string) => `${kb} KB`,
  residualLegend: '差額・不突合(受けた額と渡した額・支出額の差)',
  flowFundLens: '下流への支出(色は契約方式)',
  // labels (#10): the names the model makes up for nodes (codes: contract NodeName), worded by i18n/nodeNames.ts `nodeName`; rune-free there, as the model writes its labels with them.
  ...nodeNamesJa,
};

/** The shape every language must have. */
export type UiStrings = typeof ja;


/** UI strings for a language. */
export function ui(lang: Lang): UiStrings {
  return (lang === 'en' && englishOf<UiStrings>('ui')) || ja;
}
