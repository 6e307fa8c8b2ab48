/**
 * Diagnostics from their stable codes: every diagnostic a source, the checks or the graph
 * builder emits is made here, its message in both languages from the catalogs' `diagnostics`
 * sections (src/i18n/catalog/) and the code's params. Sources pass values and codes, never words.
 */
import type { Diagnostic, Message, Severity } from '../contract/schema.ts';
import { diagnostics as ja } from './catalog/ja.ts';
import { diagnostics as en } from './catalog/en.ts';
import type { Params } from './amounts.ts';
import { bilingual } from './bilingual.ts';

export type { Params } from './amounts.ts';

/** A stable diagnostic code. */
export type DiagnosticCode = keyof typeof ja;

/** The message of `code` with `params`, in both languages. */
export const message: (code: DiagnosticCode, params: Params) => Message = bilingual(ja, en);

/** Builds a diagnostic from its code, severity, line and message params. */
export function diag(
  severity: Severity,
  code: DiagnosticCode,
  line: number,
  params: Params = {},
  extra: { column?: number | null; blockId?: string | null; rank?: number | null } = {},
): Diagnostic {
  return { severity, code, message: message(code, { line, ...params }), line: Math.max(1, line), ...extra };
}
