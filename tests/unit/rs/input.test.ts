/** Bad input: each file's problem is one diagnostic naming that file, and the other files are still read. */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readRsFiles, missingTables, rsProjectSheet } from '../../../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { caseInputs, utf8 } from './helpers.ts';

const good = caseInputs('two-inflow');
const H_COMMON = 'シート種別,事業年度,予算事業ID,事業名,府省庁の建制順,政策所管府省庁,府省庁,局・庁,部,課,室,班,係';

function readWith(bad: { name: string; bytes: Uint8Array }) {
  const out = readRsFiles([...good, bad]);
  const problems = out.diagnostics.filter((d) => d.severity === 'error');
  return { out, problems };
}

describe('readRsFiles on bad input', () => {
  it('names a CSV of another RS table, leaves it aside and keeps the others', () => {
    const { out, problems } = readWith({ name: '1-1_RS_2024_基本情報_組織情報.csv', bytes: utf8(`${H_COMMON},組織名,担当者\r\nレビューシート,2024,1001,見本事業,99,見本省,見本省,見本局,,,,,,見本課,見本\r\n`, true) });
    // Another table of the year is left aside with a warning, not an error: the year is still read.
    expect(problems).toEqual([]);
    expect(out.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'RS_OTHER_TABLE', file: '1-1_RS_2024_基本情報_組織情報.csv', line: 1 })]);
    expect(out.diagnostics[0]?.message.en).toContain('1-1_RS_2024_基本情報_組織情報.csv');
    expect(out.value.tables).toEqual(['5-1', '5-2']);
    expect(analyzeRsProject(out.value, '1001').sheet.blocks).toHaveLength(3);
  });

  it('names the missing column of a header', () => {
    const header = `${H_COMMON},支出元の支出先ブロック,支出元の支出先ブロック名,担当組織からの支出,支出先の支出先ブロック名,資金の流れの補足情報,国自らが支出する間接経費,国自らが支出する間接経費の項目,国自らが支出する間接経費の金額`;
    const { problems } = readWith({ name: 'cut-5-2.csv', bytes: utf8(`${header}\r\n`) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'RS_HEADER_MISSING_COLUMN', file: 'cut-5-2.csv' });
    expect(problems[0]?.message.ja).toContain('支出先の支出先ブロック');
    expect(problems[0]?.message.en).toContain('5-2');
  });

  it('names a missing optional column in a warning and reads the rest', () => {
    const text = new TextDecoder().decode(good[0]?.bytes).replace(',所在地,', ',住所,');
    const out = readRsFiles([{ name: 'renamed-5-1.csv', bytes: utf8(text) }, good[1] as { name: string; bytes: Uint8Array }]);
    expect(out.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'RS_HEADER_OPTIONAL_MISSING', file: 'renamed-5-1.csv' })]);
    expect(out.diagnostics[0]?.message.ja).toContain('所在地');
    expect(analyzeRsProject(out.value, '1001').sheet.blocks.map((b) => b.total)).toEqual([1000000, 500000, 600000]);
  });

  it('reads a line whose quote never closes on its own, and the rows after it', () => {
    const text = new TextDecoder().decode(good[0]?.bytes).replace('基金造成', '"基金造成');
    const out = readRsFiles([{ name: 'q.csv', bytes: utf8(text) }]);
    // PapaParse reads the open quote to the line's end: the row is short as well.
    expect(out.diagnostics.map((d) => [d.code, d.line, d.file])).toEqual([['RS_BAD_QUOTES', 4, 'q.csv'], ['RS_ROW_SHORT', 4, 'q.csv']]);
    expect(analyzeRsProject(out.value, '1001').sheet.blocks.map((b) => b.id)).toEqual(['A', 'B', 'C']);
  });

  it('says a ZIP holds no CSV', () => {
    const { problems } = readWith({ name: 'empty.zip', bytes: zipSync({ 'readme.pdf': strToU8('%PDF-1.4') }) });
    expect(problems).toEqual([expect.objectContaining({ code: 'RS_FILE_UNREADABLE', file: 'empty.zip' })]);
    expect(problems[0]?.message.en).toContain('holds no CSV');
  });

  it('says an HTML page saved as .zip is not a ZIP', () => {
    const { problems } = readWith({ name: '5-1_RS_2024.zip', bytes: utf8('<!DOCTYPE html>\n<html><body>ページが見つかりません</body></html>') });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message.en).toContain('5-1_RS_2024.zip');
    expect(problems[0]?.message.en).toContain('HTML');
  });

  it('says a truncated ZIP is broken', () => {
    const zip = zipSync({ '5-1.csv': good[0]?.bytes ?? new Uint8Array() });
    const { out, problems } = readWith({ name: 'cut.zip', bytes: zip.slice(0, Math.floor(zip.length / 2)) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'RS_FILE_UNREADABLE', file: 'cut.zip' });
    expect(problems[0]?.message.en).toContain('truncated');
    expect(out.value.projects.map((p) => p.projectNumber)).toEqual(['1001']);
  });

  it('says a Shift_JIS file is not UTF-8', () => {
    // "シート種別,事業年度" in Shift_JIS.
    const sjis = new Uint8Array([0x83, 0x56, 0x81, 0x5b, 0x83, 0x67, 0x8e, 0xed, 0x95, 0xca, 0x2c, 0x8e, 0x96, 0x8b, 0xc6, 0x94, 0x4e, 0x93, 0x78, 0x0d, 0x0a]);
    const { problems } = readWith({ name: 'sjis.csv', bytes: sjis });
    expect(problems).toEqual([expect.objectContaining({ code: 'RS_FILE_UNREADABLE', file: 'sjis.csv' })]);
    expect(problems[0]?.message.en).toContain('not UTF-8');
  });

  it('says a text file that is no RS CSV is not one', () => {
    const { problems } = readWith({ name: 'notes.csv', bytes: utf8('name,amount\r\na,1\r\n') });
    expect(problems).toEqual([expect.objectContaining({ code: 'RS_NOT_RS_CSV', file: 'notes.csv' })]);
  });

  it('reads the CSVs inside a ZIP, and the same table twice only once', () => {
    const zip = zipSync({ '5-1_RS_2024_支出先_支出情報.csv': good[0]?.bytes ?? new Uint8Array(), '5-2_RS_2024_支出先_支出ブロックのつながり.csv': good[1]?.bytes ?? new Uint8Array() });
    const out = readRsFiles([{ name: 'all.zip', bytes: zip }, good[0] as { name: string; bytes: Uint8Array }]);
    expect(out.value.files.map((f) => f.name)).toEqual(['all.zip/5-1_RS_2024_支出先_支出情報.csv', 'all.zip/5-2_RS_2024_支出先_支出ブロックのつながり.csv']);
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'RS_DUPLICATE_FILE', severity: 'info', file: 'two-inflow/5-1_RS_2024_支出先_支出情報.csv' })]);
    const sheet = analyzeRsProject(out.value, '1001').sheet;
    expect(sheet.blocks.map((b) => b.recipients.length)).toEqual([1, 1, 1]);
  });

  it('never throws: empty input, empty file, random bytes', () => {
    expect(readRsFiles([]).value.projects).toEqual([]);
    expect(readRsFiles([{ name: 'x.csv', bytes: new Uint8Array() }]).diagnostics[0]?.code).toBe('RS_FILE_UNREADABLE');
    expect(readRsFiles([{ name: 'x.bin', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]) }]).diagnostics[0]?.code).toBe('RS_FILE_UNREADABLE');
  });
});

