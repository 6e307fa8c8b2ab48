/**
 * Any text the app is given as one sheet: a model JSON (the CLI's contract; validated,
 * see json.ts) or a review sheet's text (analyze). Never throws. A JSON's structure is
 * its own: parent overrides do not apply to it.
 */
import type { ParseOutput } from '../contract/schema.ts';
import { looksLikeJson } from './intake.ts';
import { analyze, type AnalyzeOptions } from './analyze.ts';
import { readOutputJson } from './json.ts';

/** The model of `text`: read back when it is the model's JSON, parsed when it is a sheet. */
export function analyzeAny(text: string, options: AnalyzeOptions = {}): ParseOutput {
  return looksLikeJson(text) ? readOutputJson(text) : analyze(text, options);
}
