/** Notices shown when a link cannot be used as given (both languages; the UI picks one). */
import type { Message } from '../contract/schema.ts';

export const notices = {
  malformed: { ja: 'リンクの表示指定を読み取れなかったため、初期表示にしました。', en: 'The link’s view could not be read, so the default view is shown.' },
  stale: { ja: 'リンクが指す表示はこのシートにないため、初期表示にしました。', en: 'The view in the link does not exist in this sheet, so the default view is shown.' },
  refusedOrigin: (url: string): Message => ({ ja: `別のオリジンのシートは読み込めません: ${url}`, en: `Sheets from another origin are refused: ${url}` }),
  fetchFailed: (url: string, status: string): Message => ({ ja: `シートを読み込めませんでした (${status}): ${url}`, en: `Could not load the sheet (${status}): ${url}` }),
  fileUrl: { ja: 'ディスクから開いたページでは sheet= のリンクは使えません。', en: 'sheet= links do not work in a page opened from disk.' },
} satisfies Record<string, Message | ((...a: string[]) => Message)>;
