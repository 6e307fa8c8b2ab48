/** Strings of the embed views (ja/en). */
import type { Lang } from '../i18n/ui.ts';

const ja = {
  openFullView: '全体表示で開く ↗',
  loading: '読み込み中…',
  refusedOrigin: (url: string) => `別のオリジンのシートは読み込めません: ${url}`,
  fetchFailed: (url: string, status: string) => `シートを読み込めませんでした (${status}): ${url}`,
};
const en: typeof ja = {
  openFullView: 'Open the full view ↗',
  loading: 'Loading…',
  refusedOrigin: (url: string) => `Sheets from another origin are refused: ${url}`,
  fetchFailed: (url: string, status: string) => `Could not load the sheet (${status}): ${url}`,
};

/** Embed strings in `lang`. */
export function embedStrings(lang: Lang): typeof ja {
  return lang === 'en' ? en : ja;
}
