/**
 * Strings of the presentation (ja/en): its controls and the caption of each step (story.ts).
 * Only the presentation (loaded when it starts) uses them, so they are not in the start-up JS.
 */
import type { Lang } from '../../i18n/ui.ts';

const ja = {
  storyAll: '資金の流れ全体',
  stepOf: (i: number, n: number) => `${i} / ${n}`,
  presentKeys: '← → で移動、Esc で終了',
  leavePresent: 'プレゼンを終了 (Esc)',
  prev: '前へ',
  next: '次へ',
  share_: '全体に占める割合',
  families: '契約方式',
  flags: (single: number, high: number) => `一者応札 ${single}件・落札率95%以上 ${high}件`,
  noFlags: '一者応札・高落札率なし',
  recipients: (n: number) => `支出先 ${n}者`,
  blocks: (n: number) => `${n}ブロック`,
  // Issue #13 (diagram): the step for the blocks under 1 % of the total.
  storyOthers: (n: number, ids: string) => `その他 ${n} ブロック (${ids})`,
  storyOthersNote: '各ブロックは全体の1%未満',
};
export type PresentStrings = typeof ja;

const en: PresentStrings = {
  storyAll: 'The whole fund flow',
  stepOf: (i: number, n: number) => `${i} / ${n}`,
  presentKeys: '← → to step, Esc to leave',
  leavePresent: 'Leave the presentation (Esc)',
  prev: 'Previous',
  next: 'Next',
  share_: 'Share of total',
  families: 'Contract types',
  flags: (single: number, high: number) => `single bidder ${single} · award rate ≥ 95% ${high}`,
  noFlags: 'no single bidders or high award rates',
  recipients: (n: number) => (n === 1 ? '1 recipient' : `${n} recipients`),
  blocks: (n: number) => `${n} blocks`,
  // Issue #13 (diagram): the step for the blocks under 1 % of the total.
  storyOthers: (n: number, ids: string) => `${n} other blocks (${ids})`,
  storyOthersNote: 'each under 1% of the total',
};

/** Presentation strings for a language. */
export function presentStrings(lang: Lang): PresentStrings {
  return lang === 'en' ? en : ja;
}
