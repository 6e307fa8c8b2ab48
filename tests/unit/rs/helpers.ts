/** Test helpers: read an RS fixture directory (every CSV in it) into a year store. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readRsFiles, type RsInput } from '../../../src/sources/rs-csv/index.ts';

export const root = process.cwd();
export const fixturesRs = join(root, 'tests/fixtures-rs');
// In-repo copies of ../shared/formats/rs-sample(-2025), so a clean clone tests without it.
export const sampleDir = join(root, 'tests/fixtures-rs-sample');
export const sample2025Dir = join(root, 'tests/fixtures-rs-sample-2025');

/** Inputs named `<case>/<file>` for every .csv / .zip of a fixture case. */
export function caseInputs(name: string): RsInput[] {
  const dir = join(fixturesRs, name);
  return readdirSync(dir)
    .filter((f) => /\.(csv|zip)$/i.test(f))
    .sort()
    .map((f) => ({ name: `${name}/${f}`, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

/** Inputs of a directory of the published layout, named by file. */
export function dirInputs(dir: string): RsInput[] {
  return readdirSync(dir)
    .filter((f) => /\.(csv|zip)$/i.test(f))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

export const readCase = (name: string) => readRsFiles(caseInputs(name));

/** UTF-8 bytes of a text (with a BOM when asked). */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
