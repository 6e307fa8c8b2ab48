/**
 * The one English catalog: the twin of ./ja.ts, section by section (its types make every
 * section say everything the Japanese one says). Loaded on demand (src/i18n/lang.svelte.ts).
 */
import type * as Ja from './ja.ts';
import { MARKS } from '../marks.ts';
import { amt, fmt, yen, type Params } from '../amounts.ts';

// Values several sections say, written once.
const noMinistry = '(no ministry)';
const amountUnknown = 'amount unknown';
const flowTitle = 'Fund flow';
const ministry = 'Ministry';
const shareOfTotal = 'Share of total';
const contractTypes = 'Contract types';
const block = 'Block';
const recipient = 'Recipient';
const purpose = 'Purpose';
const dismiss = 'Dismiss';
const previous = 'Previous';
const next = 'Next';
const executed = 'Executed';
const contractType = 'Contract type';
const amount = 'Amount';
const bidders = 'Bidders';
const awardRate = 'Award rate';
const flagSingleBidder = 'Single bidder';
const flagHighRate = 'Award rate ≥ 95%';
/** What each RSシステム table holds, i.e. what is not shown without it (RS_TABLE_MISSING, notices). */
const RS_TABLES: Record<string, string> = {
  '5-1': 'payees, amounts and contracts',
  '5-2': 'the links between blocks',
  '5-3': '費目・使途 (expense categories and uses)',
  '5-4': 'multi-year contracts (国庫債務負担行為等)',
  '2-1': 'budget and execution',
  '1-2': 'the project overview',
};
/** One vocabulary for contract families across diagram, tooltip, legend and captions. */
const family = {
  grant: 'Grant',
  competitive: 'Competitive bidding',
  'open-call': 'Negotiated after open call',
  discretionary: 'Negotiated (other, small)',
  unknown: 'Unknown',
};
const atLine = (line: number) => `line ${line}`;
const yearValue = (y: number) => `FY${y}`;
const listSep = ', ';
const unknown = 'unknown';
const total = 'Total';
const budgetYear = 'Budget year';

export const ui: typeof Ja.ui = {
  appTitle: flowTitle,
  projectNumber: 'Project no.',
  ministry,
  sheetYear: 'Sheet year',
  actualsYear: 'Actuals year',
  unit: 'Unit',
  yearValue,
  unknown,
  viewMode: 'View',
  modeFlow: flowTitle,
  modeByRecipient: 'By recipient',
  modeTable: 'Table',
  lens: 'Competition lens',
  language: '日本語',
  languageLabel: 'Switch the language to Japanese',
  diagram: (name: string) => `Fund flow of ${name}`,
  drillDiagram: (block: string) => `Recipients and expenses of block ${block}`,
  breadcrumb: 'Drill-down position',
  home: 'Overview',
  up: 'Up one level (Esc)',
  blockOnly: (id: string) => `Block ${id}`,
  kept: (label: string, block: string) => `${label} (spent by ${block})`,
  shareOfTotal,
  shareOfParent: (parent: string) => `Share of ${parent}`,
  contractTypes,
  flagged: (n: number) => `Single bidder or award rate ≥ 95%: ${n}`,
  drillHint: 'Click or press Enter for the breakdown',
  kind: {
    ministry,
    block,
    kept: 'Spent at an intermediate level',
    residual: 'Residual (unexplained)',
    recipient,
    category: 'Expense category',
    purpose,
    other: 'Group',
  },
  family,
  others: (n: number) => (n === 1 ? '1 other' : `${n} others`),
  expandFold: (label: string) => `Expand ${label}`,
  loadError: 'Could not load. The diagram shown is unchanged.',
  atLine,
  dismiss,
  empty: 'There is no fund flow to draw.',
  byRecipientTitle: 'By recipient (merged by corporate number)',
  byRecipientBlocks: 'Blocks',
  keyboardHelp: 'Arrow keys move, Shift+←→ step onto the flows (bands), Enter opens the breakdown, Esc goes back, P presents',
  flowFund: 'Paid on downstream',
  flowKinds: 'Flow kinds',
  // [screen]
  appName: 'Fund flow explorer',
  intro: 'Draws the fund flow of a review sheet (ministry → blocks → recipients). Pick a block for its breakdown; “Load another sheet” for yours.',
  shownBundled: (name: string) => `Showing: the bundled sheet (${name})`,
  shownFile: 'Showing the file',
  shownUrl: (url: string) => `Showing: ${url}`,
  keptHint: 'Kept in this browser only; a reload shows it again.',
  backToBundled: 'Back to the bundled sheet',
  fileSize: (kb: string) => `${kb} KB`,
  residualLegend: 'Residual (received vs. passed on and spent)',
  flowFundLens: 'Paid on downstream (colour: contract type)',
  yearPlace: 'Place in the year',
  yearCrumb: (year: number) => `Year ${year}`,
  noMinistry,
  projectCrumbTitle: (projectNumber: string) => `Project ${projectNumber} (the project's whole flow)`,
};

