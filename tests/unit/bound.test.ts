/** Bounded diagnostics (#12): at most 100 of one code per sheet, plus one summary of the rest. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { boundDiagnostics } from '../../src/i18n/bound.ts';
import { diag } from '../../src/i18n/messages.ts';
import { analyze } from '../../src/read/index.ts';
import { parseOutputSchema } from '../../src/model/index.ts';
import { seedText } from './seed.ts';

describe('boundDiagnostics', () => {
  it('keeps the first 100 of a code and says how many more there were', () => {
    const many = Array.from({ length: 10_100 }, (_, i) => diag('warning', 'BAD_NUMBER', 7, { field: '落札率', text: 'x' }, { column: i + 1 }));
    const out = boundDiagnostics([diag('info', 'UNIT_ASSUMED', 1), ...many]);
    expect(out.filter((d) => d.code === 'BAD_NUMBER')).toHaveLength(100);
    expect(out.filter((d) => d.code === 'BAD_NUMBER').map((d) => d.column)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const summary = out.filter((d) => d.code === 'DIAGNOSTICS_TRUNCATED');
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ severity: 'info', line: 7 });
    expect(summary[0]?.message.en).toContain('10,000 more');
    expect(summary[0]?.message.ja).toContain('ほか10,000件');
    expect(out.filter((d) => d.code === 'UNIT_ASSUMED')).toHaveLength(1);
  });

  it('leaves short lists alone and is idempotent (property)', () => {
    const codes = ['BAD_NUMBER', 'BAD_AMOUNT', 'SINGLE_BIDDER'] as const;
    fc.assert(fc.property(fc.array(fc.constantFrom(...codes), { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (cs, max) => {
      const diags = cs.map((c, i) => diag('warning', c, i + 1));
      const once = boundDiagnostics(diags, max);
      for (const c of codes) {
        const n = cs.filter((x) => x === c).length;
        expect(once.filter((d) => d.code === c)).toHaveLength(Math.min(n, max));
        expect(once.filter((d) => d.code === 'DIAGNOSTICS_TRUNCATED' && d.message.en.includes(`(${c})`))).toHaveLength(n > max ? 1 : 0);
      }
      expect(boundDiagnostics(once, max)).toEqual(once);
      if (cs.every((c) => cs.filter((x) => x === c).length <= max)) expect(once).toEqual(diags);
    }));
  });
});

describe('bounded findings on a hostile sheet', () => {
  it('a line of 1,000 numbers after closed 費目 tables gives 100 findings and one summary, and valid JSON', () => {
    const input = readFileSync('tests/fixtures/many-findings/input.txt', 'utf8');
    const out = analyze(input);
    expect(out.diagnostics.filter((d) => d.code === 'EXPENSE_ROW_UNASSIGNED')).toHaveLength(100);
    const summary = out.diagnostics.filter((d) => d.code === 'DIAGNOSTICS_TRUNCATED');
    expect(summary).toHaveLength(1);
    expect(summary[0]?.message.en).toContain('(EXPENSE_ROW_UNASSIGNED)');
    expect(summary[0]?.message.en).toContain('900 more');
    expect(parseOutputSchema.safeParse(out).success).toBe(true);
  });

  it('one very long list row of bad 落札率 values is bounded too', () => {
    const lines = seedText.split('\n');
    // B rank 1 with 20,000 extra cells after its reason: bad numbers only in the 落札率 column, so one finding; the row stays.
    lines[152] = `${lines[152]}\t${Array.from({ length: 20000 }, () => 'x').join('\t')}`;
    const out = analyze(lines.join('\n'));
    expect(out.sheet.blocks.find((b) => b.id === 'B')?.total).toBe(206.4);
    expect(out.diagnostics.length).toBeLessThan(200);
  });
});
