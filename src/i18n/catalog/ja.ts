/**
 * The one Japanese catalog: every string the app shows and every diagnostic message, by section.
 * English twin: ./en.ts (same shape, checked by its types). A section is what one part of the app
 * reads; the build makes each section its own module (scripts/catalog-split-plugin.ts), so a part
 * loaded on demand brings only its own strings and the start-up JavaScript only the first view's.
 * Rules: a value is written once (shared values are the consts below); sections do not refer to
 * each other; texts that take values are functions, so each language orders its own words.
 */
import type { ContractFamily, LinkKind, NodeKind, Severity } from '../../contract/schema.ts';
import type { ChangeKind } from '../../contract/year.ts';
import { MARKS } from '../marks.ts';
import { amt, fmt, yen, type Params } from '../amounts.ts';

// Values several sections say, written once.
const noMinistry = '(府省庁なし)';
const guessed = '推定';
const amountUnknown = '金額不明';
const flowTitle = '資金の流れ';
const unknown = '不明';
const shareOfTotal = '全体に占める割合';
const contractTypes = '契約方式';
const ministry = '府省庁';
const ministryShort = '府省';
const block = 'ブロック';
const payee = '支出先';
const category = '費目';
const purpose = '使途';
const dismiss = '閉じる';
const contractType = '契約方式等';
const bidders = '入札者数';
const awardRate = '落札率';
const amount = '支出額';
const flagSingleBidder = '一者応札';
const flagHighRate = '落札率95%以上';
const expenses = '費目・使途';
/** One vocabulary for contract families across diagram, tooltip, legend and captions. */
const family = {
  grant: '補助金等交付',
  competitive: '競争入札',
  'open-call': '随意契約(公募・企画競争)',
  discretionary: '随意契約(その他・少額)',
  unknown,
} satisfies Record<ContractFamily, string>;
const atLine = (line: number) => `${line}行目`;
const yearValue = (y: number) => `${y}年度`;
/** Between the parts of one accessible name or list. */
const listSep = '、';
const budgetYear = '予算年度';
const budgetTotal = '予算総計';
const discretionary = '随意契約';

/** The app shell and the diagram: header, toolbar, breadcrumb, legends, node kinds, contract families. */
export const ui = {
  appTitle: flowTitle,
  projectNumber: '事業番号',
  ministry,
  sheetYear: 'シート年度',
  actualsYear: '実績年度',
  unit: '単位',
  yearValue,
  unknown,
  viewMode: '表示',
  modeFlow: flowTitle,
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
  shareOfTotal,
  shareOfParent: (parent: string) => `${parent}に占める割合`,
  contractTypes,
  flagged: (n: number) => `一者応札または落札率95%以上: ${n}件`,
  drillHint: 'クリックまたはEnterで内訳へ',
  kind: {
    ministry: ministryShort,
    block,
    kept: '中間段階で支出',
    residual: '差額(未説明)',
    recipient: payee,
    category,
    purpose,
    other: 'まとめ',
  } satisfies Record<NodeKind, string>,
  family,
  others: (n: number) => `その他 ${n}者`,
  expandFold: (label: string) => `${label}を展開`,
  loadError: '読み込めませんでした。表示中の図はそのままです。',
  atLine,
  dismiss,
  empty: '描ける資金の流れがありません。',
  byRecipientTitle: '支出先別(法人番号で名寄せ)',
  byRecipientBlocks: block,
  keyboardHelp: '矢印キーで移動、Shift+←→で流れ(帯)へ、Enterで内訳、Escで戻る、Pでプレゼン',
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
  // The trail over a loaded year and its projects (年度 2024 › 架空省 › 事業名 › B).
  yearPlace: '年度の位置',
  yearCrumb: (year: number) => `年度 ${year}`,
  noMinistry,
  projectCrumbTitle: (projectNumber: string) => `事業番号 ${projectNumber}(事業の資金の流れの全体)`,
};

/** The diagram's marks, band names, folds, phone columns, #12 marks and RS band words (FlowView, flowScene, nodeInfo). */
export const flow = {
  /** Text alternative of the ⚑ mark. */
  singleBidder: (n: number) => `${MARKS.singleBidder} 一者応札 ${n}件`,
  singleBidderName: (n: number) => `一者応札 ${n}件`,
  /** Text alternative of the ◆ mark. */
  highRate: (n: number) => `${MARKS.highAwardRate} 落札率95%以上 ${n}件`,
  highRateName: (n: number) => `落札率95%以上 ${n}件`,
  /** Accessible name of a link band. */
  linkName: (from: string, to: string, amount: string) => `${from} → ${to} ${amount}`,
  linkShareOfSource: (source: string) => `${source}の支出に占める割合`,
  linksGroup: '資金の流れ(帯)',
  foldHolds: (n: number) => `${n}者をまとめています`,
  foldMore: (n: number) => `ほか${n}者`,
  foldHint: 'クリックまたはEnterで展開',
  // Issue #13 (diagram): two columns at a time on a phone; drilling is explicit after a tap.
  columnsNav: '段の切り替え',
  prevColumns: '前の段',
  nextColumns: '次の段',
  columnsOf: (a: number, b: number, n: number) => `${n}段のうち ${a}–${b}段目`,
  drillInto: (name: string) => `${name} の内訳を見る`,
  listSep,
  // Issue #12 marks (guessed.ts): a total that leaves out rows that could not be read, a guessed band, a ministry over its 執行額.
  partialSuffix: '(一部)',
  partialNote: '読めない行があるため一部の合計',
  guessedMark: guessed,
  overExecuted: (executed: string) => `執行額 ${executed} を超える — 推定の構造`,
  overShort: '⚠執行額超',
  // RSシステム bands and nodes (rsScene.ts): what the state spends itself, a split the files do not give, an amount they do not give.
  rsDirect: (item: string) => `${item}(国が直接支出)`,
  rsSplit: '配分は記載なし',
  rsUnknown: amountUnknown,
};

