/**
 * CLI: `npm run --silent parse -- <file> [--block <id>] [--format json|csv]`.
 * Exit 0 when a sheet was read (warnings allowed), 1 when the file is not a readable
 * review sheet (one line on stderr), 2 on wrong usage.
 */
import { analyze } from '../src/read/index.ts';
import { drillDown } from '../src/model/index.ts';
import { recipientsCsv } from '../src/model/csv.ts';
import { readSheetPath } from './readSheetPath.ts';

const USAGE = 'usage: npm run --silent parse -- <file> [--block <id>] [--format json|csv]';

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  let file: string | undefined;
  let block: string | undefined;
  let format = 'json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--block') block = argv[++i] ?? fail(2, USAGE);
    else if (a === '--format') format = argv[++i] ?? fail(2, USAGE);
    else if (a === '-h' || a === '--help') { process.stdout.write(`${USAGE}\n`); process.exit(0); }
    else if (a.startsWith('-')) fail(2, `unknown option ${a}\n${USAGE}`);
    else if (file === undefined) file = a;
    else fail(2, `one file only\n${USAGE}`);
  }
  if (!file) fail(2, USAGE);
  if (format !== 'json' && format !== 'csv') fail(2, `--format must be json or csv\n${USAGE}`);
  let text: string;
  try {
    const decoded = await readSheetPath(file);
    text = decoded.ok ? decoded.text : fail(1, `${file}: ${decoded.diagnostic.message.en}`);
  } catch (e) {
    fail(1, `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const out = analyze(text);
  const error = out.diagnostics.find((d) => d.severity === 'error');
  if (error) fail(1, `${file}:${error.line}: ${error.message.en}`);
  if (block !== undefined && !out.sheet.blocks.some((b) => b.id === block)) {
    fail(2, `no block ${block}; blocks: ${out.sheet.blocks.map((b) => b.id).join(', ')}`);
  }
  if (format === 'csv') {
    process.stdout.write(recipientsCsv(out.sheet, { bom: false, blockId: block }));
    return;
  }
  const graph = block !== undefined ? drillDown(out.sheet, block) : out.graph;
  process.stdout.write(`${JSON.stringify({ ...out, graph }, null, 2)}\n`);
}

await main(process.argv.slice(2));
