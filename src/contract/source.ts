/** What every source hands the model: the sheet it read and the diagnostics of reading it. */
import type { Diagnostic, Sheet } from './schema.ts';

/** A source's result (`{ value, diagnostics }`, like PapaParse's `{ data, errors }`); never thrown. */
export interface SourceResult {
  value: Sheet;
  diagnostics: Diagnostic[];
}

/** One row of the project list of a year's files (RSシステム: one per 予算事業ID and 事業年度). */
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