export const flow: typeof Ja.flow = {
  singleBidder: (n) => `${MARKS.singleBidder} single bidder: ${n}`,
  singleBidderName: (n) => `single bidder: ${n}`,
  highRate: (n) => `${MARKS.highAwardRate} award rate ≥ 95%: ${n}`,
  highRateName: (n) => `award rate ≥ 95%: ${n}`,
  linkName: (from, to, amount) => `${from} → ${to} ${amount}`,
  linkShareOfSource: (source) => `Share of ${source}'s spending`,
  linksGroup: 'Fund flows (bands)',
  foldHolds: (n) => `Groups ${n} recipients`,
  foldMore: (n) => `and ${n} more`,
  foldHint: 'Click or press Enter to unfold',
  // Issue #13 (diagram): two columns at a time on a phone; drilling is explicit after a tap.
  columnsNav: 'Columns shown',
  prevColumns: previous,
  nextColumns: next,
  columnsOf: (a, b, n) => `columns ${a}–${b} of ${n}`,
  drillInto: (name) => `Open the breakdown of ${name}`,  listSep,
  partialSuffix: ' (partial)',
  partialNote: 'Partial total: some rows could not be read',
  guessedMark: 'guessed',
  overExecuted: (executed: string) => `exceeds the executed amount ${executed} — guessed structure`,
  overShort: '⚠ > executed',
  rsDirect: (item: string) => `${item} (spent by the state itself)`,
  rsSplit: 'split not given',
  rsUnknown: amountUnknown,
};

export const shell: typeof Ja.shell = {
  share: 'Share / Embed',
  present: 'Present (P)',
  print: 'Print',
  exportMenu: 'Export',
  exportSvg: 'SVG (diagram)',
  exportPng: 'PNG (diagram, 2×)',
  exportCsv: 'CSV (recipients)',
  exportJson: 'JSON (model)',
  exportFlowOnly: 'SVG and PNG export from the fund-flow view',
  notice: 'Notice',
  dismiss,
  source: 'Source',
  sourceLine: (no: string, year: string) => `Administrative project review sheet, project no. ${no} (${year})`,
  findingsSummary: 'Findings summary',
  findingsCounts: (w: number, i: number) => `${w} warnings · ${i} notes`,
  moreFindings: (n: number) => `${n} more`,
  // Issue #13 (diagram): the menu of the compact toolbar.
  menu: 'Menu',
};

export const panels: typeof Ja.panels = {
  listSep,
  yearValue,
  findings: 'Findings',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  noFindings: 'No findings.',
  atLine,
  showMore: (n) => `Show more (${n} left)`,
  budgetTitle: 'Budget and execution',
  budgetTotal: 'Budget (total)',
  executed,
  executionRate: 'Execution rate',
  fiscalYear: 'Fiscal year',
  request: 'request',
  legendTitle: contractType,
  family,
  share: 'Share',
  marksTitle: 'Marks',
  markSingleBidder: 'only one bidder or applicant',
  markHighRate: 'awarded at 95% or more of the estimated price',
  loaderTitle: 'Load another sheet',
  chooseFile: 'Choose a file',
  pasteText: 'Paste text',
  pasteLabel: 'Review sheet text (tab-separated)',
  load: 'Load',
  dropHere: 'Drop here to load the sheet',
  dropHint: 'You can also drop a file anywhere on the window.',
  pastedSource: 'pasted text',
  tooLarge: (name, mb, max) => `"${name}" is ${mb} MB, over the ${max} MB limit, so it was not read.`,
  emptyPaste: 'The pasted text is empty.',
  readFailed: (name) => `Could not read "${name}".`,
  notAFile: 'What was dropped is not a file.',
  errorAtLine: (line) => `Line ${line}: `,
  dismiss,
  structureTitle: 'Where each block’s money comes from',
  inferred: 'inferred',
  ministry,
  amount,
  contractType,
  blockColumn: block,
  flagSingleBidder,
  flagHighRate,
  // [screen]
  findingsCount: (parts: string[]) => parts.join(' · '),
  countOf: (label: string, n: number) => `${label} ${n}`,
  structureSummary: (inferred: number, blocks: number) => (inferred > 0 ? `${inferred} inferred — check` : `${blocks} blocks`),
  // SheetLoader, RSシステム files (issue #11, rs-app)
  rsHint: 'RSシステム CSVs and ZIPs (several at once) and this app’s JSON can be loaded too.',
};

export const table: typeof Ja.table = {
  // Shared with the side panels (the same words).
  amount,
  contractType,
  blockColumn: block,
  flagSingleBidder,
  flagHighRate,
  atLine,
  block: (id) => `Block ${id}`,
  blockTotal: 'Total of listed recipients',
  shareOfMinistry: 'Share of the ministry’s spending',
  shareOfParent: (parent) => `Share of what ${parent} paid out`,
  truncatedNote: 'This block may list only its top 10 recipients, so the true block total can be larger.',
  recipientsCaption: (id) => `Recipients of block ${id}`,
  rank: 'Rank',
  name: recipient,
  corporateNumber: 'Corporate no.',
  description: 'Work',
  bidders,
  awardRate,
  reason: 'Reason for single bid / no competition',
  line: 'Line',
  cnValid: 'valid',
  cnInvalid: 'invalid',
  cnNone: 'none',
  cnValidTitle: 'Corporate number with a correct check digit',
  cnInvalidTitle: 'Corporate number with a wrong check digit',
  cnNoneTitle: 'No corporate number given',
  selectedRow: 'selected',
  expensesCaption: (name) => `Expenses (費目・使途): ${name}`,
  matchedRanks: (ranks) => `Matches rank ${ranks} of the recipient list`,
  unmatched: 'No matching row in the recipient list',
  category: 'Category',
  purpose,
  total,
  noExpenses: 'This block has no 費目・使途 table.',
  noRecipients: 'No recipient rows.',
  recipientBlocks: (n) => `${n} payment${n === 1 ? '' : 's'} (across blocks)`,
  recipientTotal: 'Total paid',
  flowsCaption: 'Fund flows (table)',
  from: 'From',
  to: 'To',
  kind: 'Kind',
  linkKind: {
    fund: 'funds',
    kept: 'kept',
    residual: 'residual (unexplained)',
    payment: 'payment',
    expense: 'expense',
  },
  noFlows: 'No fund flows.',
};

