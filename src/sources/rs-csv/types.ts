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

import type { ProjectSummary } from '../../contract/source.ts';
export type { ProjectSummary };

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
  /** year (#14): each project's year-model entry, by the same key, gathered in the reading pass. */
  lean?: Record<string, YearProject>;
}
import type { YearProject } from '../../contract/year.ts';
