/** Notices about RSシステム files (both languages; the UI picks one). Issue #11. */
import type { Message } from '../contract/schema.ts';
import type { RsTable } from '../sources/rs-csv/index.ts';

/** What the app cannot show without each table. */
const LOST: Record<RsTable, Message> = {
  '5-1': { ja: '支出先・金額・契約', en: 'payees, amounts and contracts' },
  '5-2': { ja: 'ブロックのつながり', en: 'the links between blocks' },
  '5-3': { ja: '費目・使途', en: '費目・使途 (expense categories and uses)' },
  '5-4': { ja: '国庫債務負担行為等による契約', en: 'multi-year contracts (国庫債務負担行為等)' },
  '2-1': { ja: '予算・執行', en: 'budget and execution' },
  '1-2': { ja: '事業概要', en: 'the project overview' },
};

export const rsNotices = {
  /** One notice naming every missing table: "no 5-3: 費目・使途 not shown". */
  missing: (tables: readonly RsTable[]): Message => ({
    ja: tables.map((t) => `${t} がありません: ${LOST[t].ja}は表示されません`).join('。') + '。',
    en: tables.map((t) => `no ${t}: ${LOST[t].en} not shown`).join('; ') + '.',
  }),
  /** A link names a project of RS files that are not loaded (files never travel in a link). */
  projectNotLoaded: (id: string): Message => ({
    ja: `リンクの事業 ${id} はRSシステムのCSVファイルから開きます。ファイルを読み込むと表示します。`,
    en: `Project ${id} in the link comes from RSシステム CSV files: load the files to see it.`,
  }),
  /** Several kinds of file were given at once: only the RS files were read. */
  mixed: (names: readonly string[]): Message => ({
    ja: `RSシステムのファイルと一緒に渡されたため読み込んでいません: ${names.join('、')}`,
    en: `Not read, as it came together with RSシステム files: ${names.join(', ')}`,
  }),
};
