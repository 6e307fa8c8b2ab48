import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkView, decodeHash, defaultView, encodeHash, type ViewHash } from '../../src/state/hash.ts';
import { viewHashSchema } from '../../src/state/hashSchema.ts';

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

  it('round-trips two-letter block ids and the id of a second row with the same rank (#12)', () => {
    const view: ViewHash = { ...defaultView, drill: ['A', 'AB'], sel: 'AB:r:1~2', parents: { AB: 'Z', AA: 'ministry' } };
    const hash = encodeHash(view);
    expect(hash).toContain('drill=A.AB');
    expect(decodeHash(hash)).toEqual({ view, invalid: false });
    expect(decodeHash('#sel=D:r:12345~3').view.sel).toBe('D:r:12345~3');
  });

  it.each([
    '#drill=AAA', '#drill=a', '#mode=pie', '#lang=fr', '#lens=yes', '#p=D', '#p=D:B:C', '#p=d:B', '#step=-1', '#step=x',
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

describe('checkView', () => {
  // Each field is mostly valid, sometimes not, so whole views are accepted often enough.
  const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });
  const block = mostly(fc.constantFrom('A', 'B', 'J', 'Z', 'AB', 'ZZ'), fc.constantFrom('a', '', 'ABC', 'Ab', 'ministry', '1'));
  const parent = mostly(fc.constantFrom('A', 'D', 'AA', 'ministry'), fc.constantFrom('b', '', 'Ministry', 'AAA'));
  // RSシステム projects: absent (text sheets), null, or a 予算事業ID.
  const project = mostly(fc.constantFrom(undefined, null, '900002', '1', '123456789012'), fc.constantFrom('', 'x1', '1234567890123', '9 9', 3 as unknown));
  const sel = mostly(
    fc.oneof(fc.constant(null), fc.constantFrom('D', 'D:r:1', 'fold:B:2', '日本電気', 'a'.repeat(80)), fc.stringMatching(/^[A-Za-z0-9:._-]{1,20}$/)),
    fc.oneof(fc.string({ maxLength: 90 }), fc.constantFrom('x y', '', 'a'.repeat(81), 3 as unknown)),
  );
  const sheet = mostly(
    fc.oneof(fc.constant(null), fc.constantFrom('sheets/x.txt', 'x.txt', '../x.txt', '/x.txt', 'a'.repeat(300))),
    fc.oneof(fc.constantFrom('//evil/x.txt', 'https://a/x.txt', 'javascript:x', 'a b', '', 'a'.repeat(301)), fc.string({ maxLength: 40 })),
  );
  const flag = mostly(fc.boolean(), fc.constantFrom('bad:lens', 1, null));
  // year (#14): the year overview's 事業年度 and ministry: absent, null, or valid; or not.
  const year = mostly(fc.constantFrom(undefined, null, 2024, 1000, 9999), fc.constantFrom(999, 10000, 2024.5, '2024', -1, Number.NaN));
  const ministry = mostly(fc.constantFrom(undefined, null, '総務省', 'デジタル庁', 'a&b', 'a'.repeat(60)), fc.constantFrom('', 'a'.repeat(61), 3 as unknown, ['総務省'] as unknown));
  // year (#14, compare): absent, or an earlier 事業年度.
  const compare = mostly(fc.constantFrom(undefined, 2024, 1000, 9999), fc.constantFrom(999, 10000, 2024.5, '2024', null, Number.NaN));
  const value = fc.record({
    drill: mostly(fc.array(block, { maxLength: 3 }), fc.constantFrom('A' as unknown, null)),
    sel,
    mode: mostly(fc.constantFrom('flow', 'byRecipient', 'table'), fc.constantFrom('tree', 1)),
    lang: mostly(fc.constantFrom('ja', 'en'), fc.constantFrom('fr', null)),
    lens: flag,
    parents: mostly(fc.dictionary(block, parent, { maxKeys: 3 }), fc.constantFrom([] as unknown, null, 'A:B')),
    embed: flag,
    present: flag,
    step: mostly(fc.integer({ min: 0, max: 999 }), fc.constantFrom(-1, 1.5, Number.NaN, Infinity, '2')),
    sheet,
    project,
    year,
    ministry,
    compare,
  });

  it('accepts and rejects exactly what the zod contract (viewHashSchema) does, with the same value', () => {
    let accepted = 0;
    fc.assert(
      fc.property(value, (v) => {
        const zod = viewHashSchema.safeParse(v);
        const mine = checkView(v as Record<string, unknown>);
        expect(mine !== null).toBe(zod.success);
        if (zod.success) {
          accepted++;
          expect(mine).toEqual(zod.data);
        }
      }),
      { numRuns: 3000 },
    );
    // Both verdicts were exercised, not only rejections.
    expect(accepted).toBeGreaterThan(100);
  });

  it('accepts the default view and a full view', () => {
    expect(checkView({ ...defaultView })).toEqual(defaultView);
    const full: ViewHash = { drill: ['A', 'D'], sel: 'D:r:1', mode: 'table', lang: 'en', lens: true, parents: { D: 'B', C: 'ministry' }, embed: true, present: true, step: 3, sheet: 'sheets/x.txt' };
    expect(checkView({ ...full })).toEqual(full);
  });
});

