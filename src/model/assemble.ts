/**
 * The model's one entry: a sheet read by any source (text sheet, RS CSV) plus the source's
 * diagnostics → checks → block parents → fund-flow graph, as the JSON contract. Never throws.
 */
import type { Diagnostic, ParseOutput, Sheet } from '../contract/schema.ts';
import { SCHEMA_VERSION } from '../contract/version.ts';
import { applyOverrides, inferParents } from './parents.ts';
import { buildGraph } from './graph.ts';
import { checkExecuted, checkExpenses, checkRecipients, checkSameRecipient } from './checks.ts';
import { flowsFromParents } from './flows.ts';
import { assembleRs } from './assembleRs.ts';

/** Options of {@link assemble}. */
export interface AssembleOptions {
  /** Parent overrides by block id: `{ D: 'B' }`; `'ministry'` for the ministry. */
  parents?: Record<string, string>;
}

/** What a source hands the model: a sheet and the diagnostics of reading it. */
export interface SourceResult {
  value: Sheet;
  diagnostics: Diagnostic[];
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Builds the model of a read sheet; diagnostics sorted by severity, then line. */
export function assemble(parsed: SourceResult, options: AssembleOptions = {}): ParseOutput {
  // A source that states its flows (RSシステム 5-2) is drawn from them: no parents are inferred.
  if (parsed.value.source === 'rs-csv') return assembleRs(parsed);
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
  const withFlows: Sheet = { ...sheet, flows: flowsFromParents(sheet.blocks, parents) };
  const graph = buildGraph(withFlows, parents, diagnostics);
  diagnostics.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.line - b.line);
  return { schemaVersion: SCHEMA_VERSION, sheet: withFlows, graph, diagnostics };
}
