import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutputSchema } from '../../src/model/index.ts';

const root = process.cwd();
const seed = join(root, 'seeds/000_07fcc2ea9ae77a26.txt');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/parse-cli.ts'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parse CLI', () => {
  it('prints the JSON contract for the seed and exits 0', () => {
    const r = cli(seed);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(parseOutputSchema.safeParse(out).success).toBe(true);
    expect(out.schemaVersion).toBe(2);
    expect(out.sheet.blocks).toHaveLength(10);
    // The edges as data: ministry → A (inferred), A → each of B…J.
    expect(out.sheet.flows).toHaveLength(10);
    expect(out.sheet.flows[0]).toEqual({ from: 'ministry', to: 'A', amount: 552.5, note: null, inferred: true });
    expect(out.sheet.flows.slice(1).every((f: { from: string; inferred: boolean }) => f.from === 'A' && f.inferred)).toBe(true);
    expect(out.graph.links[0]).toMatchObject({ source: 'ministry', target: 'A', value: 552.5 });
  });

  it('replaces the graph with the drill-down of --block D', () => {
    const out = JSON.parse(cli(seed, '--block', 'D').stdout);
    expect(out.graph.nodes[0]).toMatchObject({ id: 'D', kind: 'block' });
    expect(out.graph.links.filter((l: { source: string }) => l.source === 'D')).toHaveLength(5);
  });

  it('prints one CSV row per recipient with a header', () => {
    const r = cli(seed, '--format', 'csv');
    expect(r.status).toBe(0);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('block,rank,name,corporateNumber,corporateNumberValid,description,amount,contractType,contractFamily,bidders,awardRate,reason,line');
    expect(rows).toHaveLength(36);
    expect(rows).toContain('E,1,デジタルテクノロジー株式会社,5011501015290,true,オンライン演習ステージング環境基盤,96.3,一般競争契約 (総合評価),competitive,2,94.6,,178');
  });

  it('limits CSV to one block with --block', () => {
    const rows = cli(seed, '--format', 'csv', '--block', 'D').stdout.trimEnd().split('\r\n');
    expect(rows.slice(1).every((r) => r.startsWith('D,'))).toBe(true);
    expect(rows).toHaveLength(6);
  });

  it('exits 1 with one line on stderr for a file that is not a sheet', () => {
    const r = cli(join(root, 'tests/fixtures/not-a-sheet/input.txt'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('not a review sheet');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exits 1 for a missing file', () => {
    const r = cli(join(root, 'no-such-file.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ENOENT');
  });

  it.each([[[]], [['--format', 'xml', seed]], [['--bogus', seed]], [[seed, seed]], [[seed, '--block', 'Z']]])('exits 2 on wrong usage %j', (args) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });
});

// Issue #12: the CLI reads every encoding and .xlsx through the same decode function as the app.
describe('parse CLI: encodings and kinds of file', () => {
  const enc = (name: string) => join(root, 'tests/encodings', name);
  const seedJson = () => JSON.parse(cli(seed).stdout);
  it.each(['seed.sjis.txt', 'seed.utf16le.txt', 'seed.utf16be-bom.txt', 'seed.utf8-bom.txt'])('%s gives the same JSON as the UTF-8 seed', (name) => {
    const r = cli(enc(name));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(seedJson());
  });
  it('an .xls exits 1 saying to save it as .xlsx or tab-separated text', () => {
    const r = cli(enc('old.xls'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`${enc('old.xls')}: "old.xls" is an old-format Excel workbook (.xls) or other Office file, which cannot be read. Save it as .xlsx or as tab-separated text in Excel, then load that file.`);
  });
  it('random bytes exit 1 with "neither a text file nor an Excel workbook"', () => {
    const r = cli(enc('random.bin'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"random.bin" is neither a text file nor an Excel workbook (.xlsx)');
  });
});

describe('parse CLI: an .xlsx workbook', () => {
  it('the seed written into an .xlsx gives the same JSON as the text', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(seed, 'utf8');
    const rows = text.split('\n').map((l) => l.split('\t').map((c) => (c === '' ? null : c)));
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-')), '2022-総務-21-0059.xlsx');
    await writeXlsxFile(rows as never).toFile(path);
    const r = cli(path);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(cli(seed).stdout));
  });
});