describe('project in the hash (RSシステム files, issue #11)', () => {
  it('writes and reads project=ID, and two-letter block ids of RS sheets', () => {
    const view: ViewHash = { ...defaultView, drill: ['AB'], sel: 'AB', project: '900002' };
    const hash = encodeHash(view);
    expect(hash).toBe('#drill=AB&sel=AB&project=900002');
    expect(decodeHash(hash)).toEqual({ view, invalid: false });
  });

  it('refuses a project that is not a 予算事業ID', () => {
    for (const bad of ['#project=abc', '#project=', '#project=1234567890123', '#project=90%200']) expect(decodeHash(bad).invalid, bad).toBe(true);
    expect(decodeHash('#drill=ABC').invalid).toBe(true);
  });
});

describe('year overview in the hash (#14)', () => {
  it('writes and reads year=, ministry= and year= with project=', () => {
    const overview: ViewHash = { ...defaultView, year: 2025 };
    expect(encodeHash(overview)).toBe('#year=2025');
    expect(decodeHash('#year=2025')).toEqual({ view: overview, invalid: false });
    const narrowed: ViewHash = { ...defaultView, year: 2025, ministry: '総務省' };
    expect(encodeHash(narrowed)).toBe('#year=2025&ministry=%E7%B7%8F%E5%8B%99%E7%9C%81');
    expect(decodeHash('#year=2025&ministry=総務省')).toEqual({ view: narrowed, invalid: false });
    const project: ViewHash = { ...defaultView, year: 2025, project: '177' };
    expect(encodeHash(project)).toBe('#year=2025&project=177');
    expect(decodeHash('#year=2025&project=177')).toEqual({ view: project, invalid: false });
    // A published year: the index it came from stays in the link.
    const published: ViewHash = { ...defaultView, sheet: 'data/2025/index.json', year: 2025, project: '177' };
    expect(encodeHash(published)).toBe('#sheet=data%2F2025%2Findex.json&year=2025&project=177');
    expect(decodeHash(encodeHash(published))).toEqual({ view: published, invalid: false });
  });

  it('refuses a year outside 1000…9999 or not in digits, and an empty or over-long ministry', () => {
    for (const bad of ['#year=25', '#year=20250', '#year=abcd', '#year=', '#year=2025.5', '#year=-2025', '#year=0x7E9', '#year=2025&ministry=', `#year=2025&ministry=${'省'.repeat(61)}`]) {
      expect(decodeHash(bad).invalid, bad).toBe(true);
    }
    // A ministry is shown as text: any characters (URL-encoded in the link) up to 60.
    expect(decodeHash('#year=2025&ministry=a%26b%23c').view.ministry).toBe('a&b#c');
    expect(decodeHash(`#year=2025&ministry=${'省'.repeat(60)}`).invalid).toBe(false);
  });
});

describe('compare in the hash (year #14)', () => {
  it('writes and reads compare=YEAR beside project=ID', () => {
    const view: ViewHash = { ...defaultView, project: '900059', compare: 2024 };
    const hash = encodeHash(view);
    expect(hash).toBe('#project=900059&compare=2024');
    expect(decodeHash(hash)).toEqual({ view, invalid: false });
  });

  it('refuses a compare that is not a four-digit year', () => {
    for (const bad of ['#project=1&compare=24', '#project=1&compare=', '#project=1&compare=20245', '#project=1&compare=0999', '#project=1&compare=2024.0']) expect(decodeHash(bad).invalid, bad).toBe(true);
  });
});