/** The toolbar's menus, notices and the print summary. */
export const shell = {
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
  dismiss,
  source: '出典',
  sourceLine: (no: string, year: string) => `行政事業レビューシート 事業番号 ${no}(${year})`,
  findingsSummary: '点検結果の要約',
  findingsCounts: (w: number, i: number) => `警告 ${w}件・注記 ${i}件`,
  moreFindings: (n: number) => `ほか ${n}件`,
  // Issue #13 (diagram): the menu of the compact toolbar.
  menu: 'メニュー',
};

/** The side panels: findings, budget chart, legend, sheet loader, structure editor's line. */
export const panels = {
  listSep,
  yearValue,
  // FindingsPanel
  findings: '指摘事項',
  severity: { error: 'エラー', warning: '警告', info: '注記' } satisfies Record<Severity, string>,
  noFindings: '指摘事項はありません。',
  atLine,
  showMore: (n: number) => `さらに表示(残り${n}件)`,
  // BudgetChart
  budgetTitle: '予算額・執行額',
  budgetTotal: '予算(計)',
  executed: '執行額',
  executionRate: '執行率',
  fiscalYear: '年度',
  request: '要求',
  // Legend
  legendTitle: contractTypes,
  family,
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
  dismiss,
  // StructureEditor (its body's own texts: the structure section)
  structureTitle: 'ブロックの資金元',
  inferred: guessed,
  ministry: ministryShort,
  // Also in the table section (the same words)
  amount,
  contractType,
  blockColumn: block,
  flagSingleBidder,
  flagHighRate,
  // [screen] The findings' count line and the structure editor's one-line summary.
  findingsCount: (parts: string[]) => parts.join(' · '),
  countOf: (label: string, n: number) => `${label} ${n}`,
  structureSummary: (inferred: number, blocks: number) => (inferred > 0 ? `${inferred} 推定 — 確認` : `${blocks}ブロック`),
  // SheetLoader, RSシステム files (issue #11, rs-app)
  rsHint: 'RSシステムのCSV・ZIP(複数まとめて可)や、このアプリのJSONも読み込めます。',
};

/** The table panels: block detail, recipients and 費目・使途 tables, recipient panel, table view (loaded when shown). */
export const table = {
  // Shared with the side panels (the same words).
  amount,
  contractType,
  blockColumn: block,
  flagSingleBidder,
  flagHighRate,
  atLine,
  // DetailPanel / RecipientsTable
  block: (id: string) => `ブロック${id}`,
  blockTotal: '支出先の合計',
  shareOfMinistry: '府省の支出に占める割合',
  shareOfParent: (parent: string) => `${parent}からの支出に占める割合`,
  truncatedNote: 'このブロックは支出先を上位10者まで記載している可能性があり、実際の合計はこれより大きいことがあります。',
  recipientsCaption: (id: string) => `ブロック${id}の支出先`,
  rank: '順位',
  name: payee,
  corporateNumber: '法人番号',
  description: '業務概要',
  bidders,
  awardRate,
  reason: '一者応札・随意契約の理由',
  line: '行',
  cnValid: '有効',
  cnInvalid: '不正',
  cnNone: 'なし',
  cnValidTitle: 'チェックディジットが正しい法人番号',
  cnInvalidTitle: 'チェックディジットが正しくない法人番号',
  cnNoneTitle: '法人番号の記載なし',
  selectedRow: '選択中',
  expensesCaption: (name: string) => `費目・使途: ${name}`,
  matchedRanks: (ranks: string) => `支出先リストの順位 ${ranks} に対応`,
  unmatched: '支出先リストに対応する行が見つかりません',
  category,
  purpose,
  total: '計',
  noExpenses: 'このブロックには費目・使途の表がありません。',
  noRecipients: '支出先の行がありません。',
  recipientBlocks: (n: number) => `${n}件の支出(ブロックをまたいで集計)`,
  recipientTotal: '支出額の合計',
  // TableView
  flowsCaption: '資金の流れ(表)',
  from: '支出元',
  to: payee,
  kind: '種類',
  linkKind: {
    fund: '資金',
    kept: '自ら使用',
    residual: '差額(内訳不明)',
    payment: '支払',
    expense: expenses,
  } satisfies Record<LinkKind, string>,
  noFlows: '資金の流れがありません。',
};

/** RSシステム parts of the detail panel: block name and role, payee counts, contracts. */
export const rs = {
  blockName: 'ブロック名',
  role: '事業を行う上での役割',
  payeeCount: '支出先の数',
  declared: (declared: number, listed: number) => (declared === listed ? `${declared}` : `${declared}(記載は${listed}件)`),
  notAllListed: (declared: number, listed: number) => `支出先の数は${declared}ですが、記載されているのは${listed}件です。記載のない支出先は表示できません。`,
  amountUnknown: '金額不明(ファイルに金額の記載がありません)',
  other: 'その他',
  otherTitle: '多数の少額の支出先をまとめた行',
  individual: '個人',
  individualTitle: '個人の支出先(法人番号はありません)',
  payeeAmountUnknown: '金額の記載なし',
  contractsCaption: (id: string) => `ブロック${id}の契約`,
  payee,
  contract: '契約概要',
  amount: '金額',
  contractType,
  bidders,
  awardRate,
  reason: '理由',
  multiYear: '国庫債務負担行為等',
};

