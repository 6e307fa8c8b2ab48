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
