/**
 * The one schema of the project: the parsed review sheet, the fund-flow graph,
 * diagnostics and the CLI/JSON contract (schemaVersion 2). TypeScript types are
 * inferred from these zod/mini schemas so the runtime check and the types never drift.
 */
import { z } from 'zod/mini';
import { SCHEMA_VERSION } from './version.ts';

/** 1-based line number of the input text. */
const line = z.int().check(z.minimum(1));

export const severitySchema = z.enum(['error', 'warning', 'info']);
/** How serious a diagnostic is: error (could not read), warning (numbers disagree), info (worth knowing). */
export type Severity = z.infer<typeof severitySchema>;

export const messageSchema = z.object({ ja: z.string(), en: z.string() });
/** A user-facing message in both UI languages. */
export type Message = z.infer<typeof messageSchema>;

export const diagnosticSchema = z.object({
  severity: severitySchema,
  /** Stable machine code, e.g. `SUM_MISMATCH`; see src/i18n/messages.ts. */
  code: z.string(),
  message: messageSchema,
  /** 1-based line of the input the diagnostic is about. */
  line,
  /** The file the line belongs to, when a sheet is read from several files (RS CSVs). */
  file: z.optional(z.nullable(z.string())),
  /** 1-based tab-separated cell number on that line, where known. */
  column: z.optional(z.nullable(z.int())),
  /** The block the diagnostic concerns, so the UI can select it. */
  blockId: z.optional(z.nullable(z.string())),
  /** The recipient rank within that block, so the UI can select the row. */
  rank: z.optional(z.nullable(z.int())),
});
/** One finding of the parser or of a check. Never thrown: always returned. */
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export const contractFamilySchema = z.enum(['grant', 'competitive', 'open-call', 'discretionary', 'unknown']);
/**
 * Contract family of a 契約方式等 text: grant (補助金等交付/交付), competitive (一般競争/指名競争),
 * open-call (随意契約 公募/企画競争), discretionary (随意契約 少額/その他), unknown.
 */
export type ContractFamily = z.infer<typeof contractFamilySchema>;

export const contractSchema = z.object({
  /** 契約概要. */
  description: z.string(),
  /** 金額 (契約額) in the sheet's unit, or null when not given. */
  amount: z.nullable(z.number()),
  contractType: z.nullable(z.string()),
  contractFamily: contractFamilySchema,
  bidders: z.nullable(z.int()),
  /** 落札率 in percent. */
  awardRate: z.nullable(z.number()),
  reason: z.nullable(z.string()),
  /** その他の契約 / 具体的な契約方式等 and similar free text. */
  other: z.optional(z.nullable(z.string())),
  /** True when the contract comes from 5-4 (国庫債務負担行為等による契約). */
  multiYear: z.optional(z.boolean()),
  line,
  file: z.optional(z.nullable(z.string())),
});
/** One contract of a payee (RSシステム: a 5-1 contract row or a 5-4 row). */
export type Contract = z.infer<typeof contractSchema>;

export const recipientSchema = z.object({
  /** Rank as printed (1, 2, …); lists may have more than 10 rows. */
  rank: z.int(),
  name: z.string(),
  /** 13-digit 法人番号, or null (individuals, missing). */
  corporateNumber: z.nullable(z.string()),
  /** Check-digit status of corporateNumber; null when there is none. */
  corporateNumberValid: z.nullable(z.boolean()),
  description: z.string(),
  /** 支出額 in the sheet's unit. */
  amount: z.number(),
  contractType: z.nullable(z.string()),
  contractFamily: contractFamilySchema,
  /** 入札者数 (応募者数). */
  bidders: z.nullable(z.int()),
  /** 落札率 in percent, e.g. 94.6. */
  awardRate: z.nullable(z.number()),
  /** Reason for single-bid / non-competitive contracts (10億円 or more). */
  reason: z.nullable(z.string()),
  line,
  /** The contracts behind this payee (RSシステム 5-1 contract rows and 5-4), when the source lists them. */
  contracts: z.optional(z.array(contractSchema)),
  /** True for a bundled "その他" payee (many small payees in one row). */
  isOther: z.optional(z.boolean()),
  /** True for an individual (個人): no 法人番号 by design. */
  individual: z.optional(z.boolean()),
  /** 所在地, where the source gives it. */
  location: z.optional(z.nullable(z.string())),
  /** 法人種別, where the source gives it. */
  corporateType: z.optional(z.nullable(z.string())),
  /** False when the source gives no amount for this payee (RSシステム): `amount` is then 0, not a stated 0. */
  amountKnown: z.optional(z.boolean()),
});
/** One row of a 支出先上位10者リスト. */
export type Recipient = z.infer<typeof recipientSchema>;

