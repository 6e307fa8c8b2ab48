/** Strings of the RSシステム project list (ja/en). Issue #11. */
import type { Lang } from '../format.ts';

const ja = {
  title: '事業一覧(RSシステム)',
  count: (shown: number, total: number) => (shown === total ? `${total}件` : `${total}件中 ${shown}件`),
  searchLabel: '事業名・府省庁・予算事業ID・支出先・法人番号で検索',
  searchPlaceholder: '例: 見本、総務省、900002',
  none: '当てはまる事業はありません。',
  more: (n: number) => `さらに表示(残り${n}件)`,
  id: '予算事業ID',
  year: (y: number) => `${y}年度`,
  unknownTotal: '金額不明',
  tables: (t: string) => `読み込んだ表: ${t}`,
  current: '表示中',
};
const en: typeof ja = {
  title: 'Projects (RSシステム)',
  count: (shown, total) => (shown === total ? `${total} projects` : `${shown} of ${total} projects`),
  searchLabel: 'Search by project name, ministry, 予算事業ID, payee or 法人番号',
  searchPlaceholder: 'e.g. 見本, 総務省, 900002',
  none: 'No project matches.',
  more: (n) => `Show more (${n} left)`,
  id: '予算事業ID',
  year: (y) => `FY${y}`,
  unknownTotal: 'amount unknown',
  tables: (t) => `Tables read: ${t}`,
  current: 'shown',
};

export type ProjectStrings = typeof ja;
export const projectStrings = (lang: Lang): ProjectStrings => (lang === 'en' ? en : ja);
