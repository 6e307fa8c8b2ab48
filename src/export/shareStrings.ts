/**
 * Strings of the share dialog (ja/en): the link and embed code, and the part about a sheet of the
 * user's (issue #13): it is not in the link, and the one HTML file with it. Only the dialog (loaded
 * on click) uses them.
 */
import type { Lang } from '../i18n/ui.ts';

const ja = {
  sharedIsBundled: (file: string, bundled: string) =>
    `読み込んだファイル「${file}」はこのブラウザの中にだけあり、送信されません。そのため下のリンクと埋め込みコードが表示するのは、このシートではなく同梱のシート「${bundled}」です。このシートを渡すには、下の「HTMLファイルとして保存」を使ってください。`,
  saveSingleTitle: 'このシートを入れた1つのHTMLファイル',
  saveSingle: 'HTMLファイルとして保存',
  saveSingleHint: 'この1ファイルだけで開けます(ネット接続不要)。会議資料としてメールで送れます。',
  saveSingleFailed: 'この環境ではHTMLファイルを作れません(1ファイル版のひな形が見つかりません)。',
  saveSingleDone: (name: string) => `「${name}」を保存しました。`,
  // The dialog's link and embed code (perf: out of the start-up strings, src/view/shell/strings.ts).
  shareTitle: 'この表示を共有・埋め込み',
  shareLink: 'この表示へのリンク',
  embedCode: '埋め込みコード (<iframe>)',
  embedHint: '同じサイトのページに貼り付けます。図・凡例・全体表示へのリンクだけを表示します。',
  copy: 'コピー',
  copied: 'コピーしました',
  close: '閉じる',
  iframeTitle: (name: string) => `${name}の資金の流れ`,
};
const en: typeof ja = {
  sharedIsBundled: (file: string, bundled: string) =>
    `The file you loaded, “${file}”, stays in this browser and is never sent anywhere. So the link and the embed code below show the bundled sheet “${bundled}”, not this one. To hand this sheet on, use “Save as an HTML file” below.`,
  saveSingleTitle: 'One HTML file with this sheet',
  saveSingle: 'Save as an HTML file',
  saveSingleHint: 'Opens on its own, with no network: the file to e-mail to a review meeting.',
  saveSingleFailed: 'The HTML file cannot be made here (the single-file template is missing).',
  saveSingleDone: (name: string) => `Saved “${name}”.`,
  // The dialog's link and embed code (perf: out of the start-up strings, src/view/shell/strings.ts).
  shareTitle: 'Share or embed this view',
  shareLink: 'Link to this view',
  embedCode: 'Embed code (<iframe>)',
  embedHint: 'Paste into a page on the same site. Shows only the diagram, its legend and a link to the full view.',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  iframeTitle: (name: string) => `Fund flow of ${name}`,
};

/** Share strings for a language. */
export function shareStrings(lang: Lang): typeof ja {
  return lang === 'en' ? en : ja;
}
