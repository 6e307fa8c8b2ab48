import { describe, expect, it } from 'vitest';
import { decimals, subtract, sum } from '../../src/util/decimal.ts';
import { corporateNumberStatus } from '../../src/util/corporateNumber.ts';

describe('sum', () => {
  it('adds decimals exactly', () => {
    expect(sum([108.9, 34.2, 14.9, 14.9, 20.4, 8.3, 4.8])).toBe(206.4);
    expect(sum([0.1, 0.2])).toBe(0.3);
    expect(sum([177.070552, 0.000123])).toBe(177.070675);
    expect(sum([])).toBe(0);
    expect(sum([1e-7, 1])).toBe(1.0000001);
  });
  it('subtracts exactly', () => expect(subtract(552.5, 535.7)).toBe(16.8));
  it('counts printed decimals', () => expect([decimals(552.5), decimals(3), decimals(177.070552)]).toEqual([1, 0, 6]));
});

describe('corporateNumberStatus', () => {
  it('accepts NICT 7012405000492', () => expect(corporateNumberStatus('7012405000492')).toEqual({ valid: true, expected: 7 }));
  it('rejects a wrong check digit and gives the right one', () => expect(corporateNumberStatus('1012405000492')).toEqual({ valid: false, expected: 7 }));
  it('rejects anything but 13 digits', () => expect(corporateNumberStatus('701240500049').valid).toBe(false));
});

describe('sum (fast and exact paths agree)', () => {
  it('matches exact BigInt arithmetic on random decimals', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 })), { maxLength: 40 }), (parts) => {
      const values = parts.map(([units, scale]) => Number(`${units < 0 ? '-' : ''}${String(Math.abs(units)).padStart(scale + 1, '0').replace(new RegExp(`(\\d{${scale}})$`), scale ? '.$1' : '$1')}`));
      const big = values.reduce((acc, v) => {
        const [i = '0', f = ''] = String(Math.abs(v)).split('.');
        return acc + (v < 0 ? -1n : 1n) * BigInt(i + f.padEnd(6, '0'));
      }, 0n);
      const neg = big < 0n;
      const digits = (neg ? -big : big).toString().padStart(7, '0');
      const expected = Number(`${neg ? '-' : ''}${digits.slice(0, -6)}.${digits.slice(-6)}`);
      expect(sum(values)).toBe(expected);
    }));
  });
  it('handles huge and tiny values on the exact path', () => {
    expect(sum([9007199254740.5, 0.5])).toBe(9007199254741);
    expect(sum([1e-12, 2e-12])).toBe(3e-12);
  });
});
