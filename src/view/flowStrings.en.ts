/** English strings of src/view/flowStrings.ts (loaded on demand: src/i18n/english.svelte.ts). */
import type { FlowStrings } from './flowStrings.ts';
import { MARKS } from './panels/recipients.ts';

export const en: FlowStrings = {
  singleBidder: (n) => `${MARKS.singleBidder} single bidder: ${n}`,
  singleBidderName: (n) => `single bidder: ${n}`,
  highRate: (n) => `${MARKS.highAwardRate} award rate ≥ 95%: ${n}`,
  highRateName: (n) => `award rate ≥ 95%: ${n}`,
  linkName: (from, to, amount) => `${from} → ${to} ${amount}`,
  linkShareOfSource: (source) => `Share of ${source}'s spending`,
  linksGroup: 'Fund flows (bands)',
  foldHolds: (n) => `Groups ${n} recipients`,
  foldMore: (n) => `and ${n} more`,
  foldHint: 'Click or press Enter to unfold',
  // Issue #13 (diagram): two columns at a time on a phone; drilling is explicit after a tap.
  columnsNav: 'Columns shown',
  prevColumns: 'Previous',
  nextColumns: 'Next',
  columnsOf: (a, b, n) => `columns ${a}–${b} of ${n}`,
  drillInto: (name) => `Open the breakdown of ${name}`,
};