describe('missing tables', () => {
  it('5-2 alone still draws the structure, and names each missing table once', () => {
    const only52 = readRsFiles(good.filter((i) => i.name.includes('5-2')));
    expect(missingTables(only52.value)).toEqual(['5-1', '5-3', '5-4', '2-1', '1-2']);
    const src = rsProjectSheet(only52.value, '1001');
    const missing = src.diagnostics.filter((d) => d.code === 'RS_TABLE_MISSING');
    expect(missing.map((d) => d.message.en)).toEqual([
      'No 5-1: payees, amounts and contracts not shown.', 'No 5-3: 費目・使途 (expense categories and uses) not shown.', 'No 5-4: multi-year contracts (国庫債務負担行為等) not shown.',
      'No 2-1: budget and execution not shown.', 'No 1-2: the project overview not shown.',
    ]);
    const out = analyzeRsProject(only52.value, '1001');
    expect(out.sheet.blocks.map((b) => [b.id, b.amountKnown])).toEqual([['A', false], ['B', false], ['C', false]]);
    expect(out.graph.nodes.map((n) => n.id)).toEqual(['ministry', 'A', 'B', 'C', 'C:junction']);
    expect(out.graph.links.map((l) => `${l.source}>${l.target}`)).toEqual(['ministry>A', 'ministry>B', 'A>C:junction', 'B>C:junction', 'C:junction>C']);
  });

  it('5-1 alone: the blocks hang from the ministry, marked inferred', () => {
    const only51 = readRsFiles(good.filter((i) => i.name.includes('5-1')));
    const out = analyzeRsProject(only51.value, '1001');
    expect(out.sheet.flows).toEqual([]);
    expect(Object.values(out.graph.parents)).toEqual([{ parent: 'ministry', inferred: true }, { parent: 'ministry', inferred: true }, { parent: 'ministry', inferred: true }]);
    expect(out.graph.links.every((l) => l.variant === 'inferred')).toBe(true);
  });

  it('an unknown project is one error', () => {
    const out = analyzeRsProject(readRsFiles(good).value, '999');
    expect(out.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'RS_PROJECT_NOT_FOUND' })]);
    expect(out.graph.nodes).toEqual([]);
  });
});
