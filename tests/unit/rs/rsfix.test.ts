/**
 * rsfix: the defects found after the RS merge, each against hand-worked values of the bundled
 * sample (tests/fixtures-rs-sample, project 900002) or of small inputs written here.
 *
 * 900002 in 5-1 (yen): A 900,000,000; B 300,000,000; C 700,000,000 (株式会社見本一 400,000,000,
 * 見本大学 100,000,000, その他 200,000,000; 支出先の数 12); D 600,000; E 50,000,000; F 120,000,000
 * (payee only in 5-4, amount not given). 5-2: ministry → A, B; A, B → C; C → E; E → C; B → D;
 * 間接経費 1,043,000 and 旅費 250,000; nothing → F. 2-1: 執行額 (2023) 1,071,893,000.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRsFiles, rsProjectSheet } from '../../../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { drillDown } from '../../../src/model/drilldown.ts';
import { drillBlocks } from '../../../src/model/drillBlocks.ts';
import { rsDrill } from '../../../src/model/rsDrill.ts';
import { MAX_PER_CODE } from '../../../src/i18n/bound.ts';
import { analyze } from '../../../src/read/index.ts';
import type { Diagnostic } from '../../../src/contract/schema.ts';
import { dirInputs, root, utf8 } from './helpers.ts';

const year = readRsFiles(dirInputs(join(root, 'tests/fixtures-rs-sample')));
const out = analyzeRsProject(year.value, '900002');
const node = (id: string) => out.graph.nodes.find((n) => n.id === id);
const link = (s: string, t: string) => out.graph.links.find((l) => l.source === s && l.target === t);

describe('#1 an RS intermediary pays its own payees: they are not a residual', () => {
  it('C: 700,000,000 − 50,000,000 to E = 650,000,000 stayed with its own payees (12 declared)', () => {
    expect(link('C', 'E')?.value).toBe(50_000_000);
    expect(node('C:payees')).toMatchObject({ kind: 'kept', label: 'C 自らの支出先 12者', blockId: 'C' });
    expect(link('C', 'C:payees')).toMatchObject({ value: 650_000_000, kind: 'kept' });
    expect(node('C:residual')).toBeUndefined();
    expect(out.graph.nodes.some((n) => /差額|不明/.test(n.label) && n.kind === 'residual')).toBe(false);
    expect(out.diagnostics.map((d) => d.code)).not.toContain('RS_BLOCK_TOTAL_UNTRACED');
  });

  it('the drill-down of C hangs E off its payees without a split and makes up no residual', () => {
    const g = drillBlocks(out.sheet, 'C', out.graph, rsDrill);
    expect(g.nodes.find((n) => n.id === 'C:onward')).toMatchObject({ kind: 'other', variant: 'junction', label: 'C の支出先から（どの支出先からかは記載なし）' });
    // Each paid payee (400, 100, 200 million) joins the junction with a 0 connector; the junction carries E's own total.
    expect(g.links.filter((l) => l.target === 'C:onward').map((l) => [l.source, l.value, l.variant])).toEqual([['C:r:1', 0, 'unsplit'], ['C:r:2', 0, 'unsplit'], ['C:r:3', 0, 'unsplit']]);
    expect(g.links.find((l) => l.source === 'C:onward' && l.target === 'E')?.value).toBe(50_000_000);
    expect(g.links.filter((l) => l.source === 'C' && l.kind === 'payment').map((l) => l.value)).toEqual([400_000_000, 100_000_000, 200_000_000]);
    expect(g.nodes.some((n) => n.kind === 'residual')).toBe(false);
  });
});

describe('#2 the ministry node and the project list agree', () => {
  it('F (no inflow in 5-2) is drawn from 資金元の記載なし, so the ministry sums to the list total 1,201,293,000', () => {
    expect(node('unstated')).toMatchObject({ kind: 'other', label: '資金元の記載なし' });
    expect(link('unstated', 'F')).toMatchObject({ value: 120_000_000, variant: 'inferred' });
    expect(link('ministry', 'F')).toBeUndefined();
    const fromMinistry = out.graph.links.filter((l) => l.source === 'ministry').reduce((a, l) => a + l.value, 0);
    // 900,000,000 (A) + 300,000,000 (B) + 1,043,000 + 250,000 (the state's own spending).
    expect(fromMinistry).toBe(1_201_293_000);
    expect(year.value.projects.find((p) => p.projectNumber === '900002')?.total).toBe(1_201_293_000);
    expect(out.diagnostics.find((d) => d.code === 'RS_NO_INFLOW')?.message.ja).toContain('府省庁の合計には含めません');
  });
});

describe('#3 RS findings state yen readably', () => {
  it('RS_EXECUTED_MISMATCH: 1,071,893,000 vs 1,201,293,000, off by 129,400,000', () => {
    const m = out.diagnostics.find((d) => d.code === 'RS_EXECUTED_MISMATCH')?.message;
    expect(m?.ja).toContain('1,071,893,000円(1,071.9百万円)');
    expect(m?.ja).toContain('1,201,293,000円(1,201.3百万円)');
    expect(m?.ja).toContain('129,400,000円(129.4百万円) 違います');
    expect(m?.en).toContain('off by 129,400,000 yen (129.4 million yen)');
    expect(m?.ja).not.toMatch(/\d{4}円/);
  });

  it('a text sheet (百万円) keeps its plain numbers', () => {
    const seed = analyze(readFileSync(join(root, 'seeds/000_07fcc2ea9ae77a26.txt'), 'utf8'));
    const single = seed.diagnostics.filter((d) => d.code === 'SINGLE_BIDDER');
    expect(single.length).toBeGreaterThan(0);
    for (const d of single) expect(d.message.ja).toMatch(/です。金額: [\d.]+百万円。$/);
    expect(seed.diagnostics.some((d) => /百万円\)|円\(/.test(d.message.ja))).toBe(false);
  });
});

describe('#4 drill-downs label RS blocks with their own name', () => {
  it('C is "C 株式会社見本一ほか" (支出先ブロック名), not its largest payee', () => {
    expect(drillDown(out.sheet, 'C').nodes[0]?.label).toBe('C 株式会社見本一ほか');
    expect(drillBlocks(out.sheet, 'C', out.graph, rsDrill).nodes.find((n) => n.id === 'C')?.label).toBe('C 株式会社見本一ほか');
    expect(drillDown(out.sheet, 'D').nodes[0]?.label).toBe('D 個人');
  });
});

describe('#5 SINGLE_BIDDER of a payee whose amount is not given', () => {
  it('F\'s 株式会社見本三 (5-4 only): 金額不明, not (0); 見本一: its 400,000,000', () => {
    const f = out.diagnostics.find((d) => d.code === 'SINGLE_BIDDER' && d.blockId === 'F')?.message;
    expect(f?.ja).toContain('金額: 不明。');
    expect(f?.en).toContain('Amount: unknown.');
    expect(f?.ja).not.toMatch(/金額: 0/);
    expect(out.diagnostics.find((d) => d.code === 'SINGLE_BIDDER' && d.blockId === 'C')?.message.ja).toContain('金額: 400,000,000円(400.0百万円)。');
  });
});

// #6: hostile inputs: thousands of findings of one code are bounded (100 + one summary).
const H13 = '\uFEFFシート種別,事業年度,予算事業ID,事業名,府省庁の建制順,政策所管府省庁,府省庁,局・庁,部,課,室,班,係';
const H51 = `${H13},支出先ブロック番号,支出先ブロック名,支出先の数,事業を行う上での役割,ブロックの合計支出額,支出先名,法人番号,所在地,法人種別,その他支出先,支出先の合計支出額,契約概要,金額,契約方式等,具体的な契約方式等,入札者数,落札率,一者応札・一者応募又は競争性のない随意契約となった理由及び改善策（支出額10億円以上）,その他の契約`;
const H52 = `${H13},支出元の支出先ブロック,支出元の支出先ブロック名,担当組織からの支出,支出先の支出先ブロック,支出先の支出先ブロック名,資金の流れの補足情報,国自らが支出する間接経費,国自らが支出する間接経費の項目,国自らが支出する間接経費の金額`;
const common = (id: number) => `レビューシート,2024,${id},見本事業,99,見本省,見本省,見本局,,,,,`;
const countOf = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code).length;
const truncated = (ds: Diagnostic[], code: string) => ds.find((d) => d.code === 'DIAGNOSTICS_TRUNCATED' && d.message.en.includes(`(${code})`));

describe('#6 RS diagnostics are bounded', () => {
  it('rsProjectSheet: 3,000 rows without a block and 3,000 blocks named only in 5-2 → 100 each + a summary', () => {
    const rows51 = Array.from({ length: 3000 }, () => `${common(1)},,,,,,株式会社見本,,,,FALSE,1000 ,,,,,,,,`);
    const rows52 = Array.from({ length: 3000 }, (_, i) => `${common(1)},,見本省,TRUE,X${i},X${i}名,,,,`);
    const y = readRsFiles([
      { name: '5-1.csv', bytes: utf8([H51, `${common(1)},A,見本,1,実施,1000 ,,,,,,,,,,,,,,`, ...rows51].join('\r\n')) },
      { name: '5-2.csv', bytes: utf8([H52, `${common(1)},,見本省,TRUE,A,Aブロック,,,,`, ...rows52].join('\r\n')) },
    ]);
    const sheet = rsProjectSheet(y.value, '1');
    expect(countOf(sheet.diagnostics, 'RS_ROW_NO_BLOCK')).toBe(MAX_PER_CODE);
    expect(countOf(sheet.diagnostics, 'RS_BLOCK_NO_ROWS')).toBe(MAX_PER_CODE);
    expect(truncated(sheet.diagnostics, 'RS_ROW_NO_BLOCK')?.message.en).toContain('2,900 more');
    expect(truncated(sheet.diagnostics, 'RS_BLOCK_NO_ROWS')?.message.en).toContain('2,900 more');
    // Nothing is lost from the sheet: all 3,001 blocks are there.
    expect(sheet.value.blocks).toHaveLength(3001);
    const model = analyzeRsProject(y.value, '1');
    expect(model.diagnostics.length).toBeLessThan(400);
  });

  it('readRsFiles: 30 distinct short-row files (20 findings each) → 100 RS_ROW_SHORT + a summary', () => {
    const files = Array.from({ length: 30 }, (_, f) => ({
      name: `5-2_${f}.csv`,
      bytes: utf8([H52, ...Array.from({ length: 25 }, (_, i) => `${common(100 + f)},,見本省,TRUE,A${i}`)].join('\r\n')),
    }));
    const y = readRsFiles(files);
    expect(countOf(y.diagnostics, 'RS_ROW_SHORT')).toBe(MAX_PER_CODE);
    // 30 files × 20 reported = 600 → 500 more; each file also says how many more it had (5).
    expect(truncated(y.diagnostics, 'RS_ROW_SHORT')?.message.en).toContain('500 more');
    expect(countOf(y.diagnostics, 'RS_MORE_ROW_PROBLEMS')).toBe(30);
    expect(y.value.projects).toHaveLength(30);
  });
});

describe('#7 the RS session warms the project code after reading', () => {
  it('opens the small projects with 5-1 and 5-2 rows (largest first), and never throws', async () => {
    const { warmUp } = await import('../../../src/read/rsSession.ts');
    const opened: string[] = [];
    // 900002 has 22 + 9 + 2 rows, 900059 fewer: both are ≤ 300 rows, and together far below 5,000.
    expect(warmUp(year.value, { analyzeRsProject: (y, id, s) => (opened.push(id), analyzeRsProject(y, id, s)) }).sort()).toEqual(['900002', '900059']);
    expect(opened.sort()).toEqual(['900002', '900059']);
    expect(warmUp(year.value, { analyzeRsProject: () => { throw new Error('bug'); } })).toHaveLength(2);
  });

  it('with no project that small, opens the smallest one only', async () => {
    const { warmUp } = await import('../../../src/read/rsSession.ts');
    const big = (id: number, n: number) => Array.from({ length: n }, (_, i) => `${common(id)},A,,,,,株式会社見本${i},,,,FALSE,1000 ,,,,,,,,`);
    const y = readRsFiles([
      { name: '5-1.csv', bytes: utf8([H51, ...big(7, 400), ...big(8, 320)].join('\r\n')) },
      { name: '5-2.csv', bytes: utf8([H52, `${common(7)},,見本省,TRUE,A,Aブロック,,,,`, `${common(8)},,見本省,TRUE,A,Aブロック,,,,`].join('\r\n')) },
    ]);
    expect(warmUp(y.value, { analyzeRsProject })).toEqual(['8']);
  });
});

// #8: every project of the sample through the CLI, and damaged copies of its files.
describe('#8 the CLI on the sample and on damaged copies', async () => {
  const { runRsCli } = await import('../../../scripts/rs-cli.ts');
  const { readFileSync: read, mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { zipSync } = await import('fflate');
  const dir = join(root, 'tests/fixtures-rs-sample');
  const f51 = '5-1_RS_2024_支出先_支出情報.csv';
  const f52 = '5-2_RS_2024_支出先_支出ブロックのつながり.csv';
  const files = ['2-1_RS_2024_予算・執行_サマリ.csv', f51, f52, '5-3_RS_2024_支出先_費目・使途.csv', '5-4_RS_2024_支出先_国庫債務負担行為等による契約.csv'].map((f) => join(dir, f));
  const t51 = read(join(dir, f51), 'utf8');
  const tmp = mkdtempSync(join(tmpdir(), 'rsfix-'));
  const put = (name: string, data: string | Uint8Array): string => {
    const p = join(tmp, name);
    writeFileSync(p, data);
    return p;
  };
  const payeeRows = (csv: string): number => csv.trim().split('\n').length - 1;
  // Line 86 of 5-1 is 株式会社見本一's payee row in block C (900002).
  const cut = t51.indexOf('株式会社見本一,3010001000001');

  it('opens every project of the list, every block, and drops no payee row (900002: 1 + 1 + 3 + 3 + 0 + 1 = 9; 900059: 32)', () => {
    const list = runRsCli({ files, list: true, format: 'json' });
    expect(list.status).toBe(0);
    const ids = (JSON.parse(list.stdout) as { projectNumber: string }[]).map((p) => p.projectNumber);
    expect(ids).toEqual(['900002', '900059']);
    const rows: Record<string, number> = {};
    for (const id of ids) {
      const r = runRsCli({ files, project: id, list: false, format: 'csv' });
      expect(r.status, r.stderr).toBe(0);
      rows[id] = payeeRows(r.stdout);
      const blocks = (JSON.parse(runRsCli({ files, project: id, list: false, format: 'json' }).stdout) as { sheet: { blocks: { id: string }[] } }).sheet.blocks;
      for (const b of blocks) expect(runRsCli({ files, project: id, block: b.id, list: false, format: 'json' }).status, `${id} ${b.id}`).toBe(0);
    }
    expect(rows['900002']).toBe(9);
    // 900059: 32 rows of 5-1 with a 支出先名 and a 支出先の合計支出額 (counted with a CSV parser, apart from the reader).
    expect(rows['900059']).toBe(32);
  });

  it('a 5-1 cut mid-line: the rows before are read, the cut row is said to be cut (RS_FILE_CUT_SHORT), exit 0', () => {
    const p = put(f51, t51.slice(0, cut + 10));
    const r = runRsCli({ files: [p, files[2] as string], project: '900002', list: false, format: 'csv' });
    expect(r.status).toBe(0);
    // A 1, B 1, and C's cut row.
    expect(payeeRows(r.stdout)).toBe(3);
    expect(r.stderr).toContain('line 86: the 5-1 file ends inside a row');
  });

  it('a 5-1 cut inside a multi-byte character is read up to it, not refused as Shift_JIS', () => {
    const bytes = new TextEncoder().encode(t51.slice(0, cut + 3));
    const y = readRsFiles([{ name: f51, bytes: bytes.subarray(0, bytes.length - 1) }]);
    expect(y.diagnostics.map((d) => d.code)).toEqual(['RS_ROW_SHORT', 'RS_FILE_CUT_SHORT']);
    expect(y.value.projects.map((p) => p.projectNumber)).toContain('900002');
    expect(rsProjectSheet(y.value, '900002').value.blocks.find((b) => b.id === 'C')?.recipients.map((r) => r.name)).toEqual(['株式']);
  });

  it('an unclosed quote at the end: that line alone is read, and said', () => {
    const y = readRsFiles([{ name: f51, bytes: utf8(`${t51.slice(0, cut)}"株式会社見本一,30100`) }]);
    expect(y.diagnostics.map((d) => d.code)).toEqual(['RS_BAD_QUOTES', 'RS_ROW_SHORT', 'RS_FILE_CUT_SHORT']);
  });

  it('a file that ends with its line end is not called cut', () => {
    const y = readRsFiles([{ name: f51, bytes: utf8(t51) }]);
    expect(y.diagnostics).toEqual([]);
  });

  it('a cut ZIP, an HTML page named .zip, a 5-1 without 支出先ブロック番号: exit 1 naming the file and why; none throws', () => {
    const zip = zipSync({ [f51]: utf8(t51) });
    const cutZip = put('5-1_RS_2024_支出先_支出情報.zip', zip.subarray(0, Math.floor(zip.length / 2)));
    let r = runRsCli({ files: [cutZip, files[2] as string], list: true, format: 'json' });
    expect([r.status, r.stderr.trim()]).toEqual([1, `${cutZip}: cannot be read (not a ZIP archive, or a truncated one).`]);
    const html = put('5-2.zip', '<!DOCTYPE html><html><head><title>404</title></head><body>見つかりません</body></html>');
    r = runRsCli({ files: [html], list: true, format: 'json' });
    expect([r.status, r.stderr.trim()]).toEqual([1, `${html}: cannot be read (an HTML page, not a CSV or ZIP).`]);
    const lines = t51.split('\r\n');
    const at = (lines[0] as string).split(',').indexOf('支出先ブロック番号');
    const noCol = put('nocol.csv', lines.map((l) => l.split(',').filter((_, i) => i !== at).join(',')).join('\r\n'));
    r = runRsCli({ files: [noCol], list: true, format: 'json' });
    expect([r.status, r.stderr.trim()]).toEqual([1, `${noCol}: the 5-1 header line lacks the column 支出先ブロック番号; the file is not used.`]);
  });

  it('a 5-1 without the optional 落札率: read, said, no row lost (9 payee rows of 900002)', () => {
    const lines = t51.split('\r\n');
    const at = (lines[0] as string).split(',').indexOf('落札率');
    const p = put('noopt.csv', lines.map((l) => l.split(',').filter((_, i) => i !== at).join(',')).join('\r\n'));
    const r = runRsCli({ files: [p, files[2] as string, files[4] as string], project: '900002', list: false, format: 'csv' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('lacks the column 落札率; its values are read as empty');
    expect(payeeRows(r.stdout)).toBe(9);
  });
});
