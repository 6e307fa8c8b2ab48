/** What every source hands the model: the sheet it read and the diagnostics of reading it. */
import type { Diagnostic, Sheet } from './schema.ts';

/** A source's result (`{ value, diagnostics }`, like PapaParse's `{ data, errors }`); never thrown. */
export interface SourceResult {
  value: Sheet;
  diagnostics: Diagnostic[];
}