export const rs: typeof Ja.rs = {
  blockName: 'Block name',
  role: 'Role in the project',
  payeeCount: 'Payees',
  declared: (declared, listed) => (declared === listed ? `${declared}` : `${declared} (${listed} listed)`),
  notAllListed: (declared, listed) => `${declared} payees are declared, ${listed} are listed; the others cannot be shown.`,
  amountUnknown: 'amount unknown (the files give none)',
  other: 'その他 (others)',
  otherTitle: 'one row bundling many small payees',
  individual: 'individual',
  individualTitle: 'a private individual (no 法人番号)',
  payeeAmountUnknown: 'no amount given',
  contractsCaption: (id) => `Contracts of block ${id}`,
  payee: 'Payee',
  contract: 'Contract',
  amount,
  contractType,
  bidders,
  awardRate,
  reason: 'Reason',
  multiYear: 'multi-year (国庫債務負担行為等)',
};

export const project: typeof Ja.project = {
  title: 'Projects (RSシステム)',
  count: (shown, total) => (shown === total ? `${total} projects` : `${shown} of ${total} projects`),
  searchLabel: 'Search by project name, ministry, 予算事業ID, payee or 法人番号',
  searchPlaceholder: 'e.g. 見本, 総務省, 900002',
  none: 'No project matches.',
  more: (n) => `Show more (${n} left)`,
  id: '予算事業ID',
  year: (y) => `FY${y}`,
  unknownTotal: amountUnknown,
  tables: (t) => `Tables read: ${t}`,
  current: 'shown',
};

export const structure: typeof Ja.structure = {
  structureHint: 'The sheet text has no arrows, so these sources are inferred. Change them if needed.',
  parentOf: (label) => `Source of ${label}`,
  resetParents: 'Back to inferred',
  parentColumn: 'Funded by',
};

export const compare: typeof Ja.compare = {
  listSep,
  yearValue,
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
  budgetYear,
  sheetOf: (y) => `FY${y ?? ''} sheet`,
  budget: 'Budget',
  executed,
};

export const byRecipient: typeof Ja.byRecipient = {
  listSep,
  intermediaryMark: 'Intermediary',
  intermediaryNote: 'includes what it passed on downstream',
  intermediaryPassed: (amount) => `of which passed on: ${amount}`,
  intermediariesTitle: 'Intermediaries (pass most of what they receive on to other recipients)',
  finalTitle: 'Final recipients',
};

export const present: typeof Ja.present = {
  roleDescription: 'presentation',
  storyAll: 'The whole fund flow',
  stepOf: (i: number, n: number) => `${i} / ${n}`,
  presentKeys: '← → to step, Esc to leave',
  leavePresent: 'Leave the presentation (Esc)',
  prev: previous,
  next,
  share_: shareOfTotal,
  families: contractTypes,
  flags: (single: number, high: number) => `single bidder ${single} · award rate ≥ 95% ${high}`,
  noFlags: 'no single bidders or high award rates',
  recipients: (n: number) => (n === 1 ? '1 recipient' : `${n} recipients`),
  blocks: (n: number) => `${n} blocks`,
  // Issue #13 (diagram): the step for the blocks under 1 % of the total.
  storyOthers: (n: number, ids: string) => `${n} other blocks (${ids})`,
  storyOthersNote: 'each under 1% of the total',
};

export const share: typeof Ja.share = {
  sharedIsBundled: (file: string, bundled: string) =>
    `The file you loaded, “${file}”, stays in this browser and is never sent anywhere. So the link and the embed code below show the bundled sheet “${bundled}”, not this one. To hand this sheet on, use “Save as an HTML file” below.`,
  saveSingleTitle: 'One HTML file with this sheet',
  saveSingle: 'Save as an HTML file',
  saveSingleHint: 'Opens on its own, with no network: the file to e-mail to a review meeting.',
  saveSingleFailed: 'The HTML file cannot be made here (the single-file template is missing).',
  saveSingleDone: (name: string) => `Saved “${name}”.`,
  // The dialog's link and embed code (out of the start-up shell section).
  shareTitle: 'Share or embed this view',
  shareLink: 'Link to this view',
  embedCode: 'Embed code (<iframe>)',
  embedHint: 'Paste into a page on the same site. Shows only the diagram, its legend and a link to the full view.',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  iframeTitle: (name: string) => `Fund flow of ${name}`,
};

