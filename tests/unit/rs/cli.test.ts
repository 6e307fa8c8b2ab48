/** The RS path of the parse CLI: --project, --list, --split, --block, --format csv and the exit statuses. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { parseOutputSchema } from '../../../src/contract/schema.ts';
import { fixturesRs, root, sample2025Dir, sampleDir } from './helpers.ts';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/parse-cli.ts'), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const sample = readdirSync(sampleDir).map((f) => join(sampleDir, f));

describe('parse CLI, RSシステム files', () => {
  it('--project prints the JSON contract of that 予算事業ID', () => {
    const r = cli(...sample, '--project', '900002');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(parseOutputSchema.safeParse(out).success).toBe(true);
    expect(out.sheet).toMatchObject({ projectNumber: '900002', sheetYear: 2024, unit: '円', source: 'rs-csv' });
    expect(out.sheet.flows).toHaveLength(9);
    expect(out.graph.setAside).toHaveLength(1);
  });

  it('--list prints one object per project', () => {
    const r = cli(...sample, '--list');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { projectNumber: '900002', projectName: '架空の資金の流れ見本事業', ministry: '架空省', sheetYear: 2024, total: 900_000_000 + 300_000_000 + 1_043_000 + 250_000 },
      { projectNumber: '900059', projectName: 'サイバーセキュリティ統合知的・人材育成基盤の構築', ministry: '総務省', sheetYear: 2024, total: 552_500_000 },
    ]);
  });

  it('reads a ZIP as well as a CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-cli-'));
    const zip = join(dir, '5-1_RS_2024_支出先_支出情報.zip');
    writeFileSync(zip, zipSync({ '5-1_RS_2024_支出先_支出情報.csv': readFileSync(join(fixturesRs, 'two-inflow/5-1_RS_2024_支出先_支出情報.csv')) }));
    const r = cli(zip, join(fixturesRs, 'two-inflow/5-2_RS_2024_支出先_支出ブロックのつながり.csv'), '--project', '1001');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sheet.files).toEqual([`${zip}/5-1_RS_2024_支出先_支出情報.csv`, join(fixturesRs, 'two-inflow/5-2_RS_2024_支出先_支出ブロックのつながり.csv')]);
  });

  it('--block X and --format csv work as for text sheets', () => {
    const d = JSON.parse(cli(...sample, '--project', '900002', '--block', 'C').stdout);
    expect(d.graph.nodes[0]).toMatchObject({ id: 'C', kind: 'block' });
    const rows = cli(...sample, '--project', '900002', '--format', 'csv', '--block', 'D').stdout.trimEnd().split('\r\n');
    expect(rows).toEqual([
      'block,rank,name,corporateNumber,corporateNumberValid,description,amount,contractType,contractFamily,bidders,awardRate,reason,line',
      'D,1,個人Ａ,,,,300000,,unknown,,,,93', 'D,2,個人Ｂ,,,,300000,,unknown,,,,94', 'D,3,個人Ｃ,,,,0,,unknown,,,,95',
    ]);
  });

  it('exits 1 with one line naming the file that cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-cli-'));
    const bad = join(dir, '5-3.zip');
    writeFileSync(bad, '<html><body>503</body></html>');
    const r = cli(...sample, bad, '--project', '900002');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(bad);
    expect(cli(join(dir, 'none.csv'), '--list').status).toBe(1);
    const missing = cli(...sample, '--project', '12345');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('12345');
  });

  it('exits 2 on wrong usage', () => {
    expect(cli(...sample).status).toBe(2); // two projects: which one?
    expect(cli(...sample, '--list', '--project', '1').status).toBe(2);
    expect(cli(...sample, '--project', '900002', '--block', 'Z').status).toBe(2);
    expect(cli(...sample, '--year', 'next').status).toBe(2);
  });

  it('--split writes index.json and one file per project, each valid and equal to --project', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rs-split-')), 'out');
    const r = cli(...sample, '--split', dir);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['900002.json', '900059.json', 'index.json']);
    expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))).toEqual(JSON.parse(cli(...sample, '--list').stdout));
    for (const id of ['900002', '900059']) {
      const text = readFileSync(join(dir, `${id}.json`), 'utf8');
      expect(parseOutputSchema.safeParse(JSON.parse(text)).success).toBe(true);
      expect(text).toBe(cli(...sample, '--project', id).stdout);
    }
  });

  it('--split names files by 事業年度 too when the files hold several', () => {
    const base = mkdtempSync(join(tmpdir(), 'rs-years-'));
    mkdirSync(join(base, '2024'));
    mkdirSync(join(base, '2025'));
    for (const f of readdirSync(sampleDir)) copyFileSync(join(sampleDir, f), join(base, '2024', f));
    const dir2025 = sample2025Dir;
    for (const f of readdirSync(dir2025)) copyFileSync(join(dir2025, f), join(base, '2025', f));
    const files = [...readdirSync(join(base, '2024')).map((f) => join(base, '2024', f)), ...readdirSync(join(base, '2025')).map((f) => join(base, '2025', f))];
    const out = join(base, 'out');
    expect(cli(...files, '--split', out).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['900002_2024.json', '900002_2025.json', '900059_2024.json', '900059_2025.json', 'index.json']);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.map((p: { projectNumber: string; sheetYear: number }) => `${p.projectNumber}:${p.sheetYear}`)).toEqual(['900002:2024', '900059:2024', '900002:2025', '900059:2025']);
    expect(JSON.parse(readFileSync(join(out, '900059_2025.json'), 'utf8')).sheet.sheetYear).toBe(2025);
    // Without --year, --project takes the latest 事業年度.
    expect(JSON.parse(cli(...files, '--project', '900059').stdout).sheet.sheetYear).toBe(2025);
    expect(JSON.parse(cli(...files, '--project', '900059', '--year', '2024').stdout).sheet.sheetYear).toBe(2024);
  });
});

describe('parse CLI, files of the year it does not use', () => {
  it('leaves another table aside with a warning on stderr and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-cli-'));
    const other = join(dir, '1-1_RS_2024_基本情報_組織情報.csv');
    writeFileSync(other, '\uFEFFシート種別,事業年度,予算事業ID,事業名,府省庁の建制順,政策所管府省庁,府省庁,局・庁,部,課,室,班,係,組織名\r\nレビューシート,2024,900002,架空の資金の流れ見本事業,99,架空省,架空省,見本局,,,,,,見本課\r\n');
    const r = cli(...sample, other, '--project', '900002');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sheet.projectNumber).toBe('900002');
    expect(r.stderr).toBe(`warning: ${other}: not one of the tables read (5-1, 5-2, 5-3, 5-4, 2-1, 1-2); the file is not used.\n`);
  });
});
