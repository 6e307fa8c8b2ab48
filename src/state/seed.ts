/**
 * Reads the seed block the build puts into index.html (scripts/seed-plugin.ts):
 * `{ name, text, output }`, where `output` is the sheet's parse output of the same
 * schema version as this build, or absent. Never throws.
 */
import { SCHEMA_VERSION } from '../contract/version.ts';

/** The bundled seed: its file name, text and, when usable, the parse output made at build time. */
export interface Seed {
  name: string;
  text: string;
  /** ParseOutput of `text` (not re-validated: it was produced by this build's own analyze()). */
  output: unknown;
}

/** The seed of a JSON block's text, or null when there is none or it is damaged. */
export function readSeed(json: string | null | undefined): Seed | null {
  if (!json) return null;
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    // A damaged block: start without a sheet.
    return null;
  }
  if (!v || typeof v !== 'object' || !('text' in v) || typeof v.text !== 'string') return null;
  const name = 'name' in v && typeof v.name === 'string' ? v.name : 'seed.txt';
  const out = 'output' in v ? v.output : null;
  const usable = !!out && typeof out === 'object' && 'schemaVersion' in out && out.schemaVersion === SCHEMA_VERSION && 'graph' in out && 'sheet' in out;
  return { name, text: v.text, output: usable ? out : null };
}