export const expenseItemSchema = z.object({
  /** 費目, e.g. 人件費. */
  category: z.string(),
  /** 使途 / 用途. */
  purpose: z.string(),
  amount: z.number(),
  line,
});
/** One row of a 費目・使途 table. */
export type ExpenseItem = z.infer<typeof expenseItemSchema>;

export const expensesSchema = z.object({
  /** The recipient named in the table heading, as printed (e.g. "(株)日立製作所"). */
  recipient: z.string(),
  /** Ranks of the block's list rows that this recipient matches (after legal-form normalisation). */
  matchedRanks: z.array(z.int()),
  /** The table's 計, or null when the sheet has none. */
  total: z.nullable(z.number()),
  items: z.array(expenseItemSchema),
  /** Line of the table heading. */
  line,
});
/** A block's 費目・使途 table: what the block's largest recipient spent its money on. */
export type Expenses = z.infer<typeof expensesSchema>;

export const blockSchema = z.object({
  /** Block letter, "A" … "Z". */
  id: z.string(),
  /**
   * Exact decimal sum of the listed recipients' 支出額. RSシステム sheets: the stated ブロックの合計支出額,
   * else the sum of the payees' stated amounts; 0 when `amountKnown` is false.
   */
  total: z.number(),
  recipients: z.array(recipientSchema),
  expenses: z.nullable(expensesSchema),
  /** Line of the block's list heading (or of its 費目 table if it has no list). */
  line,
  /** True when the list is exactly 10 rows long: the block may have more recipients than listed. */
  possiblyTruncated: z.boolean(),
  /** 支出先ブロック名, where the source names the block (RSシステム). */
  name: z.optional(z.nullable(z.string())),
  /** 事業を行う上での役割. */
  role: z.optional(z.nullable(z.string())),
  /** 支出先の数 as declared; may exceed the recipients listed. */
  declaredCount: z.optional(z.nullable(z.int())),
  /** ブロックの合計支出額 as stated by the source, when it states one. */
  statedTotal: z.optional(z.nullable(z.number())),
  /** False when the source gives no amount for the block at all (a block named only in 5-2): its total is unknown, not 0. */
  amountKnown: z.optional(z.boolean()),
  /** True when a row of this block could not be read: its total is partial. */
  incomplete: z.optional(z.boolean()),
  /** Further 費目・使途 tables of the block (RSシステム 5-3 may name several payees); `expenses` is the first. */
  moreExpenses: z.optional(z.array(expensesSchema)),
});
/** One block (A, B, …) of the 資金の流れ. */
export type Block = z.infer<typeof blockSchema>;

const amount = z.nullable(z.number());
export const budgetYearSchema = z.object({
  /** Western fiscal year (令和4年度 → 2022). */
  year: z.int(),
  /** Column heading as printed. */
  label: z.string(),
  initial: amount,
  supplementary: amount,
  carriedIn: amount,
  carriedOut: amount,
  reserve: amount,
  total: amount,
  executed: amount,
  /** 執行率 in percent, where printed. */
  executionRate: amount,
  /** True for the next year's request column (…要求). */
  request: z.boolean(),
  /** Line of the 執行額 row, where read. */
  executedLine: z.optional(z.nullable(line)),
});
/** One fiscal-year column of the 予算額・執行額 table. */
export type BudgetYear = z.infer<typeof budgetYearSchema>;

export const flowSchema = z.object({
  /** `ministry` or a block id. */
  from: z.string(),
  /** A block id, or `direct-cost` for money the state spends itself (間接経費, 旅費). */
  to: z.string(),
  /** Amount in the sheet's unit; null when the source does not say (a block with several inflows). */
  amount: z.nullable(z.number()),
  /** 資金の流れの補足情報, or the 間接経費 item. */
  note: z.nullable(z.string()),
  /** True when the edge was inferred (text sheets have no arrows); false when the source states it or the user set it. */
  inferred: z.boolean(),
  line: z.optional(z.nullable(line)),
  file: z.optional(z.nullable(z.string())),
  /** text-reader (#12): true when the edge is a guess — no structure reconciles with the sheet's 執行額. */
  guessed: z.optional(z.boolean()),
});
/** One edge of the 資金の流れ: ministry → block, block → block, or ministry → direct cost. */
export type Flow = z.infer<typeof flowSchema>;

