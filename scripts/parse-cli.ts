/**
 * CLI: `npm run --silent parse -- <file> [--block <id>] [--format json|csv]` for a text sheet;
 * `npm run --silent parse -- FILE... (--project ID [--year N] | --list | --split DIR)` for the
 * RSシステム CSVs / ZIPs (scripts/rs-cli.ts).
 * Exit 0 when a sheet was read (warnings allowed), 1 when the file is not a readable
 * review sheet (one line on stderr), 2 on wrong usage.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/read/index.ts';
import { drillDown } from '../src/model/index.ts';
import { recipientsCsv } from '../src/model/csv.ts';
import { runRsCli } from './rs-cli.ts';

const USAGE = 'usage: npm run --silent parse -- <file> [--block <id>] [--format json|csv]\n' +
  '       npm run --silent parse -- FILE.csv|FILE.zip... (--project <ID> [--year <事業年度>] [--block <id>] [--format json|csv] | --list | --split <dir>)';

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main(argv: string[]): void {
  const files: string[] = [];
  let block: string | undefined;
  let format = 'json';
  let project: string | undefined;
  let year: string | undefined;
  let split: string | undefined;
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--block') block = argv[++i] ?? fail(2, USAGE);
    else if (a === '--format') format = argv[++i] ?? fail(2, USAGE);
    else if (a === '--project') project = argv[++i] ?? fail(2, USAGE);
    else if (a === '--year') year = argv[++i] ?? fail(2, USAGE);
    else if (a === '--split') split = argv[++i] ?? fail(2, USAGE);
    else if (a === '--list') list = true;
    else if (a === '-h' || a === '--help') { process.stdout.write(`${USAGE}\n`); process.exit(0); }
    else if (a.startsWith('-')) fail(2, `unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (files.length === 0) fail(2, USAGE);
  if (format !== 'json' && format !== 'csv') fail(2, `--format must be json or csv\n${USAGE}`);
  const rs = project !== undefined || list || split !== undefined || year !== undefined || files.some((f) => /\.(csv|zip)$/i.test(f));
  if (rs) {
    if (year !== undefined && !/^\d{4}$/.test(year)) fail(2, `--year must be a 事業年度 such as 2024\n${USAGE}`);
    const r = runRsCli({ files, project, year: year === undefined ? undefined : Number(year), list, split, block, format: format as 'json' | 'csv' });
    if (r.stdout) process.stdout.write(r.stdout);
    if (r.stderr) process.stderr.write(r.stderr);
    // exitCode, not exit(): a large JSON on a pipe is written out before the process ends.
    process.exitCode = r.status;
    return;
  }
  if (files.length > 1) fail(2, `one file only\n${USAGE}`);
  const file = files[0] as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
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

main(process.argv.slice(2));
