/**
 * `tsx tests/browser/validate-output.ts <file.json>`: validates an exported model against
 * the zod contract (parseOutputSchema). Prints "ok" or the issues; exit 0 / 1.
 */
import { readFileSync } from 'node:fs';
import { parseOutputSchema } from '../../src/contract/schema.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: tsx tests/browser/validate-output.ts <file.json>\n');
  process.exit(2);
}
const result = parseOutputSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
if (result.success) process.stdout.write('ok\n');
else {
  process.stdout.write(`${JSON.stringify(result.error.issues.slice(0, 5), null, 2)}\n`);
  process.exit(1);
}