/** The RSシステム project list. */
export const project = {
  title: '事業一覧(RSシステム)',
  count: (shown: number, total: number) => (shown === total ? `${total}件` : `${total}件中 ${shown}件`),
  searchLabel: '事業名・府省庁・予算事業ID・支出先・法人番号で検索',
  searchPlaceholder: '例: 見本、総務省、900002',
  none: '当てはまる事業はありません。',
  more: (n: number) => `さらに表示(残り${n}件)`,
  id: '予算事業ID',
  year: (y: number) => `${y}年度`,
  unknownTotal: amountUnknown,
  tables: (t: string) => `読み込んだ表: ${t}`,
  current: '表示中',
};

/** The structure editor's body (StructureTable, loaded when opened). */
export const structure = {
  structureHint: 'シートのテキストには矢印がないため、資金元は推定です。必要なら変更してください。',
  parentOf: (label: string) => `${label}の資金元`,
  resetParents: '推定に戻す',
  parentColumn: '資金元',
};

/** A project compared across 事業年度: marks on the diagram, year switch, both years' budget (loaded with a comparison). */
export const compare = {
  listSep,
  yearValue,
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
  budgetYear,
  sheetOf: (y: number | null) => `${y ?? ''}年度シート`,
  budget: '予算',
  executed: '執行',
};

/** The by-recipient view (loaded when picked). */
export const byRecipient = {
  listSep,
  intermediaryMark: '中間機関',
  intermediaryNote: '下流へ渡した額を含む',
  intermediaryPassed: (amount: string) => `うち下流へ ${amount}`,
  intermediariesTitle: '中間機関(受け取った額の大半を下流の支出先へ渡す)',
  finalTitle: '最終的な支出先',
};

/** The presentation: its controls and each step's caption (loaded when it starts). */
export const present = {
  roleDescription: 'プレゼンテーション',
  storyAll: '資金の流れ全体',
  stepOf: (i: number, n: number) => `${i} / ${n}`,
  presentKeys: '← → で移動、Esc で終了',
  leavePresent: 'プレゼンを終了 (Esc)',
  prev: '前へ',
  next: '次へ',
  share_: shareOfTotal,
  families: contractTypes,
  flags: (single: number, high: number) => `一者応札 ${single}件・落札率95%以上 ${high}件`,
  noFlags: '一者応札・高落札率なし',
  recipients: (n: number) => `支出先 ${n}者`,
  blocks: (n: number) => `${n}ブロック`,
  // Issue #13 (diagram): the step for the blocks under 1 % of the total.
  storyOthers: (n: number, ids: string) => `その他 ${n} ブロック (${ids})`,
  storyOthersNote: '各ブロックは全体の1%未満',
};

/** The share dialog (loaded on click). */
export const share = {
  sharedIsBundled: (file: string, bundled: string) =>
    `読み込んだファイル「${file}」はこのブラウザの中にだけあり、送信されません。そのため下のリンクと埋め込みコードが表示するのは、このシートではなく同梱のシート「${bundled}」です。このシートを渡すには、下の「HTMLファイルとして保存」を使ってください。`,
  saveSingleTitle: 'このシートを入れた1つのHTMLファイル',
  saveSingle: 'HTMLファイルとして保存',
  saveSingleHint: 'この1ファイルだけで開けます(ネット接続不要)。会議資料としてメールで送れます。',
  saveSingleFailed: 'この環境ではHTMLファイルを作れません(1ファイル版のひな形が見つかりません)。',
  saveSingleDone: (name: string) => `「${name}」を保存しました。`,
  // The dialog's link and embed code (out of the start-up shell section).
  shareTitle: 'この表示を共有・埋め込み',
  shareLink: 'この表示へのリンク',
  embedCode: '埋め込みコード (<iframe>)',
  embedHint: '同じサイトのページに貼り付けます。図・凡例・全体表示へのリンクだけを表示します。',
  copy: 'コピー',
  copied: 'コピーしました',
  close: dismiss,
  iframeTitle: (name: string) => `${name}の資金の流れ`,
};

/** What only the tooltip says (loaded on first hover). */
export const tooltip = {
  /** The 契約方式等 texts of the rows, as the sheet writes them (the families above use the legend's words). */
  typesAsWritten: '契約方式等(シートの記載)',
  residualExplain:
    'このブロックが受けた額と、下流のブロックへ渡した額・自ら支出した額(費目・使途)の合計との差です。シートに内訳がなく、点検結果にも載っています。「内訳不明の差額」は受けた額が多い分、「不突合」は下流の受取が多い分です。',
  // Issue #12 (guessed links): a band between blocks that no structure reconciles with the 執行額.
  guessedLink: 'このつながりは推定です(シートに矢印がなく、執行額とも一致しません)',
  // rsfix: RSシステム intermediaries.
  payeesExplain:
    'このブロックの支出先(5-1の支出先の行)が受け取り、下流のブロックへは渡さなかった額です: ブロックの合計支出額から、下流のブロックの受取(と費目・使途で自ら支出した額)を引いたもの。どの支出先の分かは記載されていません。',
  untracedExplain:
    'ブロックの合計支出額のうち、支出先の行の金額で示されず、下流のブロックにも渡っていない額です(支出先の金額が記載されていない、または記載の支出先が一部)。点検結果にも載っています。',
};

/** The embed views. */
export const embed = {
  openFullView: '全体表示で開く ↗',
  loading: '読み込み中…',
};

