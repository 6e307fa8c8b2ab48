// .xlsx workbooks read as the text a spreadsheet's copy gives (src/read/xlsx.ts through
// decodeFile). The workbooks are written here, from the seed's rows, with write-excel-file.
import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/read/index.ts';
import { decodeFile } from '../../src/read/decode.ts';
import { cellText, displayDate, displayNumber, MAX_UNPACKED_BYTES, rowsToText, unpackedSize } from '../../src/read/xlsx.ts';
import { seedText } from './seed.ts';

type Cell = string | number | boolean | Date | null;

async function workbook(rows: Cell[][], options: Record<string, unknown> = {}): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(rows as never, { dateFormat: 'yyyy/m/d', ...options } as never).toBuffer();
  return new Uint8Array(buffer);
}

const seedRows = (numbers: boolean): Cell[][] =>
  seedText.split('\n').map((line) => line.split('\t').map((c) => (c === '' ? null : numbers && /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/.test(c) ? Number(c) : c)));

/** The seed as its copied text would be from the workbook: every row as wide as the widest. */
const widest = Math.max(...seedText.split('\n').map((l) => l.split('\t').length));
const seedAsCopied = seedText
  .split('\n')
  .map((l) => l + '\t'.repeat(widest - l.split('\t').length))
  .join('\n');

describe('an .xlsx holding the seed reads as the seed', () => {
  it('cells as strings: the text is the seed, each row padded to the used range, and analyze() gives the same output', async () => {
    const r = await decodeFile(await workbook(seedRows(false)), '2022-総務-21-0059.xlsx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.encoding).toBe('xlsx');
    expect(r.text).toBe(seedAsCopied);
    expect(analyze(r.text)).toEqual(analyze(seedText));
  });

  it('numbers stored as numbers (552.5, 0.3, 700 …): analyze() gives the same output as the text', async () => {
    const rows = seedRows(true);
    expect(rows.flat().filter((c) => typeof c === 'number').length).toBeGreaterThan(100);
    const r = await decodeFile(await workbook(rows), 'seed.xlsx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe(seedAsCopied);
    const out = analyze(r.text);
    expect(out).toEqual(analyze(seedText));
    expect(out.sheet.blocks.map((b) => b.id).join('')).toBe('ABCDEFGHIJ');
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('leading empty rows stay, so line numbers are row numbers', async () => {
    const r = await decodeFile(await workbook([[null], [null], ['事業番号', '2022']]), 'a.xlsx');
    expect(r).toEqual({ ok: true, text: '\t\n\t\n事業番号\t2022', encoding: 'xlsx' }); // empty rows as wide as the used range
  });
});

describe('cells as displayed', () => {
  it('numbers to 15 significant digits, as Excel shows them', () => {
    expect(displayNumber('535.70000000000005')).toBe('535.7');
    expect(displayNumber('0.30000000000000004')).toBe('0.3');
    expect(displayNumber('8518')).toBe('8518');
    expect(displayNumber('-8518')).toBe('-8518');
    expect(displayNumber('1E-3')).toBe('0.001');
    expect(displayNumber('7012405000492')).toBe('7012405000492'); // a 法人番号 stored as a number: 13 digits kept
  });
  it('dates as 2021/4/1, with a time when there is one', () => {
    expect(displayDate(new Date(Date.UTC(2021, 3, 1)))).toBe('2021/4/1');
    expect(displayDate(new Date(Date.UTC(2021, 3, 1, 9, 5)))).toBe('2021/4/1 9:05');
  });
  it('booleans TRUE/FALSE; line breaks and tabs inside a cell become spaces; empty cells empty', () => {
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText('上段\r\n下段\tX')).toBe('上段 下段 X');
    expect(cellText(null)).toBe('');
  });
  it('rows → lines, trailing empty rows left out', () => {
    expect(rowsToText([['a', null, 'b'], [null, null, null], ['c', 1, null], [null, null, null]])).toBe('a\t\tb\n\t\t\nc\t1\t');
  });
  it('a workbook with a number, a date and a boolean', async () => {
    const r = await decodeFile(await workbook([['執行額', 552.7, new Date(Date.UTC(2022, 5, 7)), true]]), 'a.xlsx');
    expect(r).toEqual({ ok: true, text: '執行額\t552.7\t2022/6/7\tTRUE', encoding: 'xlsx' });
  });
});

describe('a workbook that would unpack to too much is refused before unpacking', () => {
  it('reads the sizes the ZIP directory declares', async () => {
    const bytes = await workbook([['a', 1]]);
    const size = unpackedSize(bytes);
    expect(size).toBeGreaterThan(500);
    expect(size).toBeLessThan(20_000);
  });
  it('a directory declaring 300 MB is refused with the reason', async () => {
    const bytes = await workbook([['a', 1]]);
    // Patch the first central-directory entry's uncompressed size (offset 24) to 300 MB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = -1;
    for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) { at = i; break; }
    expect(at).toBeGreaterThan(0);
    view.setUint32(at + 24, 300 * 1024 * 1024, true);
    expect(unpackedSize(bytes)).toBeGreaterThan(MAX_UNPACKED_BYTES);
    const r = await decodeFile(bytes, 'bomb.xlsx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic.message.en).toBe('"bomb.xlsx" could not be read as an Excel workbook (.xlsx): it would unpack to more than 256 MB. Save the review sheet as .xlsx (on the first sheet) or as tab-separated text and load that.');
  });
});

describe('property: any grid of text and amounts reads back as its tab-separated text', () => {
  const text = fc.string({ unit: fc.constantFrom(...'資金の流れ事業番号ABC abc（株）▲①・-%,.0123456789'), minLength: 1, maxLength: 10 });
  const amount = fc.integer({ min: -99_999_999, max: 99_999_999 }).map((k) => k / 10);
  const cell = fc.oneof(text, amount, fc.constant(null));
  const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
  it('cells joined by tabs, rows as wide as the used range, trailing empty rows dropped', async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        // The used range: as wide as the last column with a value in any row.
        const width = Math.max(0, ...rows.map((r) => r.reduce<number>((last, c, i) => (c === null ? last : i + 1), 0)));
        const lines = rows.map((r) => [...r, ...Array(Math.max(0, width - r.length)).fill(null)].slice(0, width).map((c) => (c === null ? '' : String(c))).join('\t'));
        while (lines.length > 0 && /^\t*$/.test(lines.at(-1)!)) lines.pop();
        const r = await decodeFile(await workbook(rows), 'p.xlsx');
        if (lines.length === 0) return; // an empty workbook: nothing to compare
        expect(r).toEqual({ ok: true, text: lines.join('\n'), encoding: 'xlsx' });
      }),
      { numRuns: 25 },
    );
  });
});
