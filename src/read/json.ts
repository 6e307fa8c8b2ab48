/**
 * A model JSON (the CLI's contract, `npm run parse -- FILE --project ID`, or the app's JSON
 * export) read back: parsed and validated against parseOutputSchema. Never throws: text that
 * is not JSON, or JSON of another shape, gives an output whose one error says what is wrong.
 */
import { parseOutputSchema, type ParseOutput } from '../contract/schema.ts';
import { SCHEMA_VERSION } from '../contract/version.ts';
import { diag } from '../i18n/messages.ts';

/** An output that only carries the error (the app refuses it and keeps what it shows). */
function refused(d: ReturnType<typeof diag>): ParseOutput {
  return {
    schemaVersion: SCHEMA_VERSION,
    sheet: { projectNumber: null, projectName: null, ministry: null, sheetYear: null, unit: '百万円', bureau: null, division: null, implementation: null, actualsYear: null, budget: [], blocks: [], flows: [] },
    graph: { nodes: [], links: [], parents: {} },
    diagnostics: [d],
  };
}

/** The line of character `offset` in `text` (1-based). */
const lineAt = (text: string, offset: number): number => text.slice(0, Math.max(0, offset)).split('\n').length;

/** Reads `text` as a ParseOutput JSON. */
export function readOutputJson(text: string): ParseOutput {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(detail);
    return refused(diag('error', 'JSON_INVALID', at ? lineAt(body, Number(at[1])) : 1, { detail: detail.slice(0, 200) }));
  }
  const result = parseOutputSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    return refused(diag('error', 'JSON_NOT_MODEL', 1, { version: SCHEMA_VERSION, path, issue: (issue?.message ?? '').slice(0, 200) }));
  }
  return result.data;
}
