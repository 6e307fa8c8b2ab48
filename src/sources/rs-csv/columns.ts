/**
 * The tables of the RSシステム open data this reader uses, their columns, and how a file is
 * recognised by its header line (never by its name). Column names are compared after NFKC and
 * without white space, so `翌年度への繰越し(合計）` and full-width forms match; column order is
 * free and extra columns are ignored.
 */
import { key } from './values.ts';

/** A table of the RSシステム open data that the reader understands. */
export type RsTable = '5-1' | '5-2' | '5-3' | '5-4' | '2-1' | '1-2';

/** All tables, in the order notices name them. */
export const RS_TABLES: readonly RsTable[] = ['5-1', '5-2', '5-3', '5-4', '2-1', '1-2'];

/** Columns every table shares (the first 13 of each file). Only these are read from them. */
export const COMMON = {
  year: '事業年度',
  id: '予算事業ID',
  name: '事業名',
  ministry: '政策所管府省庁',
  org: '府省庁',
  bureau: '局・庁',
  department: '部',
  division: '課',
} as const;

/** Common columns a file must have to be read at all. */
const COMMON_REQUIRED = ['year', 'id'] as const;

/**
 * One column the reader uses: its name (or names), and whether a file may lack it. Only the
 * columns without which the table means nothing are required (a file lacking one is refused);
 * a missing optional column is named in a warning and read as empty.
 */
interface ColumnSpec {
  names: readonly string[];
  /** Matches a header cell by prefix instead (long 理由 headings differ between years). */
  prefix?: boolean;
  optional?: boolean;
}

const col = (name: string | string[], opts: Omit<ColumnSpec, 'names'> = {}): ColumnSpec => ({ names: Array.isArray(name) ? name : [name], ...opts });

// 5-4 repeats "（国庫債務負担行為等による契約）" after each column name; it is removed before matching.
const MULTI_YEAR_SUFFIX = key('（国庫債務負担行為等による契約）');

/** The columns of each table, by the field name the reader uses. */
export const TABLE_COLUMNS = {
  '5-1': {
    block: col('支出先ブロック番号'),
    blockName: col('支出先ブロック名', { optional: true }),
    declaredCount: col('支出先の数', { optional: true }),
    role: col('事業を行う上での役割', { optional: true }),
    blockTotal: col('ブロックの合計支出額'),
    payee: col('支出先名'),
    corporateNumber: col('法人番号', { optional: true }),
    location: col('所在地', { optional: true }),
    corporateType: col('法人種別', { optional: true }),
    other: col('その他支出先', { optional: true }),
    payeeTotal: col('支出先の合計支出額'),
    description: col('契約概要', { optional: true }),
    amount: col('金額', { optional: true }),
    contractType: col('契約方式等', { optional: true }),
    contractDetail: col('具体的な契約方式等', { optional: true }),
    bidders: col(['入札者数', '入札者数(応募者数)'], { optional: true }),
    awardRate: col(['落札率', '落札率(%)'], { optional: true }),
    reason: col('一者応札', { prefix: true, optional: true }),
    otherContract: col('その他の契約', { optional: true }),
  },
  '5-2': {
    fromBlock: col('支出元の支出先ブロック'),
    fromName: col('支出元の支出先ブロック名', { optional: true }),
    fromMinistry: col('担当組織からの支出'),
    toBlock: col('支出先の支出先ブロック'),
    toName: col('支出先の支出先ブロック名', { optional: true }),
    note: col('資金の流れの補足情報', { optional: true }),
    direct: col('国自らが支出する間接経費', { optional: true }),
    directItem: col('国自らが支出する間接経費の項目', { optional: true }),
    directAmount: col('国自らが支出する間接経費の金額', { optional: true }),
  },
  '5-3': {
    block: col('支出先ブロック番号'),
    payee: col('支出先名'),
    corporateNumber: col('法人番号', { optional: true }),
    description: col('契約概要', { optional: true }),
    category: col('費目'),
    purpose: col('使途', { optional: true }),
    amount: col('金額'),
  },
  '5-4': {
    block: col(['支出先ブロック']),
    payee: col(['契約先名']),
    corporateNumber: col(['契約先の法人番号'], { optional: true }),
    location: col(['契約先の所在地'], { optional: true }),
    corporateType: col(['契約先の法人種別'], { optional: true }),
    description: col(['契約概要(契約名)', '契約概要'], { optional: true }),
    amount: col(['契約額']),
    contractType: col(['契約方式等'], { optional: true }),
    contractDetail: col(['具体的な契約方式等'], { optional: true }),
    bidders: col(['入札者数(応募者数)', '入札者数'], { optional: true }),
    awardRate: col(['落札率(%)', '落札率'], { optional: true }),
    reason: col('一者応札', { prefix: true, optional: true }),
    otherContract: col('その他の契約', { optional: true }),
  },
  '2-1': {
    budgetYear: col('予算年度'),
    initial: col('当初予算(合計)', { optional: true }),
    supplementary: col('補正予算(合計)', { optional: true }),
    carriedIn: col(['前年度からの繰越し(合計)', '前年度から繰越し(合計)'], { optional: true }),
    reserve: col('予備費等(合計)', { optional: true }),
    total: col('計(歳出予算現額合計)', { optional: true }),
    executed: col('執行額(合計)'),
    executionRate: col('執行率', { optional: true }),
    carriedOut: col(['翌年度への繰越し(合計)', '翌年度へ繰越し(合計)'], { optional: true }),
    request: col('翌年度要求額(合計)', { optional: true }),
    account: col('会計区分', { optional: true }),
  },
  '1-2': {
    purpose: col(['事業の目的', '事業目的'], { optional: true }),
    overview: col(['事業の概要', '事業概要'], { optional: true }),
    category: col('事業区分', { optional: true }),
    startYear: col('事業開始年度', { optional: true }),
    endYear: col(['事業終了(予定)年度', '事業終了年度', '事業終了予定年度'], { optional: true }),
  },
} as const satisfies Record<RsTable, Record<string, ColumnSpec>>;