/** What each RSシステム table holds, i.e. what is not shown without it (RS_TABLE_MISSING, notices). */
const RS_TABLES: Record<string, string> = {
  '5-1': '支出先・金額・契約',
  '5-2': 'ブロックのつながり',
  '5-3': expenses,
  '5-4': '国庫債務負担行為等による契約',
  '2-1': '予算・執行',
  '1-2': '事業概要',
};
/** Notices when a link, a fetch or the reading machinery fails (src/i18n/notices.ts gives both languages at once). */
export const notices = {
  malformed: () => 'リンクの表示指定を読み取れなかったため、初期表示にしました。',
  stale: () => 'リンクが指す表示はこのシートにないため、初期表示にしました。',
  refusedOrigin: (url: string) => `別のオリジンのシートは読み込めません: ${url}`,
  fetchFailed: (url: string, status: string) => `シートを読み込めませんでした (${status}): ${url}`,
  fileUrl: () => 'ディスクから開いたページでは sheet= のリンクは使えません。',
  projectFileFailed: (url: string, detail: string) => `事業のファイル ${url} を読み込めません: ${detail}`,
  noWorker: () => 'このブラウザではRSシステムのファイルを読めません(Web Worker が使えません)。',
  // RSシステム files and years (read/rsSession.ts, state/rsLoad.ts).
  tablesMissing: (tables: readonly string[]) => tables.map((t) => `${t} がありません: ${RS_TABLES[t] ?? ''}は表示されません`).join('。') + '。',
  projectNotLoaded: (id: string) => `リンクの事業 ${id} はRSシステムのCSVファイルから開きます。ファイルを読み込むと表示します。`,
  mixed: (names: readonly string[]) => `RSシステムのファイルと一緒に渡されたため読み込んでいません: ${names.join(listSep)}`,
  yearNotLoaded: (year: number) => `リンクの${year}年度の全体像はRSシステムのCSVファイル(または公開された index.json)から開きます。ファイルを読み込むと表示します。`,
  ministryNotFound: (ministry: string, year: number) => `リンクの府省庁「${ministry}」は${year}年度のファイルにありません。年度の全体像を表示しています。`,
  badIndex: (url: string, detail: string) => `${url} は事業一覧(npm run parse -- … --split の index.json)として読めません: ${detail}`,
  andMore: (n: number) => ` (ほか${n}件)`,
};

/** What a failed load says (the app's error banner; in the start-up JS, so apart from the notices). */
export const failure = {
  loadFailed: (detail: string) => `読み込み中にエラーが起きました: ${detail}`,
};

/** Notes around the diagram, loaded when there is something to say: what was left out, set aside or guessed. */
export const notes = {
  zeroNotDrawn: (n: number) => `0円の支出先 ${n}件は図に描いていません(表には載っています)`,
  droppedLinks: (n: number) => `${n}件の流れは描けないため省略しました`,
  setAside: '循環するつながり(図の外に示します)',
  cycleNote: (note: string) => `(${note})`,
  guessedLinks: 'ブロック間のつながり(破線)は推定です',
  mismatch: (drawn: string, executed: string) => `府省からの合計 ${drawn} が執行額 ${executed} と一致しません`,
  noExecuted: 'シートに執行額がなく、構造を確かめられません',
  openStructure: '構造を確認',
};

/** year (#14): src/view/year/YearFlow.svelte, the year at a glance in the main area (loaded on demand). */
export const yearFlow = {
  title: (year: number, ministry: string | null) => `${year}年度 ${ministry ?? budgetTotal}の資金の流れ`,
  total: budgetTotal,
  notDrawn: (n: number) => `(金額の分からない事業 ${n}件は描いていません)`,
  noPayees: 'この一覧には事業ごとの支出先がありません。事業を開くと支出先を表示します。',
  help: '府省庁をクリックするとその府省庁に絞り込み、事業をクリックすると事業の資金の流れを開きます。「その他」をクリックすると展開します。',
  nothingToDraw: '描ける金額がありません。',
  computing: '年度の全体像を計算しています…',
};

/** year (#14): src/view/panels/YearPanel.svelte, the year panel beside it (payee search, competition, years compared; loaded on demand). */
export const yearPanel = {
  title: (year: number | null) => `${year ?? ''}年度の全体像`,
  years: '事業年度',
  indexOnly: '公開された事業一覧(index.json)には支出先と契約がないため、支出先の検索と競争性はCSVファイルを読み込むと使えます。',
  findPayee: '支出先を探す',
  searchLabel: '支出先名または法人番号',
  found: (n: number) => `${n}者`,
  noCorporateNumber: '法人番号なし',
  block: (id: string) => `ブロック${id}`,
  /** Contract families, short (the panel is narrow). */
  family: { grant: '補助金等', competitive: '競争', 'open-call': '公募・企画競争', discretionary, unknown } satisfies Record<ContractFamily, string>,
  families: (names: string[]) => names.join('・'),
  competition: '競争性(一者応札・随意契約の割合)',
  groupBy: '集計単位',
  byMinistry: '府省庁別',
  byProject: '事業別',
  ministry,
  project: '事業',
  contracted: '契約額',
  singleBid: flagSingleBidder,
  discretionary,
  compared: (before: number | null, after: number | null) => `年度比較 ${before} → ${after}`,
  blockOrPayee: 'ブロック・支出先',
  change: '変化',
  kind: { new: '新規', gone: '消滅', up: '増', down: '減', same: '同額', renamed: '名称変更', unknown } satisfies Record<ChangeKind, string>,
  previousName: (name: string) => `(旧: ${name})`,
  budgetYear,
  budgetExecuted: (sheetYear: number | null) => `予算/執行(${sheetYear}シート)`,
};