export const tooltip: typeof Ja.tooltip = {
  typesAsWritten: 'Contract types as written',
  residualExplain:
    'The difference between what this block received and what it passed on to the blocks below plus what it spent itself (its 費目・使途). The sheet gives no breakdown for it; the findings list it. An unexplained residual: more was received; a mismatch: the blocks below received more.',
  // Issue #12 (guessed links): a band between blocks that no structure reconciles with the 執行額.
  guessedLink: 'This link is guessed (the sheet has no arrows and the executed amount does not match)',
  payeesExplain:
    "What this block's own payees (its 5-1 payee rows) received and did not pass on to the blocks below: the block total less what those blocks received (and what its 費目・使途 says it spent itself). The files do not say which payee kept how much.",
  untracedExplain:
    "The part of the block total that its payee rows do not give and that did not go to the blocks below (payee amounts not given, or only some payees listed). The findings list it.",
};

export const embed: typeof Ja.embed = {
  openFullView: 'Open the full view ↗',
  loading: 'Loading…',
};

export const notices: typeof Ja.notices = {
  malformed: () => 'The link’s view could not be read, so the default view is shown.',
  stale: () => 'The view in the link does not exist in this sheet, so the default view is shown.',
  refusedOrigin: (url: string) => `Sheets from another origin are refused: ${url}`,
  fetchFailed: (url: string, status: string) => `Could not load the sheet (${status}): ${url}`,
  fileUrl: () => 'sheet= links do not work in a page opened from disk.',
  projectFileFailed: (url: string, detail: string) => `Cannot load the project file ${url}: ${detail}`,
  noWorker: () => 'RSシステム files cannot be read in this browser (no Web Worker).',
  tablesMissing: (tables: readonly string[]) => tables.map((t) => `no ${t}: ${RS_TABLES[t] ?? 'its part'} not shown`).join('; ') + '.',
  projectNotLoaded: (id: string) => `Project ${id} in the link comes from RSシステム CSV files: load the files to see it.`,
  mixed: (names: readonly string[]) => `Not read, as it came together with RSシステム files: ${names.join(listSep)}`,
  yearNotLoaded: (year: number) => `The year ${year} in the link comes from RSシステム CSV files (or a published index.json): load the files to see it.`,
  ministryNotFound: (ministry: string, year: number) => `The ministry "${ministry}" in the link is not in the files of ${year}: the whole year is shown.`,
  badIndex: (url: string, detail: string) => `${url} cannot be read as a project list (the index.json of npm run parse -- … --split): ${detail}`,
  andMore: (n: number) => ` (+${n} more)`,
};

export const failure: typeof Ja.failure = {
  loadFailed: (detail: string) => `Loading failed: ${detail}`,
};

export const notes: typeof Ja.notes = {
  zeroNotDrawn: (n: number) => `${n} ${n === 1 ? 'recipient' : 'recipients'} with 0 not drawn (listed in the table)`,
  droppedLinks: (n: number) => `${n} ${n === 1 ? 'flow' : 'flows'} could not be drawn and ${n === 1 ? 'was' : 'were'} left out`,
  setAside: 'Links that close a cycle (shown apart from the diagram)',
  cycleNote: (note: string) => ` (${note})`,
  guessedLinks: 'The links between blocks (dashed) are guessed',
  mismatch: (drawn: string, executed: string) => `the ministry's total ${drawn} does not match the executed amount ${executed}`,
  noExecuted: 'the sheet gives no executed amount to check the structure against',
  openStructure: 'Check the structure',
};

export const yearFlow: typeof Ja.yearFlow = {
  title: (year: number, ministry: string | null) => `Flow of funds, ${ministry ?? 'all ministries'}, ${year}`,
  total,
  notDrawn: (n: number) => `(${n} projects without an amount are not drawn)`,
  noPayees: 'This list has no payees per project: open a project to see them.',
  help: 'Click a ministry to narrow to it, a project to open it, "その他" to unfold it.',
  nothingToDraw: 'Nothing with an amount to draw.',
  computing: 'Computing the year overview…',
};

export const yearPanel: typeof Ja.yearPanel = {
  title: (year: number | null) => `The year ${year ?? ''} at a glance`,
  years: 'Year',
  indexOnly: 'A published project list (index.json) has no payees or contracts: load the CSV files for the payee search and the competition lens.',
  findPayee: 'Find a payee',
  searchLabel: 'Payee name or corporate number',
  found: (n: number) => (n === 1 ? '1 payee' : `${n} payees`),
  noCorporateNumber: 'no corporate number',
  block: (id: string) => `block ${id}`,
  family,
  families: (names: string[]) => names.join(', '),
  competition: 'Competition (share of single bids and discretionary contracts)',
  groupBy: 'Group by',
  byMinistry: 'By ministry',
  byProject: 'By project',
  ministry,
  project: 'Project',
  contracted: 'Contracted',
  singleBid: 'Single bid',
  discretionary: 'Discretionary',
  compared: (before: number | null, after: number | null) => `Years compared ${before} → ${after}`,
  blockOrPayee: 'Block / payee',
  change: 'Change',
  kind: { new: 'new', gone: 'gone', up: 'up', down: 'down', same: 'same', renamed: 'renamed', unknown },
  previousName: (name: string) => `(was: ${name})`,
  budgetYear,
  budgetExecuted: (sheetYear: number | null) => `Budget / executed (${sheetYear} sheet)`,
};