/** Field names of a table's columns. */
export type Field<T extends RsTable> = keyof (typeof TABLE_COLUMNS)[T] & string;

/** Columns whose presence says which table a header belongs to (enough of them must be there). */
const SIGNATURE: Record<RsTable, string[]> = {
  '5-1': ['支出先ブロック番号', '支出先ブロック名', 'ブロックの合計支出額', '支出先の合計支出額', '支出先の数'],
  '5-2': ['支出元の支出先ブロック', '担当組織からの支出', '支出先の支出先ブロック', '国自らが支出する間接経費'],
  '5-3': ['費目', '使途'],
  '5-4': ['契約先名', '契約額'],
  '2-1': ['予算年度', '当初予算(合計)', '執行額(合計)', '執行率'],
  '1-2': ['事業の目的', '事業目的', '事業の概要', '事業概要', '事業区分', '事業開始年度'],
};

/** Normalised header name: NFKC, no white space, 5-4's suffix removed. */
function headerKey(cell: string): string {
  const k = key(cell.replace(/^\uFEFF/, ''));
  return k.endsWith(MULTI_YEAR_SUFFIX) && k.length > MULTI_YEAR_SUFFIX.length ? k.slice(0, -MULTI_YEAR_SUFFIX.length) : k;
}

/** A recognised header: the table and the index of each column the reader uses (-1: absent). */
export interface HeaderMap<T extends RsTable = RsTable> {
  table: T;
  common: Record<keyof typeof COMMON, number>;
  columns: Record<string, number>;
  /** Number of header cells. */
  width: number;
}

/** Why a header could not be used. */
export type HeaderProblem =
  | { kind: 'not-rs' }
  | { kind: 'other-table' }
  | { kind: 'missing'; table: RsTable; columns: string[] };

function indexOf(keys: readonly string[], spec: ColumnSpec): number {
  for (const name of spec.names) {
    const k = key(name);
    const i = spec.prefix ? keys.findIndex((h) => h.startsWith(k)) : keys.indexOf(k);
    if (i >= 0) return i;
  }
  return -1;
}

/** Recognises a header line (its cells); the table it belongs to, or why not. */
export function recognise(cells: readonly string[]): { ok: true; header: HeaderMap; absent: string[] } | { ok: false; problem: HeaderProblem } {
  const keys = cells.map(headerKey);
  const common = {} as Record<keyof typeof COMMON, number>;
  for (const [field, name] of Object.entries(COMMON) as [keyof typeof COMMON, string][]) common[field] = keys.indexOf(key(name));
  const set = new Set(keys);
  // The table whose signature columns are most present.
  let best: RsTable | null = null;
  let bestScore = 0;
  for (const t of RS_TABLES) {
    const sig = SIGNATURE[t];
    const score = sig.filter((s) => set.has(key(s))).length / sig.length;
    if (score > bestScore) { best = t; bestScore = score; }
  }
  const hasCommon = COMMON_REQUIRED.every((f) => common[f] >= 0);
  if (!best || bestScore < 0.5) return { ok: false, problem: { kind: hasCommon ? 'other-table' : 'not-rs' } };
  const specs = TABLE_COLUMNS[best] as Record<string, ColumnSpec>;
  const columns: Record<string, number> = {};
  const missing: string[] = [];
  const absent: string[] = [];
  for (const f of COMMON_REQUIRED) if (common[f] < 0) missing.push(COMMON[f]);
  for (const [field, spec] of Object.entries(specs)) {
    const i = indexOf(keys, spec);
    columns[field] = i;
    if (i < 0) (spec.optional ? absent : missing).push(spec.names[0] as string);
  }
  if (missing.length > 0) return { ok: false, problem: { kind: 'missing', table: best, columns: missing } };
  // 1-2's columns are not known well enough to warn about the ones it lacks.
  return { ok: true, header: { table: best, common, columns, width: cells.length }, absent: best === '1-2' ? [] : absent };
}
