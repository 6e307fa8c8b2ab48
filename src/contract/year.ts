/**
 * year (#14): the shared types of a whole year (overview, payee search, competition shares) and
 * of one project compared across 事業年度. Plain data, structured-cloneable (they cross from the
 * RS worker to the page). Amounts in yen; null where the files do not say.
 */
import type { ContractFamily } from './schema.ts';

/** One payee of a block, as the year model keeps it. */
export interface YearPayee {
  /** 支出先名 as written. */
  name: string;
  /** 法人番号 (13 digits), null when none or the placeholder. */
  corporateNumber: string | null;
  /** 支出先の合計支出額; null when not given. */
  amount: number | null;
  /** Contract families of the payee's contracts (each once, in first-seen order). */
  families: ContractFamily[];
  /** True for a bundled "その他" payee. */
  isOther: boolean;
}

/** One block of a project. */
export interface YearBlock {
  id: string;
  /** 支出先ブロック名. */
  name: string | null;
  /** ブロックの合計支出額 as stated; null when not stated. */
  amount: number | null;
  /** True when 5-2 says the ministry itself pays the block (担当組織からの支出). */
  direct: boolean;
  payees: YearPayee[];
}

/** Contract amounts of a project by competition (for the competition lens). */
export interface YearCompetition {
  /** Sum of the stated amounts of all contracts (5-1 contract rows). */
  contracted: number;
  /** Of which competitive (一般競争/指名競争) with exactly one bidder (一者応札). */
  singleBid: number;
  /** Of which 随意契約 other than 公募/企画競争 (family `discretionary`). */
  discretionary: number;
  /** Number of contracts counted. */
  count: number;
}

/** One project of the year. */
export interface YearProject {
  projectNumber: string;
  projectName: string;
  /** 政策所管府省庁. */
  ministry: string;
  sheetYear: number;
  /** As ProjectSummary.total: direct blocks' stated totals plus the state's own direct costs. */
  total: number | null;
  /** The state's own spending (5-2 間接経費/旅費), summed; null when none. */
  directCost: number | null;
  blocks: YearBlock[];
  competition: YearCompetition;
}

/** What changed between two years for one block or payee. */
export type ChangeKind = 'new' | 'gone' | 'up' | 'down' | 'same' | 'renamed' | 'unknown';

/** An amount compared across two years: what a block and a payee change share. */
export interface AmountChange {
  /** The earlier year's name, when it differs (kind 'renamed'). */
  previousName: string | null;
  before: number | null;
  after: number | null;
  /** after − before (exact decimal), null when either is missing. */
  delta: number | null;
  /** delta / before in percent (display only), null when before is 0 or missing. */
  percent: number | null;
  kind: ChangeKind;
  /** The earlier year's row of the amount (RSシステム: its 5-1 line), null when that year has none. */
  beforeLine: number | null;
}

/** A payee compared across two years (matched by 法人番号, else by normalised name). */
export interface PayeeChange extends AmountChange {
  /** What the payee was matched by: `cn:<法人番号>` or `name:<normalised name>` (`#n` for the n-th alike in a block). */
  key: string;
  name: string;
  corporateNumber: string | null;
}

/** A block compared across two years (matched by block id). */
export interface BlockChange extends AmountChange {
  id: string;
  name: string | null;
  /** Who funds the block (5-2: 'ministry' or block ids) in the earlier year's sheet, else in the later one's. */
  fundedBy: string[];
  payees: PayeeChange[];
}

/** One project across two 事業年度. */
export interface ProjectComparison {
  projectNumber: string | null;
  before: { sheetYear: number | null; projectName: string | null };
  after: { sheetYear: number | null; projectName: string | null };
  blocks: BlockChange[];
  /** Budget / execution of each 予算年度 as each sheet states it. */
  budget: { year: number; before: { total: number | null; executed: number | null } | null; after: { total: number | null; executed: number | null } | null }[];
}
