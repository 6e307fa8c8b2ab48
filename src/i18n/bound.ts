/**
 * Bounding diagnostics: a damaged or hostile file can yield one finding per cell (a million
 * from one long line). Every source and the model keep at most `max` of each code and say how
 * many more there were, in one DIAGNOSTICS_TRUNCATED info per code. Linear in the input.
 */
import type { Diagnostic } from '../contract/schema.ts';
import { diag } from './messages.ts';

// "1,048,519" grouped by hand: toLocaleString's first call loads ICU's number data (≈10 ms, rsfix).
/** Most findings of one code kept per sheet. */
export const MAX_PER_CODE = 100;

/**
 * At most `max` diagnostics of each code (the first ones, in the given order), plus one
 * DIAGNOSTICS_TRUNCATED summary per code that had more ("and 1,048,519 more"). Already-bounded
 * input is returned unchanged, so calling it twice (source, then model) changes nothing more.
 */
export function boundDiagnostics(diags: readonly Diagnostic[], max: number = MAX_PER_CODE): Diagnostic[] {
  const counts = new Map<string, number>();
  let over = false;
  for (const d of diags) {
    const n = (counts.get(d.code) ?? 0) + 1;
    counts.set(d.code, n);
    if (n > max && d.code !== 'DIAGNOSTICS_TRUNCATED') over = true;
  }
  if (!over) return [...diags];
  const kept: Diagnostic[] = [];
  const seen = new Map<string, number>();
  const firstLine = new Map<string, Diagnostic>();
  for (const d of diags) {
    const n = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, n);
    if (!firstLine.has(d.code)) firstLine.set(d.code, d);
    if (n <= max || d.code === 'DIAGNOSTICS_TRUNCATED') kept.push(d);
  }
  for (const [code, n] of counts) {
    if (n <= max || code === 'DIAGNOSTICS_TRUNCATED') continue;
    const first = firstLine.get(code) as Diagnostic;
    kept.push({
      ...diag('info', 'DIAGNOSTICS_TRUNCATED', first.line, { code, shown: max, more: String(n - max).replace(/\B(?=(\d{3})+(?!\d))/g, ',') }),
      ...(first.file ? { file: first.file } : {}),
    });
  }
  return kept;
}
