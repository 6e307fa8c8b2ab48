/**
 * The model of a sheet that states its flows (RSシステム): no parent inference — the edges are
 * `sheet.flows` as read; RS checks (rsChecks.ts) plus the row checks shared with text sheets;
 * the graph drawn from the flows (graphRs.ts). Caller parent overrides do not apply. Never throws.
 */
import type { Diagnostic, ParseOutput } from '../contract/schema.ts';
import { SCHEMA_VERSION } from '../contract/version.ts';
import { boundDiagnostics } from '../i18n/bound.ts';
import { checkRecipients, checkSameRecipient } from './checks.ts';
import { buildFlowGraph } from './graphRs.ts';
import { checkRsBlocks, checkRsExecuted, checkRsExpenses } from './rsChecks.ts';
import type { SourceResult } from './assemble.ts';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function byFile(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Builds the model of an RS sheet; diagnostics sorted by severity, then file, then line. */
export function assembleRs(parsed: SourceResult): ParseOutput {
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const sheet = parsed.value;
  if (diagnostics.some((d) => d.severity === 'error')) {
    return { schemaVersion: SCHEMA_VERSION, sheet, graph: { nodes: [], links: [], parents: {} }, diagnostics: boundDiagnostics(diagnostics) };
  }
  checkRecipients(sheet, diagnostics);
  checkSameRecipient(sheet, diagnostics);
  checkRsBlocks(sheet, diagnostics);
  checkRsExpenses(sheet, diagnostics);
  checkRsExecuted(sheet, diagnostics);
  const graph = buildFlowGraph(sheet, diagnostics);
  // The checks know lines, not files: name the table each kind of finding is about.
  const fileOf = (table: RegExp): string | null => sheet.files?.find((f) => table.test(f)) ?? null;
  const files = { '5-1': fileOf(/5-1|支出情報/), '5-3': fileOf(/5-3|費目・使途/), '2-1': fileOf(/2-1|予算・執行/) };
  for (const d of diagnostics) {
    if (d.file !== undefined) continue;
    if (d.code === 'RS_EXECUTED_MISMATCH') d.file = files['2-1'];
    else if (d.code.startsWith('EXPENSE_') || (d.code === 'CHILDREN_SUM_MISMATCH' && sheet.blocks.find((b) => b.id === d.blockId)?.expenses)) d.file = files['5-3'];
    else d.file = files['5-1'];
  }
  // The checks add one finding per payee (SINGLE_BIDDER …): bounded as for text sheets.
  const bounded = boundDiagnostics(diagnostics);
  // Plain code-unit order of file names: localeCompare is far slower for hundreds of findings.
  bounded.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || byFile(a.file, b.file) || a.line - b.line);
  return { schemaVersion: SCHEMA_VERSION, sheet, graph, diagnostics: bounded };
}
