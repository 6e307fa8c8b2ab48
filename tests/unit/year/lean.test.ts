/**
 * year (#14): the lean year entries (gathered in the reading pass) against the full reader
 * (rsProjectSheet), on every RS fixture case and both sample years: the same blocks with the same
 * stated totals, the same payees in the same order with the same amounts and 法人番号, and
 * `direct` exactly for the blocks 5-2 says the ministry pays. Two readers of one file must agree.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRsFiles, rsProjectSheet, yearProjects, type RsYear } from '../../../src/sources/rs-csv/index.ts';
import { caseInputs, dirInputs, fixturesRs, root } from '../rs/helpers.ts';

const cases = readdirSync(fixturesRs).filter((n) => statSync(join(fixturesRs, n)).isDirectory());
const years: [string, RsYear][] = [
  ...cases.map((c) => [c, readRsFiles(caseInputs(c)).value] as [string, RsYear]),
  ['sample 2024 + 2025', readRsFiles([...dirInputs(join(root, 'tests/fixtures-rs-sample')), ...dirInputs(join(root, 'tests/fixtures-rs-sample-2025'))]).value],
];

describe('lean year entries agree with the full reader', () => {
  it.each(years)('%s', (_name, year) => {
    const lean = yearProjects(year);
    expect(lean.length).toBeGreaterThan(0);
    expect(lean.some((p) => p.blocks.some((b) => b.payees.length > 0))).toBe(true);
    expect(lean.map((p) => `${p.projectNumber}:${p.sheetYear}`)).toEqual(year.projects.map((p) => `${p.projectNumber}:${p.sheetYear}`));
    for (const p of lean) {
      const sheet = rsProjectSheet(year, p.projectNumber, p.sheetYear).value;
      const summary = year.projects.find((s) => s.projectNumber === p.projectNumber && s.sheetYear === p.sheetYear);
      expect(p.total).toBe(summary?.total);
      const fromMinistry = new Set(sheet.flows.filter((f) => f.from === 'ministry' && f.to !== 'direct-cost').map((f) => f.to));
      for (const b of sheet.blocks) {
        const l = p.blocks.find((x) => x.id === b.id);
        // A block named only in 5-2 has no 5-1 rows: the lean entry knows it only when the ministry pays it.
        if (!l) {
          expect(b.amountKnown).toBe(false);
          continue;
        }
        expect(l.amount, `${p.projectNumber} ${b.id}`).toBe(b.statedTotal ?? null);
        expect(l.direct, `${p.projectNumber} ${b.id} direct`).toBe(fromMinistry.has(b.id));
        expect(l.payees.map((x) => [x.name, x.amount, x.corporateNumber])).toEqual(b.recipients.map((r) => [r.name, r.amountKnown === false ? null : r.amount, r.corporateNumber]));
      }
    }
  });
});