export const nodeNames: typeof Ja.nodeNames = {
  blockLabel: (id: string, name: string, others: number) => (others > 1 ? `${id} ${name} +${others} others` : others === 1 ? `${id} ${name} +1 other` : `${id} ${name}`),
  unnamedMinistry: ministry,
  unexplained: (block: string) => `${block} residual`,
  // English says "residual" for both; the tooltip explains which (Japanese: 内訳不明の差額 / 不突合).
  overReceived: (block: string) => `${block} residual`,
  keptItem: (block: string, category: string) => `${block} ${category}`,
  ownPayees: (block: string, count: number) => `${block}'s own payees (${count})`,
  untraced: (block: string) => `${block} not given per payee`,
  unstatedSource: 'Source not stated',
  junctionSources: (funders: string[]) => `From ${funders.join(', ')} (split not given)`,
  junctionMinistry: 'ministry',
  onwardFrom: (block: string) => `From ${block}'s payees (which payee not given)`,
  directDefault: 'Indirect costs',
  expenseTable: (name: string) => `${name}: expenses and uses`,
  noCategory: '(no category)',
  yearTotal: 'Total budget',
  noMinistry,
  foldProjects: (count: number) => `${count} other projects`,
  foldPayees: (count: number) => `${count} others`,
  stateOwn: 'Spent by the state itself (indirect costs etc.)',
};

/** The sheet's units as an English reader says them (an unknown unit is shown as written). */
const unitWords: Record<string, string> = { 円: 'yen', 千円: 'thousand yen', 万円: '×10,000 yen', 百万円: 'million yen', 億円: '×100 million yen' };
/** The units' words, read through src/i18n/unitName.ts. */
export const units: typeof Ja.units = unitWords;

// --- What diagnostics say about their values: a few words per code, chosen by a param. ---
/** An amount with its unit: readable yen, or the sheet's number and unit ("42.9 million yen"). */
const withUnit = (v: string | number | undefined, unit: string | number | undefined): string =>
  unit === '円' ? yen(v, 'en') : unit === undefined || unit === '' ? fmt(v) : `${fmt(v)} ${unitWords[String(unit)] ?? fmt(unit)}`;
const inferredWhy = (p: Params): string =>
  p.reason === 'leftover'
    ? `it is not among the blocks that match the 執行額, and what ${fmt(p.block)} has left (${fmt(p.room)}) covers its ${fmt(p.total)}`
    : `it is funded by ${fmt(p.contractType) || 'grant/commission'} and its total ${fmt(p.total)} covers the ${fmt(p.received)} they received`;
const OVERRIDE_REFUSED: Record<string, string> = {
  noBlock: 'no such block',
  noParent: 'no such parent block',
  self: 'a block cannot fund itself',
  cycle: 'it would make a cycle',
};
const READ_PROBLEM: Record<string, string> = {
  empty: 'the file is empty',
  'bad-zip': 'not a ZIP archive, or a truncated one',
  'zip-without-csv': 'the ZIP holds no CSV',
  html: 'an HTML page, not a CSV or ZIP',
  encoding: 'not UTF-8 (Shift_JIS?)',
  binary: 'not a text file',
};

