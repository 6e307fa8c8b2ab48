import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeHash, defaultView, encodeHash, type ViewHash } from '../../src/state/hash.ts';

describe('encodeHash / decodeHash', () => {
  it('leaves the default view out of the URL', () => {
    expect(encodeHash(defaultView)).toBe('');
    expect(decodeHash('')).toEqual({ view: defaultView, invalid: false });
  });

  it('round-trips a drilled, re-parented view', () => {
    const view: ViewHash = { ...defaultView, drill: ['A', 'D'], sel: 'D:r:1', mode: 'byRecipient', lang: 'en', lens: true, parents: { D: 'B', E: 'ministry' }, embed: true, present: true, step: 3, sheet: 'sheets/other.txt' };
    const hash = encodeHash(view);
    expect(hash).toBe('#drill=A.D&sel=D%3Ar%3A1&mode=byRecipient&lang=en&lens=1&p=D%3AB%2CE%3Aministry&embed=1&present=1&step=3&sheet=sheets%2Fother.txt');
    expect(decodeHash(hash)).toEqual({ view, invalid: false });
  });

  it.each([
    '#drill=AA', '#mode=pie', '#lang=fr', '#lens=yes', '#p=D', '#p=D:B:C', '#p=d:B', '#step=-1', '#step=x',
    '#sheet=https://evil.example/x.txt', '#sheet=//evil.example/x.txt', '#sheet=javascript:alert(1)', '#unknown=1', '#sel=<img>',
  ])('falls back to the default view for %s', (hash) => {
    expect(decodeHash(hash)).toEqual({ view: defaultView, invalid: true });
  });

  it('never throws and always returns a valid view (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const { view } = decodeHash(s);
      expect(decodeHash(encodeHash(view)).view).toEqual(view);
    }));
  });
});
