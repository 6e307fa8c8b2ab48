/** The year store the RSシステム reader builds: plain data, structured-cloneable (no classes, no Maps). */
import type { RsTable } from './columns.ts';

/** One project's records of one table from one file, as raw CSV text (parsed again when the project is opened). */
export interface RsProjectRows {
  /** Index into {@link RsYear.files}. */
  file: number;
  /** 1-based physical CSV line (header = line 1) where each record starts. */
  lines: number[];
  /** Each record's text without its line end (quoted line breaks inside). */
  rows: string[];
}

/** Everything the files say about one (予算事業ID, 事業年度). */
export interface RsProjectStore {
  projectNumber: string;
  sheetYear: number;
  projectName: string;
  /** 政策所管府省庁. */
  ministry: string;
  /** 府省庁 (finer: 外局 such as 消防庁). */
  org: string;
  bureau: string;
  department: string;
  division: string;
  tables: Partial<Record<RsTable, RsProjectRows[]>>;
}

/** One row of the project list. */
export interface ProjectSummary {
  /** 予算事業ID as a string (no padding). */
  projectNumber: string;
  projectName: string;
  /** 政策所管府省庁. */
  ministry: string;
  /** 事業年度. */
  sheetYear: number;
  /**
   * Yen. What the ministry spends on the project as the files draw it: the stated totals of the
   * blocks paid by the ministry itself (5-2 担当組織からの支出 TRUE) plus the state's own direct
   * costs (5-2 間接経費/旅費); when 5-1 or 5-2 is missing (or they give none of these), the
   * 執行額（合計） of 予算年度 事業年度−1 from 2-1; null when none of these is given.
   */
  total: number | null;
  /**
   * Lower-case NFKC text without white space of 事業名, 府省庁, 政策所管府省庁, the ID, payee names
   * and 法人番号, for full/half-width-insensitive search: match `searchKey(query)` against it.
   */
  search: string;
}

/** A file read: its name, table and where each field the reader uses sits in its records (-1: absent). */
export interface RsFile {
  /** The CSV's name; `zip/inner.csv` for a CSV inside a ZIP. */
  name: string;
  table: RsTable;
  /** Field name (TABLE_COLUMNS) → 0-based cell index. */
  columns: Record<string, number>;
}

/** All projects of the files given, grouped by (予算事業ID, 事業年度). */
export interface RsYear {
  /** Tables present, in RS_TABLES order. */
  tables: RsTable[];
  /** One entry per (予算事業ID, 事業年度), by year then ID. */
  projects: ProjectSummary[];
  /** The files read. */
  files: RsFile[];
  /** Rows by `${予算事業ID}:${事業年度}`. */
  store: Record<string, RsProjectStore>;
}
