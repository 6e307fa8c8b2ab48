/**
 * Strings only the tooltip shows (it loads on first hover, so they stay out of the first
 * page's JavaScript): what a residual (差額・不突合) node or band is, and the label of the
 * sheet's own 契約方式等 texts.
 */
import type { Lang } from '../i18n/ui.ts';

const ja = {
  /** The 契約方式等 texts of the rows, as the sheet writes them (the families above use the legend's words). */
  typesAsWritten: '契約方式等(シートの記載)',
  residualExplain:
    'このブロックが受けた額と、下流のブロックへ渡した額・自ら支出した額(費目・使途)の合計との差です。シートに内訳がなく、点検結果にも載っています。「内訳不明の差額」は受けた額が多い分、「不突合」は下流の受取が多い分です。',
  // Issue #12 (guessed links): a band between blocks that no structure reconciles with the 執行額.
  guessedLink: 'このつながりは推定です(シートに矢印がなく、執行額とも一致しません)',
};
const en: typeof ja = {
  typesAsWritten: 'Contract types as written',
  residualExplain:
    'The difference between what this block received and what it passed on to the blocks below plus what it spent itself (its 費目・使途). The sheet gives no breakdown for it; the findings list it. An unexplained residual: more was received; a mismatch: the blocks below received more.',
  // Issue #12 (guessed links): a band between blocks that no structure reconciles with the 執行額.
  guessedLink: 'This link is guessed (the sheet has no arrows and the executed amount does not match)',
};

/** Tooltip strings for a language. */
export function tooltipStrings(lang: Lang): typeof ja {
  return lang === 'en' ? en : ja;
}
