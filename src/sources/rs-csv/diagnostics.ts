/** Diagnostics of the RSシステム reader: the catalog's, plus the file they are about. */
import type { Diagnostic, Severity } from '../../contract/schema.ts';
import { diag, type DiagnosticCode } from '../../i18n/messages.ts';

/** A diagnostic about `line` (1-based physical CSV line, header = 1) of `file`. */
export function rsDiag(
  severity: Severity,
  code: DiagnosticCode,
  line: number,
  file: string | null,
  params: Record<string, string | number> = {},
  extra: { blockId?: string | null; rank?: number | null } = {},
): Diagnostic {
  return { ...diag(severity, code, line, { file: file ?? '', ...params }, extra), file };
}
