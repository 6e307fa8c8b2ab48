/** Cell values as the RSシステム files write them. */
import { describe, expect, it } from 'vitest';
import { blockId, bool, corporateNumber, number, text } from '../../../src/sources/rs-csv/values.ts';
import { projectId } from '../../../src/sources/rs-csv/read.ts';
import { readRsFiles } from '../../../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { caseInputs, utf8 } from './helpers.ts';

describe('RS cell values', () => {
  it('reads placeholders as empty and keeps other text as written (trimmed)', () => {
    expect(['-', '--', 'ー', '－', ' - ', ''].map(text)).toEqual(['', '', '', '', '', '']);
    expect(text(' 株式会社ＮＴＴデータ ')).toBe('株式会社ＮＴＴデータ');
    expect(text('ーー事業')).toBe('ーー事業');
  });

  it('reads numbers in every form the files use', () => {
    const v = (s: string) => { const n = number(s); return n.ok ? n.value : `bad:${n.raw}`; };
    expect(['3025000 ', '136095000.0', '0.84606', '-8518000000', '１２３４', '1,234,567', '94.5%', '９４．５％', '▲500', '', '-', 'ー', '12a'].map(v))
      .toEqual([3025000, 136095000, 0.84606, -8518000000, 1234, 1234567, 94.5, 94.5, -500, null, null, null, 'bad:12a']);
  });

  it('reads booleans, 法人番号, block ids and 予算事業IDs', () => {
    expect(['TRUE', 'FALSE', 'true', 'ＴＲＵＥ', '', 'maybe'].map(bool)).toEqual([true, false, true, true, null, null]);
    expect(['7010001008844 ', '７０１０００１００８８４４', '7010001008844.0', '', '9999999999999'].map(corporateNumber)).toEqual(['7010001008844', '7010001008844', '7010001008844', '', '9999999999999']);
    expect(['A', 'Ａ', 'ab', ' AB ', ''].map(blockId)).toEqual(['A', 'A', 'AB', 'AB', '']);
    expect(['900059', '0900059', '900059.0', '９０００５９', ''].map(projectId)).toEqual(['900059', '900059', '900059', '900059', '']);
  });

  it('joins a full-width block id of 5-2 to its 5-1 block, and ignores a row that only repeats a payee', () => {
    const [b51, b52] = caseInputs('two-inflow');
    const t51 = new TextDecoder().decode(b51?.bytes);
    const lines = t51.split('\r\n');
    // Repeat C's payee row identity with nothing else, after its contract row.
    const repeat = (lines[8] as string).replace('FALSE,600000 ,,,,,,,,', 'FALSE,,,,,,,,,');
    expect(repeat).not.toBe(lines[8]);
    const text51 = [...lines.slice(0, 11), repeat, ...lines.slice(11)].join('\r\n');
    const text52 = new TextDecoder().decode(b52?.bytes).replace(',A,Aブロック,補助金の交付', ',Ａ,Aブロック,補助金の交付');
    const out = analyzeRsProject(readRsFiles([{ name: '5-1.csv', bytes: utf8(text51) }, { name: '5-2.csv', bytes: utf8(text52) }]).value, '1001');
    expect(out.sheet.flows[0]).toMatchObject({ from: 'ministry', to: 'A', amount: 1000000 });
    expect(out.sheet.blocks.map((b) => b.recipients.length)).toEqual([1, 1, 1]);
  });
});
