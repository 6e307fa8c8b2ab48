import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../src/read/index.ts';
import { parseOutputSchema } from '../../../src/model/index.ts';
import { seedText } from '../seed.ts';

const seedLines = seedText.split('\n');

/** One kind of damage to a list of lines. */
const damage: fc.Arbitrary<(lines: string[]) => string[]> = fc.oneof(
  fc.nat().map((i) => (ls: string[]) => ls.filter((_, k) => k !== i % ls.length)),
  fc.nat().map((i) => (ls: string[]) => { const k = i % ls.length; return [...ls.slice(0, k + 1), ...ls.slice(k)]; }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (ls: string[]) => {
    const out = [...ls];
    const i = a % ls.length, j = b % ls.length;
    [out[i], out[j]] = [out[j] as string, out[i] as string];
    return out;
  }),
  fc.nat().map((n) => (ls: string[]) => ls.slice(0, n % (ls.length + 1))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, cut]) => (ls: string[]) => {
    const k = i % ls.length, line = ls[k] ?? '';
    return ls.map((l, x) => (x === k ? line.slice(0, cut % (line.length + 1)) : l));
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 12 })).map(([i, bytes]) => (ls: string[]) => {
    const k = i % ls.length;
    return ls.map((l, x) => (x === k ? l + String.fromCharCode(...bytes) : l));
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, seed]) => (ls: string[]) => {
    const k = i % ls.length;
    const cells = (ls[k] ?? '').split('\t');
    const shuffled = cells.map((c, x) => ({ c, key: (x * 7919 + seed) % 104729 })).sort((a, b) => a.key - b.key).map((e) => e.c);
    return ls.map((l, x) => (x === k ? shuffled.join('\t') : l));
  }),
  fc.tuple(fc.nat(), fc.string({ maxLength: 20 })).map(([i, junk]) => (ls: string[]) => {
    const k = i % ls.length;
    return ls.map((l, x) => (x === k ? junk : l));
  }),
);

/** Number of lines as the parser counts them (a final line break does not start a line). */
function lineCount(text: string): number {
  const parts = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (parts.length > 1 && parts.at(-1) === '') parts.pop();
  return parts.length;
}

describe('analyze (property: damaged seed)', () => {
  it('never throws, stays fast, and every error names a line inside the input', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 6 }), (damages) => {
        const text = damages.reduce((ls, d) => d(ls), seedLines).join('\n');
        const started = performance.now();
        const out = analyze(text);
        const elapsed = performance.now() - started;
        // Generous bound: catches exponential blow-ups, not a benchmark.
        expect(elapsed).toBeLessThan(5000);
        expect(parseOutputSchema.safeParse(out).success).toBe(true);
        const n = lineCount(text);
        for (const d of out.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          if (d.severity === 'error') expect(d.line).toBeLessThanOrEqual(Math.max(1, n));
        }
        for (const link of out.graph.links) expect(link.value).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const out = analyze(text);
        expect(out.diagnostics.filter((d) => d.severity === 'error').length).toBeLessThanOrEqual(1);
        return parseOutputSchema.safeParse(out).success;
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every block sum exact after dropping any one recipient row', () => {
    const rowLines = seedLines.map((l, i) => [l, i] as const).filter(([l]) => /^\d+\t/.test(l)).map(([, i]) => i);
    fc.assert(
      fc.property(fc.constantFrom(...rowLines), (drop) => {
        const out = analyze(seedLines.filter((_, i) => i !== drop).join('\n'));
        for (const b of out.sheet.blocks) {
          const tenths = b.recipients.reduce((s, r) => s + Math.round(r.amount * 10), 0);
          expect(b.total).toBe(tenths / 10);
        }
      }),
    );
  });
});
