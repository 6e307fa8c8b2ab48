// The model JSON read back (issue #11): what the CLI prints is accepted as it is; anything else is refused with one error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeAny } from '../../../src/read/any.ts';
import { readOutputJson } from '../../../src/read/json.ts';
import { analyze } from '../../../src/read/analyze.ts';

const SEED = readFileSync(new URL('../../../seeds/000_07fcc2ea9ae77a26.txt', import.meta.url), 'utf8');

describe('model JSON', () => {
  it('reads back what analyze made, equal to it (BOM and white space allowed)', () => {
    const out = analyze(SEED);
    expect(readOutputJson(JSON.stringify(out))).toEqual(out);
    expect(analyzeAny('\uFEFF\n  ' + JSON.stringify(out, null, 2))).toEqual(out);
  });

  it('refuses text that is not JSON, with the line of the problem where the engine gives its position', () => {
    // Position 14 (V8: "Expected double-quoted property name … at position 14") is the x on line 3.
    const r = readOutputJson('{\n  "a": 1,\n  x\n}');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'JSON_INVALID', line: 3 });
    expect(r.graph.nodes).toEqual([]);
    expect(readOutputJson('{"schemaVersion": 2,').diagnostics[0]).toMatchObject({ code: 'JSON_INVALID' });
  });

  it('refuses JSON of another shape or version, naming the field', () => {
    const out = analyze(SEED);
    const old = readOutputJson(JSON.stringify({ ...out, schemaVersion: 1 }));
    expect(old.diagnostics[0]).toMatchObject({ code: 'JSON_NOT_MODEL' });
    expect(old.diagnostics[0]!.message.en).toContain('schemaVersion');
    const noBlocks = readOutputJson(JSON.stringify({ ...out, sheet: { ...out.sheet, blocks: 'x' } }));
    expect(noBlocks.diagnostics[0]!.message.ja).toContain('sheet.blocks');
    expect(readOutputJson('[]').diagnostics[0]!.code).toBe('JSON_NOT_MODEL');
  });

  it('a sheet’s text still goes to the sheet reader', () => {
    expect(analyzeAny(SEED).sheet.projectNumber).toBe('2022-総務-21-0059');
  });
});
