/** year (#14): notices about year overview links and published years (both languages; the UI picks one). */
import type { Message } from '../contract/schema.ts';

export const yearNotices = {
  /** A link names a year whose files are not loaded (files never travel in a link). */
  yearNotLoaded: (year: number): Message => ({
    ja: `リンクの${year}年度の全体像はRSシステムのCSVファイル(または公開された index.json)から開きます。ファイルを読み込むと表示します。`,
    en: `The year ${year} in the link comes from RSシステム CSV files (or a published index.json): load the files to see it.`,
  }),
  /** A link names a ministry the year's files do not have. */
  ministryNotFound: (ministry: string, year: number): Message => ({
    ja: `リンクの府省庁「${ministry}」は${year}年度のファイルにありません。年度の全体像を表示しています。`,
    en: `The ministry "${ministry}" in the link is not in the files of ${year}: the whole year is shown.`,
  }),
  /** A published index.json that is not the `--list` array. */
  badIndex: (url: string, detail: string): Message => ({
    ja: `${url} は事業一覧(npm run parse -- … --split の index.json)として読めません: ${detail}`,
    en: `${url} cannot be read as a project list (the index.json of npm run parse -- … --split): ${detail}`,
  }),
};
