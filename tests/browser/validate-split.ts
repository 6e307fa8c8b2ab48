/**
 * year (#14): `tsx tests/browser/validate-split.ts <dir>`: validates what `--split <dir>` wrote —
 * index.json against the list shape (projectListSchema), every other .json against the model
 * contract (parseOutputSchema), and that each index entry has its file. Prints a JSON summary
 * `{ entries, files, problems }`; exit 0 when there are no problems, else 1.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutputSchema } from '../../src/contract/schema.ts';
import { projectListSchema, publishedFileName } from '../../src/contract/yearList.ts';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: tsx tests/browser/validate-split.ts <dir>\n');
  process.exit(2);
}
const problems: string[] = [];
const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
const index = projectListSchema.safeParse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
if (!index.success) problems.push(`index.json: ${JSON.stringify(index.error.issues.slice(0, 3))}`);
const entries = index.success ? index.data : [];
const several = new Set(entries.map((e) => e.sheetYear)).size > 1;
for (const e of entries) if (!names.includes(publishedFileName(e, several))) problems.push(`no file for ${e.projectNumber} (${e.sheetYear})`);
const files = names.filter((n) => n !== 'index.json');
for (const name of files) {
  const r = parseOutputSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  if (!r.success) problems.push(`${name}: ${JSON.stringify(r.error.issues.slice(0, 3))}`);
}
process.stdout.write(`${JSON.stringify({ entries: entries.length, files, problems })}\n`);
process.exit(problems.length ? 1 : 0);
