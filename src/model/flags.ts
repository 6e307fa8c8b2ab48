/**
 * The competition flags reviewers look for (一者応札, high 落札率): one rule, used by the
 * checks (findings), the recipients table, the lens and the captions.
 */
import type { Recipient } from '../contract/schema.ts';

/** Award rate (%) from which a row is flagged. */
export const HIGH_AWARD_RATE = 95;

/** 一者応札 / 一者応募: exactly one bidder or applicant. */
export const isSingleBidder = (r: Pick<Recipient, 'bidders'>): boolean => r.bidders === 1;

/** 落札率 95% or more. */
export const isHighAwardRate = <T extends Pick<Recipient, 'awardRate'>>(r: T): r is T & { awardRate: number } =>
  r.awardRate !== null && r.awardRate >= HIGH_AWARD_RATE;
