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
  // rsfix: RSシステム intermediaries.
  payeesExplain:
    'このブロックの支出先(5-1の支出先の行)が受け取り、下流のブロックへは渡さなかった額です: ブロックの合計支出額から、下流のブロックの受取(と費目・使途で自ら支出した額)を引いたもの。どの支出先の分かは記載されていません。',
  untracedExplain:
    'ブロックの合計支出額のうち、支出先の行の金額で示されず、下流のブロックにも渡っていない額です(支出先の金額が記載されていない、または記載の支出先が一部)。点検結果にも載っています。',
};
const en: typeof ja = {
  typesAsWritten: 'Contract types as written',
  residualExplain:
    'The difference between what this block received and what it passed on to the blocks below plus what it spent itself (its 費目・使途). The sheet gives no breakdown for it; the findings list it. An unexplained residual: more was received; a mismatch: the blocks below received more.',
  // Issue #12 (guessed links): a band between blocks that no structure reconciles with the 執行額.
  guessedLink: 'This link is guessed (the sheet has no arrows and the executed amount does not match)',
  payeesExplain:
    "What this block's own payees (its 5-1 payee rows) received and did not pass on to the blocks below: the block total less what those blocks received (and what its 費目・使途 says it spent itself). The files do not say which payee kept how much.",
  untracedExplain:
    "The part of the block total that its payee rows do not give and that did not go to the blocks below (payee amounts not given, or only some payees listed). The findings list it.",
};

/** Tooltip strings for a language. */
export function tooltipStrings(lang: Lang): typeof ja {
  return lang === 'en' ? en : ja;
}