export const sheetSchema = z.object({
  projectNumber: z.nullable(z.string()),
  projectName: z.nullable(z.string()),
  ministry: z.nullable(z.string()),
  sheetYear: z.nullable(z.int()),
  /** Unit of every amount, e.g. 百万円. */
  unit: z.string(),
  bureau: z.nullable(z.string()),
  division: z.nullable(z.string()),
  implementation: z.nullable(z.string()),
  /** Fiscal year whose actuals the 資金の流れ reports (※令和3年度実績を記入 → 2021), when stated. */
  actualsYear: z.nullable(z.int()),
  budget: z.array(budgetYearSchema),
  blocks: z.array(blockSchema),
  /** The edges between the ministry and the blocks, as data; the graph is drawn from them. */
  flows: z.array(flowSchema),
  /** Which source read the sheet. */
  source: z.optional(z.enum(['text', 'rs-csv'])),
  /** The file(s) the sheet was read from, when known. */
  files: z.optional(z.array(z.string())),
  /** 事業概要等 (RSシステム 1-2), labels only. */
  about: z.optional(z.nullable(z.object({
    purpose: z.nullable(z.string()),
    overview: z.nullable(z.string()),
    /** 事業区分. */
    category: z.nullable(z.string()),
    startYear: z.nullable(z.int()),
    endYear: z.nullable(z.int()),
  }))),
});
/** Everything read from one review sheet. */
export type Sheet = z.infer<typeof sheetSchema>;

export const nodeKindSchema = z.enum(['ministry', 'block', 'kept', 'residual', 'recipient', 'category', 'purpose', 'other']);
/** What a graph node stands for. */
export type NodeKind = z.infer<typeof nodeKindSchema>;

const blockIdField = z.string();

/**
 * What a block is called, as a code plus data (the view words it per language; model/blocks.ts
 * `blockLabelParts` chooses it):
 * - `named`: the source names the block (RSシステム 支出先ブロック名): "C 株式会社見本一ほか";
 * - `recipient`: its largest recipient (rows merged by 法人番号 or name) without legal form, and how
 *   many other recipients it has: "B 日立製作所 他5者";
 * - `expenses`: no rows, but its 費目・使途 names a recipient;
 * - `bare`: nothing to name it by, only its letter.
 */
const blockNames = [
  z.object({ code: z.literal('named'), blockId: blockIdField, name: z.string() }),
  z.object({ code: z.literal('recipient'), blockId: blockIdField, name: z.string(), others: z.int() }),
  z.object({ code: z.literal('expenses'), blockId: blockIdField, name: z.string() }),
  z.object({ code: z.literal('bare'), blockId: blockIdField }),
] as const;
export const blockNameSchema = z.discriminatedUnion('code', blockNames);
/** What a block is called (see {@link blockNameSchema}). */
export type BlockLabelParts = z.infer<typeof blockNameSchema>;

/**
 * labels (#10): the name of a node the model makes up, as a code plus data; the words of each code,
 * per language, are src/i18n/nodeNames.ts (`nodeName`), and a node's `label` is that in Japanese.
 * Nodes the sheet names (recipients, 費目, 使途, the ministry when stated) carry no code: their
 * label is the sheet's text. Codes:
 * - the block codes of {@link blockNameSchema};
 * - `ministry`: the ministry when the sheet does not name it (府省庁);
 * - `residual`: what an intermediary received but neither kept nor passed on (内訳不明の差額);
 * - `overReceived`: the blocks it funds received more than it had (不突合);
 * - `kept`: what an intermediary kept, by the sheet's 費目 `category`;
 * - `ownPayees` (RS): what stayed with a block's own `count` payees;
 * - `untraced` (RS): the part of a block total no payee row gives;
 * - `unstated` (RS): the source drawn for blocks 5-2 gives no inflow;
 * - `junction` (RS): where several `funders` (node ids: `ministry` or block ids) meet, the split not
 *   given; `ministry` is the sheet's ministry (short form) or null when it names none;
 * - `onward` (RS drill-down): the payees of `block` passing money on, which payee not given;
 * - `direct` (RS): money the state spends itself; `note` the 5-2 item (null: none given);
 * - `expenseTable` (drill-down): where the rows of the recipient `name` the 費目・使途 is about meet;
 * - `noCategory` (drill-down): an expense row with no 費目;
 * - year overview (#14): `yearTotal` (the root), `noMinistry` (a project with no 府省庁),
 *   `foldProjects`/`foldPayees` (the `count` smallest folded), `stateOwn` (a project's own costs).
 */
export const nodeNameSchema = z.discriminatedUnion('code', [
  ...blockNames,
  z.object({ code: z.literal('ministry') }),
  z.object({ code: z.literal('residual'), block: blockIdField }),
  z.object({ code: z.literal('overReceived'), block: blockIdField }),
  z.object({ code: z.literal('kept'), block: blockIdField, category: z.string() }),
  z.object({ code: z.literal('ownPayees'), block: blockIdField, count: z.int() }),
  z.object({ code: z.literal('untraced'), block: blockIdField }),
  z.object({ code: z.literal('unstated') }),
  z.object({ code: z.literal('junction'), block: blockIdField, funders: z.array(z.string()), ministry: z.nullable(z.string()) }),
  z.object({ code: z.literal('onward'), block: blockIdField }),
  z.object({ code: z.literal('direct'), note: z.nullable(z.string()) }),
  z.object({ code: z.literal('expenseTable'), name: z.string() }),
  z.object({ code: z.literal('noCategory') }),
  z.object({ code: z.literal('yearTotal') }),
  z.object({ code: z.literal('noMinistry') }),
  z.object({ code: z.literal('foldProjects'), count: z.int() }),
  z.object({ code: z.literal('foldPayees'), count: z.int() }),
  z.object({ code: z.literal('stateOwn') }),
]);
/** The name of a node the model makes up (see {@link nodeNameSchema}). */
export type NodeName = z.infer<typeof nodeNameSchema>;

