/** Text sheet → model: the text-sheet source read, then the model built. Never throws. */
import type { ParseOutput } from '../contract/schema.ts';
import { parseSheet } from '../sources/sheet-text/parseSheet.ts';
import { assemble, type AssembleOptions } from '../model/assemble.ts';

/** Options of {@link analyze}: the model's (parent overrides). */
export type AnalyzeOptions = AssembleOptions;

/** Parses a review sheet's text and builds its model (the JSON contract). */
export function analyze(text: string, options: AnalyzeOptions = {}): ParseOutput {
  return assemble(parseSheet(text), options);
}