/** The names the model makes up for graph nodes (a code plus data: contract NodeName), worded by src/i18n/nodeNames.ts. */
export const nodeNames = {
  /** A block by its name (or largest recipient) and how many other recipients it has. */
  blockLabel: (id: string, name: string, others: number) => (others > 0 ? `${id} ${name} 他${others}者` : `${id} ${name}`),
  /** The ministry when the sheet names none (in a junction's list of funders too). */
  unnamedMinistry: ministry,
  unexplained: (block: string) => `${block} 内訳不明の差額`,
  overReceived: (block: string) => `${block} 不突合(下流の受取が上回る)`,
  keptItem: (block: string, category: string) => `${block} ${category}`,
  ownPayees: (block: string, count: number) => `${block} 自らの支出先 ${count}者`,
  untraced: (block: string) => `${block} 支出先別の記載がない額`,
  unstatedSource: '資金元の記載なし',
  junctionSources: (funders: string[]) => `資金元 ${funders.join('・')}（配分は記載なし）`,
  junctionMinistry: ministry,
  onwardFrom: (block: string) => `${block} の支出先から（どの支出先からかは記載なし）`,
  directDefault: '国自らが支出する間接経費',
  expenseTable: (name: string) => `${name} 費目・使途`,
  noCategory: '(費目なし)',
  yearTotal: budgetTotal,
  noMinistry,
  foldProjects: (count: number) => `その他 ${count}事業`,
  foldPayees: (count: number) => `その他 ${count}者`,
  stateOwn: '国自らの支出(間接経費等)',
};

/** The sheet's units: in Japanese each is shown as written. */
export const units: Record<string, string> = {};

// --- What diagnostics say about their values: a few words per code, chosen by a param. ---
/** An amount with its unit: readable yen, or the sheet's number and unit ("42.9百万円"). */
const withUnit = (v: string | number | undefined, unit: string | number | undefined): string =>
  unit === '円' ? yen(v, 'ja') : `${fmt(v)}${fmt(unit)}`;
/**
 * Why a block was taken to fund others (PARENT_INFERRED `reason`, model/parents.ts): `passesOn`, its
 * contract passes money on and its total covers what the chosen blocks received; `leftover`, the
 * child is not among the blocks matching the 執行額 and what `block` has left (`room`) covers it.
 */
const inferredWhy = (p: Params): string =>
  p.reason === 'leftover'
    ? `執行額と一致する府省庁直下のブロックに含まれず、${fmt(p.block)}の残額${fmt(p.room)}が${fmt(p.total)}を賄うため`
    : `資金を渡す契約(${fmt(p.contractType) || '委託等'})で、合計${fmt(p.total)}が下流の合計${fmt(p.received)}を賄うため`;
/** Why a parent the user picked was refused (PARENT_OVERRIDE_INVALID). */
const OVERRIDE_REFUSED: Record<string, string> = {
  noBlock: 'そのブロックはありません',
  noParent: '資金元のブロックがありません',
  self: '自分自身は資金元になれません',
  cycle: '循環になります',
};
/** What stopped an RSシステム file (RS_FILE_UNREADABLE). */
const READ_PROBLEM: Record<string, string> = {
  empty: '空のファイル',
  'bad-zip': 'ZIPとして壊れているか途中で切れています',
  'zip-without-csv': 'ZIPの中にCSVがありません',
  html: 'HTMLのページで、CSVやZIPではありません',
  encoding: 'UTF-8ではありません(Shift_JISなど)',
  binary: 'テキストではありません',
};

