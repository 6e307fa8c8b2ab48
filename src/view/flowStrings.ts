/**
 * Strings of the diagram's marks, link tooltips and folds (ja/en); the by-recipient view's are in
 * byRecipientStrings.ts, loaded with it.
 * Kept apart from src/i18n/ui.ts so the flow view's wording evolves in one place.
 */
import type { Lang } from '../i18n/ui.ts';
import { englishOf } from '../i18n/english.svelte.ts';
import { MARKS } from './panels/recipients.ts';

const ja = {
  /** Text alternative of the ⚑ mark. */
  singleBidder: (n: number) => `${MARKS.singleBidder} 一者応札 ${n}件`,
  singleBidderName: (n: number) => `一者応札 ${n}件`,
  /** Text alternative of the ◆ mark. */
  highRate: (n: number) => `${MARKS.highAwardRate} 落札率95%以上 ${n}件`,
  highRateName: (n: number) => `落札率95%以上 ${n}件`,
  /** Accessible name of a link band. */
  linkName: (from: string, to: string, amount: string) => `${from} → ${to} ${amount}`,
  linkShareOfSource: (source: string) => `${source}の支出に占める割合`,
  linksGroup: '資金の流れ(帯)',
  foldHolds: (n: number) => `${n}者をまとめています`,
  foldMore: (n: number) => `ほか${n}者`,
  foldHint: 'クリックまたはEnterで展開',
  // Issue #13 (diagram): two columns at a time on a phone; drilling is explicit after a tap.
  columnsNav: '段の切り替え',
  prevColumns: '前の段',
  nextColumns: '次の段',
  columnsOf: (a: number, b: number, n: number) => `${n}段のうち ${a}–${b}段目`,
  drillInto: (name: string) => `${name} の内訳を見る`,
};

export type FlowStrings = typeof ja;


/** Strings of the flow view in `lang`. */
export function flowStrings(lang: Lang): FlowStrings {
  return (lang === 'en' && englishOf<FlowStrings>('flow')) || ja;
}
