/** The whole pipeline: text → sheet → checks → fund-flow graph, as the JSON contract. Never throws. */
import type { Diagnostic, ParseOutput } from './schema.ts';
import { parseSheet } from '../parse/parseSheet.ts';
import { SCHEMA_VERSION } from './version.ts';
import { applyOverrides, inferParents } from './parents.ts';
import { buildGraph } from './graph.ts';
import { checkExecuted, checkExpenses, checkRecipients, checkSameRecipient } from './checks.ts';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Parent overrides by block id: `{ D: 'B' }`; `'ministry'` for the ministry. */
  parents?: Record<string, string>;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Parses a sheet and builds its graph; diagnostics sorted by severity, then line. */
export function analyze(text: string, options: AnalyzeOptions = {}): ParseOutput {
  const parsed = parseSheet(text);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const sheet = parsed.value;
  if (diagnostics.some((d) => d.severity === 'error')) {
    return { schemaVersion: SCHEMA_VERSION, sheet, graph: { nodes: [], links: [], parents: {} }, diagnostics };
  }
  checkRecipients(sheet, diagnostics);
  checkExpenses(sheet, diagnostics);
  checkSameRecipient(sheet, diagnostics);
  const inferred = inferParents(sheet.blocks, diagnostics);
  const parents = applyOverrides(sheet.blocks, inferred, options.parents ?? {}, diagnostics);
  checkExecuted(sheet, parents, diagnostics);
  const graph = buildGraph(sheet, parents, diagnostics);
  diagnostics.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.line - b.line);
  return { schemaVersion: SCHEMA_VERSION, sheet, graph, diagnostics };
}