export const graphNodeSchema = z.object({
  id: z.string(),
  kind: nodeKindSchema,
  /** The node's name in Japanese: the sheet's text, or `nodeName(name)` (src/i18n/nodeNames.ts) for a made-up one. */
  label: z.string(),
  /** labels (#10): the name as a code plus data when the model makes it up (absent in JSON of older builds). */
  name: z.optional(nodeNameSchema),
  /** The block this node belongs to, if any. */
  blockId: z.optional(z.nullable(z.string())),
  /** Sheet line the node's number comes from, if any. */
  line: z.optional(z.nullable(line)),
  /** text-reader (#12): true when the node's amount is partial (a row of its block could not be read, or the file ends inside its list; for the ministry: some block is). */
  incomplete: z.optional(z.boolean()),
  /**
   * Flow-graph nodes of RSシステム sheets: `junction` (several blocks fund one block, the split is not
   * given; kind 'other'), `direct` (money the state spends itself, 間接経費/旅費; kind 'kept'),
   * `unknown-amount` (a block the files give no amount for; its links carry 0).
   */
  variant: z.optional(z.enum(['junction', 'direct', 'unknown-amount'])),
});
/** A node of the fund-flow graph. */
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const linkKindSchema = z.enum(['fund', 'kept', 'residual', 'payment', 'expense']);
/** What a link stands for: money passed on, kept by an intermediary, an unreconciled residual, a payment to a recipient, an expense. */
export type LinkKind = z.infer<typeof linkKindSchema>;

export const graphLinkSchema = z.object({
  source: z.string(),
  target: z.string(),
  value: z.number(),
  kind: linkKindSchema,
  /** Contract families of the money on this link (for the competition lens). */
  families: z.optional(z.array(contractFamilySchema)),
  line: z.optional(z.nullable(line)),
  /** text-reader (#12): true for a ministry→block or block→block link that is a guess (graph.structureGuessed). */
  guessed: z.optional(z.boolean()),
  /**
   * RSシステム sheets: `unsplit` (a funder → junction connector, value 0: the split is not given),
   * `direct` (ministry → the state's own spending), `inferred` (a block no 5-2 edge funds, drawn from
   * the ministry), `set-aside` (a cycle-closing edge, in `graph.setAside` only).
   */
  variant: z.optional(z.enum(['unsplit', 'direct', 'inferred', 'set-aside'])),
  /** The source file of the edge (RSシステム 5-2), where known. */
  file: z.optional(z.nullable(z.string())),
});
/** A link of the fund-flow graph; value in the sheet's unit. */
export type GraphLink = z.infer<typeof graphLinkSchema>;

export const parentSchema = z.object({
  /** Parent node id: "ministry" or a block letter. */
  parent: z.string(),
  /** True when the parser inferred it (the text has no arrows); false when the caller set it. */
  inferred: z.boolean(),
});
/** Where a block's money comes from. */
export type Parent = z.infer<typeof parentSchema>;

export const graphSchema = z.object({
  nodes: z.array(graphNodeSchema),
  links: z.array(graphLinkSchema),
  /** Parent of every block, by block id. */
  parents: z.record(z.string(), parentSchema),
  /**
   * text-reader (#12): true when no structure reconciles with the sheet's 執行額 (or the sheet gives
   * none and the parents were inferred): the links between blocks are guessed (links[].guessed) and
   * the ministry's sum may differ from the sheet's figures. A STRUCTURE_GUESSED warning says by how much.
   */
  structureGuessed: z.optional(z.boolean()),
  /** text-reader (#12): the 執行額 the structure was checked against (year and amount), when the sheet gives it. */
  executed: z.optional(z.nullable(z.object({ year: z.int(), amount: z.number() }))),
  /** Edges kept out of the layout because they close a cycle (A→B→A), shown apart; RSシステム sheets only. */
  setAside: z.optional(z.array(graphLinkSchema)),
});
/** The fund-flow graph: ministry → blocks (→ blocks) with kept and residual flows. */
export type Graph = z.infer<typeof graphSchema>;

export const parseOutputSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sheet: sheetSchema,
  graph: graphSchema,
  diagnostics: z.array(diagnosticSchema),
});
/** The JSON contract printed by the CLI and exported by the app. */
export type ParseOutput = z.infer<typeof parseOutputSchema>;