export const diagnostics: { [K in keyof typeof Ja.diagnostics]: (p: Params) => string } = {
  EMPTY_INPUT: (_: Params): string =>
    'The input is empty. Load the text of an administrative project review sheet.',
  BINARY_INPUT: (p: Params): string =>
    `This does not look like a text file (control characters on line ${fmt(p.line)}). Load a review sheet as tab-separated text.`,
  NOT_A_SHEET: (_: Params): string =>
    'This is not a review sheet: none of 資金の流れ (fund flow), 支出先上位10者リスト (top recipients) or 事業番号 (project number) was found.',
  NO_FUND_FLOW: (p: Params): string =>
    `No recipients of the fund flow could be read (read up to line ${fmt(p.line)}). Check whether the file was cut short.`,
  MISSING_FIELD: (p: Params): string =>
    `The field ${fmt(p.field)} was not found.`,
  BAD_AMOUNT: (p: Params): string =>
    `Line ${fmt(p.line)}: the amount "${fmt(p.text)}" is not a number, so this row is left out of the totals.`,
  BAD_NUMBER: (p: Params): string =>
    `Line ${fmt(p.line)}: the ${fmt(p.field)} value "${fmt(p.text)}" is not a number.`,
  BAD_ROW: (p: Params): string =>
    `Line ${fmt(p.line)}: cannot be read as a recipient row of block ${fmt(p.block)} (expected a recipient name and an amount).`,
  ROW_OUTSIDE_BLOCK: (p: Params): string =>
    `Line ${fmt(p.line)}: looks like a recipient row but follows no block heading (A, B, …).`,
  DUPLICATE_BLOCK: (p: Params): string =>
    `Line ${fmt(p.line)}: a second list for block ${fmt(p.block)}; its rows were added to the same block.`,
  EMPTY_BLOCK: (p: Params): string =>
    `Block ${fmt(p.block)} (line ${fmt(p.line)}) lists no recipients.`,
  EXPENSE_ROW_UNASSIGNED: (p: Params): string =>
    `Line ${fmt(p.line)}: cannot tell which 費目・使途 table this row belongs to.`,
  EXPENSES_WITHOUT_LIST: (p: Params): string =>
    `Block ${fmt(p.block)} has a 費目・使途 table (line ${fmt(p.line)}) but no recipient list.`,
  EXPENSE_RECIPIENT_UNMATCHED: (p: Params): string =>
    `Block ${fmt(p.block)}: "${fmt(p.name)}" of the 費目・使途 table is not in the block's recipient list.`,
  EXPENSE_SUM_MISMATCH: (p: Params): string =>
    `Block ${fmt(p.block)} 費目・使途: the items add up to ${fmt(p.sum)}, not the stated 計 ${fmt(p.total)} (off by ${fmt(p.diff)}${p.rounding ? ', within rounding' : ''}).`,
  EXPENSE_RECIPIENT_MISMATCH: (p: Params): string =>
    `Block ${fmt(p.block)}: the 費目・使途 計 ${amt(p.total, p.unit, 'en')} differs from the ${amt(p.amount, p.unit, 'en')} paid to "${fmt(p.name)}" by ${amt(p.diff, p.unit, 'en')}${p.rounding ? ' (within rounding)' : ''}.`,
  CHILDREN_SUM_MISMATCH: (p: Params): string =>
    `Block ${fmt(p.block)} passed on ${amt(p.passed, p.unit, 'en')}, but its child blocks ${fmt(p.children)} received ${amt(p.received, p.unit, 'en')} (off by ${amt(p.diff, p.unit, 'en')}${p.rounding ? ', within rounding' : ''}).`,
  CHILDREN_EXCEED_PARENT: (p: Params): string =>
    `Child blocks ${fmt(p.children)} received ${amt(p.received, p.unit, 'en')}, more than block ${fmt(p.block)}'s total ${amt(p.total, p.unit, 'en')}.`,
  EXECUTED_MISMATCH: (p: Params): string =>
    `The ${fmt(p.year)} 執行額 (executed) ${fmt(p.executed)} differs from the first-tier blocks ${fmt(p.blocks)} total ${fmt(p.firstTier)} by ${fmt(p.diff)}${p.rounding ? ' (within rounding)' : ''}.`,
  CORPORATE_NUMBER_INVALID: (p: Params): string =>
    `Line ${fmt(p.line)}: corporate number ${fmt(p.number)} fails its check digit (expected ${fmt(p.expected)}).`,
  CORPORATE_NUMBER_MALFORMED: (p: Params): string =>
    `Line ${fmt(p.line)}: corporate number "${fmt(p.number)}" is not 13 digits.`,
  SAME_RECIPIENT_BLOCKS: (p: Params): string =>
    `"${fmt(p.name)}" (corporate number ${fmt(p.number)}) appears in blocks ${fmt(p.blocks)} (total ${amt(p.total, p.unit, 'en')}).`,
  SINGLE_BIDDER: (p: Params): string =>
    `Line ${fmt(p.line)}: "${fmt(p.name)}" had a single bidder. Amount: ${p.unknown ? 'unknown' : withUnit(p.amount, p.unit)}.`,
  HIGH_AWARD_RATE: (p: Params): string =>
    `Line ${fmt(p.line)}: "${fmt(p.name)}" was awarded at ${fmt(p.rate)}% of the estimate (95% or more).`,
  PARENT_INFERRED: (p: Params): string =>
    `Blocks ${fmt(p.children)} are inferred to be funded by block ${fmt(p.block)} (${inferredWhy(p)}). The text has no arrows, so this can be changed.`,
  PARENT_MINISTRY: (p: Params): string =>
    `Blocks ${fmt(p.blocks)} are taken as paid by the ministry directly.`,
  PARENT_OVERRIDE_INVALID: (p: Params): string =>
    `Cannot make "${fmt(p.parent)}" the parent of block ${fmt(p.block)} (${OVERRIDE_REFUSED[String(p.reason)] ?? fmt(p.reason)}); the inferred structure is kept.`,
  LIST_POSSIBLY_TRUNCATED: (p: Params): string =>
    `Block ${fmt(p.block)} lists exactly 10 recipients: it may show only the top 10, so the true block total can be larger.`,
  AWARD_RATE_FRACTION: (p: Params): string =>
    `All ${fmt(p.count)} award rates are fractions of 1 (such as 0.946), as an Excel cell formatted as a percentage stores them; they are read as percent (94.6%).`,
  UNIT_ASSUMED: (_: Params): string =>
    'No unit was found for the amounts; 百万円 (million yen) is assumed.',
  // --- text-reader (#12): rows over two lines, ranges, incomplete blocks, bounded findings, structure from 執行額 ---
  NUMBER_OUT_OF_RANGE: (p: Params): string =>
    `Line ${fmt(p.line)}: the ${fmt(p.field)} value "${fmt(p.text)}" is too large or has too many digits to be handled exactly, so it is not read.`,
  ROW_CONTINUED: (p: Params): string =>
    `Line ${fmt(p.line)}: a recipient row of block ${fmt(p.block)} runs on to line ${fmt(p.to)}; the lines were joined and read as one row.`,
  BLOCK_INCOMPLETE: (p: Params): string =>
    `Block ${fmt(p.block)}: ${fmt(p.count)} row(s) could not be read, so its total ${fmt(p.total)} is partial.`,
  FILE_ENDS_IN_LIST: (p: Params): string =>
    `The file ends inside block ${fmt(p.block)}'s list, line ${fmt(p.line)}: recipients after it may be missing.`,
  DUPLICATE_RANK: (p: Params): string =>
    `Line ${fmt(p.line)}: block ${fmt(p.block)} has more than one row ranked ${fmt(p.rank)}; they are read as separate recipients.`,
  DIAGNOSTICS_TRUNCATED: (p: Params): string =>
    `Too many findings of one kind (${fmt(p.code)}): the first ${fmt(p.shown)} are listed, and ${fmt(p.more)} more are left out.`,
  STRUCTURE_FROM_EXECUTED: (p: Params): string =>
    `Blocks ${fmt(p.blocks)} are taken as paid by the ministry directly: their sum matches the ${fmt(p.year)} 執行額 ${fmt(p.executed)}.`,
  STRUCTURE_GUESSED: (p: Params): string =>
    p.executed === '-'
      ? `The links between blocks are guessed: the sheet gives no 執行額 to check them against (the blocks paid by the ministry sum to ${fmt(p.firstTier)}). Check them in the structure editor.`
      : `The links between blocks are guessed: the blocks paid by the ministry sum to ${fmt(p.firstTier)}, not to the 執行額 ${fmt(p.executed)}. Check them in the structure editor.`,
  // --- input paths (issue #12, task "paths"): reading a file's bytes, before any parsing (src/read/decode.ts) ---
  FILE_TOO_LARGE: (p: Params): string =>
    `"${fmt(p.file)}" is ${fmt(p.mb)} MB, over the ${fmt(p.max)} MB limit, so it was not read.`,
  FILE_OLD_EXCEL: (p: Params): string =>
    `"${fmt(p.file)}" is an old-format Excel workbook (.xls) or other Office file, which cannot be read. Save it as .xlsx or as tab-separated text in Excel, then load that file.`,
  FILE_NOT_TEXT: (p: Params): string =>
    `"${fmt(p.file)}" is neither a text file nor an Excel workbook (.xlsx)${p.kind ? ` (it looks like ${fmt(p.kind)})` : ''}. Save the review sheet as .xlsx or as tab-separated text (UTF-8, UTF-16 or Shift_JIS) and load that.`,
  FILE_BAD_ENCODING: (p: Params): string =>
    `"${fmt(p.file)}" looks like ${fmt(p.encoding)} text, but byte ${fmt(p.offset)} is not valid ${fmt(p.encoding)}. Check whether the file is damaged and save it again.`,
  FILE_XLSX_NOT_IN_EMBED: (p: Params): string =>
    `"${fmt(p.file)}" is an Excel workbook (.xlsx). The embeddable <fund-flow-sankey> reads text sheets only (to stay small): save it as tab-separated text and point src at that file.`,
  FILE_XLSX_UNREADABLE: (p: Params): string =>
    `"${fmt(p.file)}" could not be read as an Excel workbook (.xlsx): ${fmt(p.why)}. Save the review sheet as .xlsx (on the first sheet) or as tab-separated text and load that.`,
  // --- RSシステム CSV reader and its checks (task: rs-core, issue #11) ---
  RS_FILE_UNREADABLE: (p: Params): string =>
    `${fmt(p.file)}: cannot be read (${READ_PROBLEM[String(p.reason)] ?? fmt(p.reason)}).`,
  RS_NOT_RS_CSV: (p: Params): string =>
    `${fmt(p.file)}: not an RSシステム CSV (its header line has no 事業年度 / 予算事業ID columns).`,
  RS_OTHER_TABLE: (p: Params): string =>
    `${fmt(p.file)}: not one of the tables read (5-1, 5-2, 5-3, 5-4, 2-1, 1-2); the file is not used.`,
  RS_HEADER_MISSING_COLUMN: (p: Params): string =>
    `${fmt(p.file)}: the ${fmt(p.table)} header line lacks the column ${fmt(p.columns)}; the file is not used.`,
  RS_HEADER_OPTIONAL_MISSING: (p: Params): string =>
    `${fmt(p.file)}: the ${fmt(p.table)} header line lacks the column ${fmt(p.columns)}; its values are read as empty.`,
  RS_BAD_QUOTES: (p: Params): string =>
    `${fmt(p.file)} line ${fmt(p.line)}: a quote (") is never closed; this line was read on its own.`,
  RS_DUPLICATE_FILE: (p: Params): string =>
    `${fmt(p.file)}: the same ${fmt(p.table)} file was given twice; it was read once.`,
  RS_ROW_NO_ID: (p: Params): string =>
    `${fmt(p.file)} line ${fmt(p.line)}: no readable 予算事業ID or 事業年度; the row is not used.`,
  RS_ROW_SHORT: (p: Params): string =>
    `${fmt(p.file)} line ${fmt(p.line)}: only ${fmt(p.cells)} cells (the header has ${fmt(p.expected)}); the missing ones are read as empty.`,
  RS_MORE_ROW_PROBLEMS: (p: Params): string =>
    `${fmt(p.file)}: ${fmt(p.count)} more rows have similar problems.`,
  RS_TABLE_MISSING: (p: Params): string =>
    `No ${fmt(p.table)}: ${RS_TABLES[String(p.table)] ?? 'its part'} not shown.`,
  RS_PROJECT_NOT_FOUND: (p: Params): string =>
    `The files have no rows for 予算事業ID ${fmt(p.project)}${p.year ? ` (事業年度 ${fmt(p.year)})` : ''}.`,
  RS_BAD_NUMBER: (p: Params): string =>
    `${fmt(p.file)} line ${fmt(p.line)}: the ${fmt(p.field)} value "${fmt(p.text)}" is not a number.`,
  RS_ROW_NO_BLOCK: (p: Params): string =>
    `${fmt(p.file)} line ${fmt(p.line)}: no 支出先ブロック番号; the row is not used.`,
  RS_CONTRACT_WITHOUT_PAYEE: (p: Params): string =>
    `${fmt(p.file)} line ${fmt(p.line)}: the contract row of "${fmt(p.name)}" follows no payee row; it is listed as a payee with an unknown amount.`,
  RS_BLOCK_NO_ROWS: (p: Params): string =>
    `Block ${fmt(p.block)} is linked in 5-2 but has no 5-1 rows; it is shown with an unknown amount.`,
  RS_BLOCK_ONLY_ID: (p: Params): string =>
    `Block ${fmt(p.block)}'s 5-1 row has only the block id: its contracts are in 5-4 (multi-year contracts)${p.missing ? ', which was not given' : ''}.`,
  RS_EXPENSES_UNMATCHED: (p: Params): string =>
    `${fmt(p.file)} line ${fmt(p.line)}: "${fmt(p.name)}" of the 5-3 費目・使途 is not a payee of block ${fmt(p.block)}.`,
  RS_FLOW_CYCLE: (p: Params): string =>
    `The fund flow has a cycle (${fmt(p.cycle)}); the link ${fmt(p.from)}→${fmt(p.to)} is shown apart from the diagram.`,
  RS_SPLIT_NOT_GIVEN: (p: Params): string =>
    `Block ${fmt(p.block)} is funded by ${fmt(p.sources)}; the files do not say how much comes from each (split not given).`,
  RS_NO_INFLOW: (p: Params): string =>
    `5-2 does not say where blocks ${fmt(p.blocks)} get their money; they are drawn from "Source not stated", not counted in the ministry's total.`,
  RS_PAYEE_SUM_MISMATCH: (p: Params): string =>
    `Block ${fmt(p.block)}: its payees add up to ${yen(p.sum, 'en')}, not the block total ${yen(p.total, 'en')} (off by ${yen(p.diff, 'en')}).`,
  RS_PAYEES_NOT_ALL_LISTED: (p: Params): string =>
    `Block ${fmt(p.block)}: ${fmt(p.declared)} payees declared, ${fmt(p.listed)} listed${p.other ? ' (including その他)' : ''}; the others cannot be shown.`,
  RS_DECLARED_FEWER: (p: Params): string =>
    `Block ${fmt(p.block)}: ${fmt(p.declared)} payees declared but ${fmt(p.listed)} listed.`,
  RS_EXECUTED_MISMATCH: (p: Params): string =>
    `The ${fmt(p.year)} 執行額 ${yen(p.executed, 'en')} differs from the ${yen(p.sum, 'en')} of blocks ${fmt(p.blocks)}${p.direct ? ' and the state\'s own spending' : ''} paid by the ministry (off by ${yen(p.diff, 'en')}).`,
  RS_NO_CORPORATE_NUMBER: (p: Params): string =>
    `Block ${fmt(p.block)}: ${fmt(p.count)} payees (${fmt(p.names)}) have no 法人番号 (9999999999999 stands for none).`,
  // --- issue #11 (rs-app): a model JSON loaded back ---
  JSON_INVALID: (p: Params): string =>
    `This is not valid JSON (${fmt(p.detail)}).`,
  JSON_NOT_MODEL: (p: Params): string =>
    `This is not the app's JSON (parseOutput, schemaVersion ${fmt(p.version)}): ${fmt(p.path)} ${fmt(p.issue)}`,
  // --- rsfix: an RS intermediary's block total that no payee row gives ---
  RS_BLOCK_TOTAL_UNTRACED: (p: Params): string =>
    `Block ${fmt(p.block)}: of its total ${yen(p.total, 'en')}, ${yen(p.untraced, 'en')} is given neither by its ${fmt(p.count)} payee amounts (${yen(p.payees, 'en')}) nor passed to blocks ${fmt(p.children)} (${yen(p.received, 'en')}); it is drawn as "支出先別の記載がない額" (not given per payee).`,
  // --- rsfix: a CSV that stops inside a row (a download cut short) ---
  RS_FILE_CUT_SHORT: (p: Params): string =>
    `${fmt(p.file)} line ${fmt(p.line)}: the ${fmt(p.table)} file ends inside a row (a download cut short?). The last row is read as far as it goes; any rows after it are missing.`,
};