/** Diagnostic messages by stable code (src/i18n/messages.ts makes the diagnostics). */
export const diagnostics = {
  EMPTY_INPUT: (_: Params): string =>
    '入力が空です。行政事業レビューシートのテキストを読み込んでください。',
  BINARY_INPUT: (p: Params): string =>
    `テキストではないファイルのようです(${fmt(p.line)}行目に制御文字があります)。タブ区切りテキストのレビューシートを読み込んでください。`,
  NOT_A_SHEET: (_: Params): string =>
    '行政事業レビューシートではありません:「資金の流れ」「支出先上位10者リスト」「事業番号」のいずれも見つかりません。',
  NO_FUND_FLOW: (p: Params): string =>
    `「資金の流れ」の支出先が読み取れません(${fmt(p.line)}行目まで読みました)。ファイルが途中で切れていないか確認してください。`,
  MISSING_FIELD: (p: Params): string =>
    `「${fmt(p.field)}」が見つかりません。`,
  BAD_AMOUNT: (p: Params): string =>
    `${fmt(p.line)}行目: 支出額「${fmt(p.text)}」を数値として読めないため、この行は集計に含めていません。`,
  BAD_NUMBER: (p: Params): string =>
    `${fmt(p.line)}行目: 「${fmt(p.field)}」の値「${fmt(p.text)}」を数値として読めません。`,
  BAD_ROW: (p: Params): string =>
    `${fmt(p.line)}行目: ブロック${fmt(p.block)}の支出先の行として読めません(期待: 支出先名と支出額)。`,
  ROW_OUTSIDE_BLOCK: (p: Params): string =>
    `${fmt(p.line)}行目: 支出先の行ですが、どのブロック(A, B, …)の見出しの後にもありません。`,
  DUPLICATE_BLOCK: (p: Params): string =>
    `${fmt(p.line)}行目: ブロック${fmt(p.block)}の支出先リストが2回目です。行を同じブロックに追加しました。`,
  EMPTY_BLOCK: (p: Params): string =>
    `ブロック${fmt(p.block)}(${fmt(p.line)}行目)には支出先の行がありません。`,
  EXPENSE_ROW_UNASSIGNED: (p: Params): string =>
    `${fmt(p.line)}行目: 費目・使途の行をどの表に属するか判別できません。`,
  EXPENSES_WITHOUT_LIST: (p: Params): string =>
    `ブロック${fmt(p.block)}の費目・使途(${fmt(p.line)}行目)に対応する支出先リストがありません。`,
  EXPENSE_RECIPIENT_UNMATCHED: (p: Params): string =>
    `ブロック${fmt(p.block)}: 費目・使途の「${fmt(p.name)}」が支出先リストに見つかりません。`,
  EXPENSE_SUM_MISMATCH: (p: Params): string =>
    `ブロック${fmt(p.block)}の費目・使途: 内訳の合計 ${fmt(p.sum)} が計 ${fmt(p.total)} と ${fmt(p.diff)} 違います${p.rounding ? '(端数処理の範囲内)' : ''}。`,
  EXPENSE_RECIPIENT_MISMATCH: (p: Params): string =>
    `ブロック${fmt(p.block)}: 費目・使途の計 ${amt(p.total, p.unit, 'ja')} が「${fmt(p.name)}」の支出額 ${amt(p.amount, p.unit, 'ja')} と ${amt(p.diff, p.unit, 'ja')} 違います${p.rounding ? '(端数処理の範囲内)' : ''}。`,
  CHILDREN_SUM_MISMATCH: (p: Params): string =>
    `ブロック${fmt(p.block)}が下流に渡した額(${amt(p.passed, p.unit, 'ja')})と、下流ブロック${fmt(p.children)}の受取合計(${amt(p.received, p.unit, 'ja')})が ${amt(p.diff, p.unit, 'ja')} 違います${p.rounding ? '(端数処理の範囲内)' : ''}。`,
  CHILDREN_EXCEED_PARENT: (p: Params): string =>
    `下流ブロック${fmt(p.children)}の受取合計 ${amt(p.received, p.unit, 'ja')} がブロック${fmt(p.block)}の合計 ${amt(p.total, p.unit, 'ja')} を超えています。`,
  EXECUTED_MISMATCH: (p: Params): string =>
    `${fmt(p.year)}年度の執行額 ${fmt(p.executed)} と、府省から直接支出されたブロック${fmt(p.blocks)}の合計 ${fmt(p.firstTier)} が ${fmt(p.diff)} 違います${p.rounding ? '(端数処理の範囲内)' : ''}。`,
  CORPORATE_NUMBER_INVALID: (p: Params): string =>
    `${fmt(p.line)}行目: 法人番号 ${fmt(p.number)} のチェックディジットが正しくありません(期待値 ${fmt(p.expected)})。`,
  CORPORATE_NUMBER_MALFORMED: (p: Params): string =>
    `${fmt(p.line)}行目: 法人番号「${fmt(p.number)}」は13桁の数字ではありません。`,
  SAME_RECIPIENT_BLOCKS: (p: Params): string =>
    `「${fmt(p.name)}」(法人番号 ${fmt(p.number)})はブロック${fmt(p.blocks)}に現れます(合計 ${amt(p.total, p.unit, 'ja')})。`,
    // The amount after a colon, not in brackets: a yen amount carries its own "(…百万円)".
  SINGLE_BIDDER: (p: Params): string =>
    `${fmt(p.line)}行目: 「${fmt(p.name)}」は入札者数1(一者応札・一者応募)です。金額: ${p.unknown ? '不明' : withUnit(p.amount, p.unit)}。`,
  HIGH_AWARD_RATE: (p: Params): string =>
    `${fmt(p.line)}行目: 「${fmt(p.name)}」の落札率は ${fmt(p.rate)}% です(95%以上)。`,
  PARENT_INFERRED: (p: Params): string =>
    `ブロック${fmt(p.children)}の資金元をブロック${fmt(p.block)}と推定しました(${inferredWhy(p)})。シートに矢印の情報はないため、変更できます。`,
  PARENT_MINISTRY: (p: Params): string =>
    `ブロック${fmt(p.blocks)}は府省から直接支出されたものとしました。`,
  PARENT_OVERRIDE_INVALID: (p: Params): string =>
    `ブロック${fmt(p.block)}の資金元「${fmt(p.parent)}」は使えません(${OVERRIDE_REFUSED[String(p.reason)] ?? fmt(p.reason)})。推定した構造のままにしました。`,
  LIST_POSSIBLY_TRUNCATED: (p: Params): string =>
    `ブロック${fmt(p.block)}の支出先リストは上位10者のみの可能性があり、実際のブロック合計はこれより大きいことがあります。`,
  AWARD_RATE_FRACTION: (p: Params): string =>
    `落札率${fmt(p.count)}件がすべて1以下の小数(0.946など)のため、Excelの割合表示の値とみなし百分率(94.6%)として読みました。`,
  UNIT_ASSUMED: (_: Params): string =>
    '金額の単位が見つからないため、百万円とみなしました。',
  // --- text-reader (#12): rows over two lines, ranges, incomplete blocks, bounded findings, structure from 執行額 ---
  NUMBER_OUT_OF_RANGE: (p: Params): string =>
    `${fmt(p.line)}行目: 「${fmt(p.field)}」の値「${fmt(p.text)}」は大きすぎるか桁数が多すぎ、正確に扱えないため読み取っていません。`,
  ROW_CONTINUED: (p: Params): string =>
    `${fmt(p.line)}行目: ブロック${fmt(p.block)}の支出先の行が${fmt(p.to)}行目まで複数行にわたっているため、つなげて1行として読みました。`,
  BLOCK_INCOMPLETE: (p: Params): string =>
    `ブロック${fmt(p.block)}: 読めない行が${fmt(p.count)}行あるため、合計${fmt(p.total)}は一部の支出先だけの合計です。`,
  FILE_ENDS_IN_LIST: (p: Params): string =>
    `ファイルがブロック${fmt(p.block)}の支出先リストの途中(${fmt(p.line)}行目)で終わっています。以降の支出先は読めていない可能性があります。`,
  DUPLICATE_RANK: (p: Params): string =>
    `${fmt(p.line)}行目: ブロック${fmt(p.block)}に順位${fmt(p.rank)}の行が複数あります。別々の支出先として読みました。`,
  DIAGNOSTICS_TRUNCATED: (p: Params): string =>
    `同じ種類の指摘(${fmt(p.code)})が多すぎるため、最初の${fmt(p.shown)}件だけを示し、ほか${fmt(p.more)}件は省略しました。`,
  STRUCTURE_FROM_EXECUTED: (p: Params): string =>
    `${fmt(p.year)}年度の執行額${fmt(p.executed)}と合計が一致するブロック(${fmt(p.blocks)})を、府省庁から直接支出されたブロックとしました。`,
  STRUCTURE_GUESSED: (p: Params): string =>
    p.executed === '-'
      ? `ブロック間の資金の流れは推測です: 照合できる執行額がシートにありません(府省庁から直接支出されたブロックの合計は${fmt(p.firstTier)})。構造エディタで確認してください。`
      : `ブロック間の資金の流れは推測です: 府省庁から直接支出されたブロックの合計${fmt(p.firstTier)}が執行額${fmt(p.executed)}と一致しません。構造エディタで確認してください。`,
  // --- input paths (issue #12, task "paths"): reading a file's bytes, before any parsing (src/read/decode.ts) ---
  FILE_TOO_LARGE: (p: Params): string =>
    `「${fmt(p.file)}」は${fmt(p.mb)} MBあり、上限の${fmt(p.max)} MBを超えるため読み込みませんでした。`,
  FILE_OLD_EXCEL: (p: Params): string =>
    `「${fmt(p.file)}」は古い形式のExcelブック(.xls)などのOfficeファイルのため読めません。Excelで「.xlsx」形式か「テキスト(タブ区切り)」で保存し直してから読み込んでください。`,
  FILE_NOT_TEXT: (p: Params): string =>
    `「${fmt(p.file)}」はテキストファイルでもExcelブック(.xlsx)でもありません${p.kind ? `(${fmt(p.kind)}のようです)` : ''}。レビューシートを「.xlsx」形式か、タブ区切りテキスト(UTF-8・UTF-16・Shift_JIS)で保存して読み込んでください。`,
  FILE_BAD_ENCODING: (p: Params): string =>
    `「${fmt(p.file)}」は${fmt(p.encoding)}のテキストのようですが、${fmt(p.offset)}バイト目が${fmt(p.encoding)}として読めません。ファイルが壊れていないか確認し、保存し直してください。`,
  FILE_XLSX_NOT_IN_EMBED: (p: Params): string =>
    `「${fmt(p.file)}」はExcelブック(.xlsx)です。埋め込み用の <fund-flow-sankey> はテキストのシートだけを読みます(小さく保つため)。タブ区切りテキストで保存したファイルを src に指定してください。`,
  FILE_XLSX_UNREADABLE: (p: Params): string =>
    `「${fmt(p.file)}」をExcelブック(.xlsx)として読めませんでした(${fmt(p.why)})。最初のシートにレビューシートがある「.xlsx」か、タブ区切りテキストで保存して読み込んでください。`,
  // --- RSシステム CSV reader and its checks (task: rs-core, issue #11) ---
  RS_FILE_UNREADABLE: (p: Params): string =>
    `${fmt(p.file)}: 読めません(${READ_PROBLEM[String(p.reason)] ?? fmt(p.reason)})。`,
  RS_NOT_RS_CSV: (p: Params): string =>
    `${fmt(p.file)}: RSシステムのCSVではありません(見出し行に「事業年度」「予算事業ID」がありません)。`,
  RS_OTHER_TABLE: (p: Params): string =>
    `${fmt(p.file)}: 読み込む表(5-1, 5-2, 5-3, 5-4, 2-1, 1-2)のいずれでもないため、このファイルは使いません。`,
  RS_HEADER_MISSING_COLUMN: (p: Params): string =>
    `${fmt(p.file)}: ${fmt(p.table)}の見出し行に列「${fmt(p.columns)}」がありません。このファイルは使いません。`,
  RS_HEADER_OPTIONAL_MISSING: (p: Params): string =>
    `${fmt(p.file)}: ${fmt(p.table)}の見出し行に列「${fmt(p.columns)}」がありません。その値は空として読みました。`,
  RS_BAD_QUOTES: (p: Params): string =>
    `${fmt(p.file)} ${fmt(p.line)}行目: 引用符(")が閉じていません。この行だけを読みました。`,
  RS_DUPLICATE_FILE: (p: Params): string =>
    `${fmt(p.file)}: 同じ${fmt(p.table)}のファイルが既に読み込まれているため、1回だけ読みました。`,
  RS_ROW_NO_ID: (p: Params): string =>
    `${fmt(p.file)} ${fmt(p.line)}行目: 予算事業IDか事業年度が読めないため、この行は使いません。`,
  RS_ROW_SHORT: (p: Params): string =>
    `${fmt(p.file)} ${fmt(p.line)}行目: 列が${fmt(p.cells)}個しかありません(見出しは${fmt(p.expected)}列)。ない列は空として読みました。`,
  RS_MORE_ROW_PROBLEMS: (p: Params): string =>
    `${fmt(p.file)}: ほかに${fmt(p.count)}行に同様の問題があります。`,
  RS_TABLE_MISSING: (p: Params): string =>
    `${fmt(p.table)}がありません: ${RS_TABLES[String(p.table)] ?? ''}は表示されません。`,
  RS_PROJECT_NOT_FOUND: (p: Params): string =>
    `予算事業ID ${fmt(p.project)}${p.year ? `(事業年度${fmt(p.year)})` : ''}の行がファイルにありません。`,
  RS_BAD_NUMBER: (p: Params): string =>
    `${fmt(p.file)} ${fmt(p.line)}行目: 「${fmt(p.field)}」の値「${fmt(p.text)}」を数値として読めません。`,
  RS_ROW_NO_BLOCK: (p: Params): string =>
    `${fmt(p.file)} ${fmt(p.line)}行目: 支出先ブロック番号がないため、この行は使いません。`,
  RS_CONTRACT_WITHOUT_PAYEE: (p: Params): string =>
    `${fmt(p.file)} ${fmt(p.line)}行目: 契約の行「${fmt(p.name)}」の前に支出先の行がありません。支出額不明の支出先として載せました。`,
  RS_BLOCK_NO_ROWS: (p: Params): string =>
    `ブロック${fmt(p.block)}は5-2のつながりにありますが、5-1に行がありません。金額不明のブロックとして表示します。`,
  RS_BLOCK_ONLY_ID: (p: Params): string =>
    `ブロック${fmt(p.block)}の5-1の行はブロック番号だけです。契約は5-4(国庫債務負担行為等による契約)にあります${p.missing ? 'が、5-4が読み込まれていません' : ''}。`,
  RS_EXPENSES_UNMATCHED: (p: Params): string =>
    `${fmt(p.file)} ${fmt(p.line)}行目: 5-3の費目・使途の「${fmt(p.name)}」がブロック${fmt(p.block)}の支出先に見つかりません。`,
  RS_FLOW_CYCLE: (p: Params): string =>
    `資金の流れが循環しています(${fmt(p.cycle)})。${fmt(p.from)}→${fmt(p.to)}のつながりは図の外に別に示します。`,
  RS_SPLIT_NOT_GIVEN: (p: Params): string =>
    `ブロック${fmt(p.block)}は${fmt(p.sources)}から資金を受けていますが、それぞれの額は記載されていません(配分は記載なし)。`,
  RS_NO_INFLOW: (p: Params): string =>
    `ブロック${fmt(p.blocks)}にはどこからの資金かが5-2に記載されていません。「資金元の記載なし」から描き、府省庁の合計には含めません。`,
  RS_PAYEE_SUM_MISMATCH: (p: Params): string =>
    `ブロック${fmt(p.block)}: 支出先の合計 ${yen(p.sum, 'ja')} がブロックの合計支出額 ${yen(p.total, 'ja')} と ${yen(p.diff, 'ja')} 違います。`,
  RS_PAYEES_NOT_ALL_LISTED: (p: Params): string =>
    `ブロック${fmt(p.block)}: 支出先の数は${fmt(p.declared)}ですが、記載は${fmt(p.listed)}件です${p.other ? '(「その他」を含む)' : ''}。記載のない支出先は表示できません。`,
  RS_DECLARED_FEWER: (p: Params): string =>
    `ブロック${fmt(p.block)}: 支出先の数は${fmt(p.declared)}ですが、${fmt(p.listed)}件記載されています。`,
  RS_EXECUTED_MISMATCH: (p: Params): string =>
    `${fmt(p.year)}年度の執行額 ${yen(p.executed, 'ja')} と、府省庁から支出されたブロック${fmt(p.blocks)}${p.direct ? 'と国自らの支出' : ''}の合計 ${yen(p.sum, 'ja')} が ${yen(p.diff, 'ja')} 違います。`,
  RS_NO_CORPORATE_NUMBER: (p: Params): string =>
    `ブロック${fmt(p.block)}: ${fmt(p.count)}件の支出先(${fmt(p.names)})は法人番号なし(9999999999999 は法人番号がないことを示す値)です。`,
  // --- issue #11 (rs-app): a model JSON loaded back ---
  JSON_INVALID: (p: Params): string =>
    `JSON として読めません(${fmt(p.detail)})。`,
  JSON_NOT_MODEL: (p: Params): string =>
    `このアプリの JSON(schemaVersion ${fmt(p.version)} の parseOutput)ではありません: ${fmt(p.path)} ${fmt(p.issue)}`,
  // --- rsfix: an RS intermediary's block total that no payee row gives ---
  RS_BLOCK_TOTAL_UNTRACED: (p: Params): string =>
    `ブロック${fmt(p.block)}: 合計支出額 ${yen(p.total, 'ja')} のうち、支出先${fmt(p.count)}件の金額の合計 ${yen(p.payees, 'ja')} で示されない ${yen(p.untraced, 'ja')} は、下流ブロック${fmt(p.children)}(受取 ${yen(p.received, 'ja')})にも渡っていない額として「支出先別の記載がない額」に描きます。`,
  // --- rsfix: a CSV that stops inside a row (a download cut short) ---
  RS_FILE_CUT_SHORT: (p: Params): string =>
    `${fmt(p.file)} ${fmt(p.line)}行目: ${fmt(p.table)}のファイルが行の途中で終わっています(ダウンロードが途中で切れた可能性があります)。最後の行は読めた列だけを読み、それより後の行はありません。`,
} satisfies Record<string, (p: Params) => string>;
