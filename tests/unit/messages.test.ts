import { describe, expect, it } from 'vitest';
import { message } from '../../src/i18n/messages.ts';

describe('SINGLE_BIDDER message: the amount with its unit, no brackets inside brackets', () => {
  it('states a yen amount (RSシステム) once, with its 百万円 reading, after a colon', () => {
    const m = message('SINGLE_BIDDER', { line: 12, name: '株式会社見本', amount: 1071893000, unit: '円' });
    expect(m.ja).toBe('12行目: 「株式会社見本」は入札者数1(一者応札・一者応募)です。金額: 1,071,893,000円(1,071.9百万円)。');
    expect(m.en).toBe('Line 12: "株式会社見本" had a single bidder. Amount: 1,071,893,000 yen (1,071.9 million yen).');
  });

  it('states a text sheet amount with the sheet unit, in English words in English', () => {
    const m = message('SINGLE_BIDDER', { line: 40, name: 'X社', amount: 42.9, unit: '百万円' });
    expect(m.ja).toBe('40行目: 「X社」は入札者数1(一者応札・一者応募)です。金額: 42.9百万円。');
    expect(m.en).toBe('Line 40: "X社" had a single bidder. Amount: 42.9 million yen.');
  });

  it('says the amount is unknown when it is', () => {
    const m = message('SINGLE_BIDDER', { line: 3, name: 'Y', amount: 0, unit: '円', unknown: 1 });
    expect(m.ja).toContain('金額: 不明。');
    expect(m.en).toContain('Amount: unknown.');
  });

  it('never nests brackets in either language', () => {
    for (const unit of ['円', '百万円', '千円']) {
      const m = message('SINGLE_BIDDER', { line: 1, name: 'Z', amount: 123456789, unit });
      for (const text of [m.ja, m.en]) expect(text).not.toMatch(/\([^()]*\(/);
    }
  });
});
