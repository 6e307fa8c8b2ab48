/**
 * Parser fixtures: every folder tests/fixtures/<case>/ holds input.txt and a hand-written,
 * partial expected.json (see tests/fixtures/README.md for the format and each case's origin).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/read/index.ts';
import { parseOutputSchema } from '../../src/model/index.ts';

const root = join(process.cwd(), 'tests/fixtures');
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

interface Expected {
  sheet?: Record<string, unknown>;
  blockCount?: number;
  recipientCount?: number;
  someRecipients?: Record<string, Record<string, unknown>[]>;
  links?: { source: string; target: string; value: number }[];
  diagnostics?: { severity: string; code: string; line: number }[];
  noErrors?: boolean;
  errors?: string[];
}

describe('parser fixtures', () => {
  it('has the seed and at least ten variants', () => {
    expect(cases).toContain('seed');
    expect(cases.length).toBeGreaterThanOrEqual(11);
  });

  describe.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const input = readFileSync(join(dir, 'input.txt')).toString('utf8');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const out = analyze(input);

    it('gives output valid against the schema', () => {
      expect(parseOutputSchema.safeParse(out).success).toBe(true);
    });

    it('matches the expected sheet', () => {
      if (expected.sheet) expect(out.sheet).toMatchObject(expected.sheet);
      if (expected.blockCount !== undefined) expect(out.sheet.blocks).toHaveLength(expected.blockCount);
      if (expected.recipientCount !== undefined) expect(out.sheet.blocks.flatMap((b) => b.recipients)).toHaveLength(expected.recipientCount);
      for (const [block, rows] of Object.entries(expected.someRecipients ?? {})) {
        const got = out.sheet.blocks.find((b) => b.id === block)?.recipients ?? [];
        for (const row of rows) expect(got).toContainEqual(expect.objectContaining(row));
      }
    });

    it('has the expected links', () => {
      for (const link of expected.links ?? []) {
        expect(out.graph.links).toContainEqual(expect.objectContaining(link));
      }
    });

    it('has the expected diagnostics', () => {
      for (const d of expected.diagnostics ?? []) {
        expect(out.diagnostics).toContainEqual(expect.objectContaining(d));
      }
      const errors = out.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
      if (expected.noErrors) expect(errors).toEqual([]);
      if (expected.errors) expect(errors).toEqual(expected.errors);
    });
  });
});
