// The one decode function of every input path (src/read/decode.ts): encodings, kinds of
// file, the size limit. Fixtures in tests/encodings/ were made with glibc iconv (make.sh),
// not with the decoder under test.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFile, decodeText, utf8Bytes, type Decoded } from '../../src/read/decode.ts';
import { MAX_FILE_BYTES } from '../../src/read/limits.ts';
import { seedText } from './seed.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../encodings/${name}`, import.meta.url)));
const code = (r: Decoded): string | null => (r.ok ? null : r.diagnostic.code);

describe('decodeText: the seed in every encoding reads as the seed', () => {
  it.each([
    ['seed.utf8-bom.txt', 'utf-8-bom'],
    ['seed.utf16le-bom.txt', 'utf-16le'],
    ['seed.utf16be-bom.txt', 'utf-16be'],
    ['seed.utf16le.txt', 'utf-16le'],
    ['seed.utf16be.txt', 'utf-16be'],
    ['seed.sjis.txt', 'shift_jis'],
  ])('%s → %s', (name, encoding) => {
    const r = decodeText(fixture(name), name);
    expect(r).toEqual({ ok: true, text: seedText, encoding });
  });

  it('plain UTF-8 stays as it is', () => {
    expect(decodeText(new TextEncoder().encode(seedText), 'seed.txt')).toEqual({ ok: true, text: seedText, encoding: 'utf-8' });
  });

  it('an empty file is empty text (the parser says EMPTY_INPUT)', () => {
    expect(decodeText(new Uint8Array(0), 'empty.txt')).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });

  it('Shift_JIS bytes of 資金 (8E 91 8B E0) read as 資金', () => {
    expect(decodeText(new Uint8Array([0x8e, 0x91, 0x8b, 0xe0]), 'a.txt')).toEqual({ ok: true, text: '資金', encoding: 'shift_jis' });
  });
});

describe('decodeText: what is not a text file is refused with a message naming the file', () => {
  it('an old Excel workbook (.xls, OLE2) says to save as .xlsx or tab-separated text', () => {
    const r = decodeText(fixture('old.xls'), '2019-総務-0059.xls');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostic).toMatchObject({ severity: 'error', code: 'FILE_OLD_EXCEL', line: 1, file: '2019-総務-0059.xls' });
    expect(r.diagnostic.message.ja).toContain('「2019-総務-0059.xls」');
    expect(r.diagnostic.message.ja).toContain('.xlsx');
    expect(r.diagnostic.message.ja).toContain('タブ区切り');
    expect(r.diagnostic.message.en).toContain('Save it as .xlsx or as tab-separated text');
    expect(r.diagnostic.message.en).not.toContain('control characters');
  });

  it('random bytes are not text: save as .xlsx or tab-separated text', () => {
    const r = decodeText(fixture('random.bin'), 'random.bin');
    expect(code(r)).toBe('FILE_NOT_TEXT');
    if (!r.ok) expect(r.diagnostic.message.en).toMatch(/^"random\.bin" is neither a text file nor an Excel workbook \(\.xlsx\)\. Save the review sheet as \.xlsx or as tab-separated text/);
  });

  it.each([
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'PNG'],
    ['a PDF', [...new TextEncoder().encode('%PDF-1.7\n')], 'PDF'],
  ])('%s is named as such', (_, bytes, kind) => {
    const r = decodeText(new Uint8Array(bytes), 'scan.bin');
    expect(code(r)).toBe('FILE_NOT_TEXT');
    if (!r.ok) expect(r.diagnostic.message.en).toContain(`(it looks like ${kind})`);
  });

  it('UTF-8 with one damaged byte names the byte (30: the first byte of 務)', () => {
    const r = decodeText(fixture('seed.utf8-damaged.txt'), 'damaged.txt');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostic.code).toBe('FILE_BAD_ENCODING');
    expect(r.diagnostic.message.en).toBe('"damaged.txt" looks like UTF-8 text, but byte 30 is not valid UTF-8. Check whether the file is damaged and save it again.');
  });

  it('a UTF-8 BOM followed by bytes that are not UTF-8 is refused, naming the first bad byte', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x42, 0xff, 0x43]), 'bom.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic.message.en).toContain('byte 6 is not valid UTF-8');
  });

  it('text with NUL bytes that is no UTF-16 (odd length) is not text', () => {
    expect(code(decodeText(new Uint8Array([0x41, 0, 0x42]), 'x.txt'))).toBe('FILE_NOT_TEXT');
  });

  it('UTF-8 text full of control characters is not text', () => {
    const bytes = new TextEncoder().encode('abc\x01\x02\x03\x04\x05def\n'.repeat(20));
    expect(code(decodeText(bytes, 'ctl.txt'))).toBe('FILE_NOT_TEXT');
  });

  it('one stray control character is left to the parser (it names the line)', () => {
    const text = `${'事業番号\t2022\n'.repeat(200)}x\x01y\n`;
    expect(decodeText(new TextEncoder().encode(text), 'a.txt')).toEqual({ ok: true, text, encoding: 'utf-8' });
  });
});

describe('the size limit', () => {
  it('is 20 MB, one constant', () => {
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
  });
  it('refuses one byte over 20 MB, naming size and limit', () => {
    const r = decodeText(new Uint8Array(MAX_FILE_BYTES + 1), 'big.txt');
    expect(code(r)).toBe('FILE_TOO_LARGE');
    if (!r.ok) expect(r.diagnostic.message.ja).toBe('「big.txt」は20 MBあり、上限の20 MBを超えるため読み込みませんでした。');
  });
  it('accepts exactly 20 MB', () => {
    const r = decodeText(new Uint8Array(MAX_FILE_BYTES).fill(0x41), 'a.txt');
    expect(r.ok).toBe(true);
  });
  it('UTF-8 bytes are counted like TextEncoder counts them (for byte numbers in messages)', () => {
    expect(utf8Bytes('a資😀')).toBe(1 + 3 + 4);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => utf8Bytes(t) === new TextEncoder().encode(t).length));
  });
});

// --- property tests -------------------------------------------------------------------

/** A Shift_JIS (CP932) encoder for the tests: TextDecoder('shift_jis') inverted over the one- and two-byte space. */
const sjisTable = (() => {
  const map = new Map<string, number[]>();
  const dec = new TextDecoder('shift_jis', { fatal: true });
  const put = (bytes: number[]) => {
    try {
      const c = dec.decode(new Uint8Array(bytes));
      if ([...c].length === 1 && !map.has(c)) map.set(c, bytes);
    } catch {
      // not a character
    }
  };
  for (let b = 0; b < 0x100; b++) put([b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) for (let trail = 0x40; trail <= 0xfc; trail++) put([lead, trail]);
  return map;
})();
const encodeSjis = (text: string): Uint8Array => new Uint8Array([...text].flatMap((c) => sjisTable.get(c) ?? []));

const utf16 = (text: string, littleEndian: boolean, bom: boolean): Uint8Array => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(at + 2 * i, text.charCodeAt(i), littleEndian);
  return out;
};

/** Characters of real sheets: ASCII, kana, common kanji, full-width forms, ▲ ① ※ 、 。 */
const sheetChar = fc.oneof(
  fc.constantFrom(...'0123456789.,-%()ABCDEFGHIJ abc'),
  fc.constantFrom(...'あいうえおかきくけこアイウエオカキクケコー・、。「」【】※①②▲○'),
  fc.constantFrom(...'資金流事業番号総務省株式会社一最円百万補助金委託契約競争入札率'),
  fc.constantFrom(...'０１２３４５６７８９（）ＡＢＣ　'),
);
const cell = fc.string({ unit: sheetChar, maxLength: 12 });
/** Lines of tab-separated cells (each line has at least two cells, so at least one tab). */
const sheetText = fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }).map((cells) => cells.join('\t')), { minLength: 1, maxLength: 20 }).map((lines) => lines.join('\n'));

describe('property: every encoding of sheet-like text decodes back to the same text', () => {
  const encodings: [string, (t: string) => Uint8Array, string][] = [
    ['UTF-8', (t) => new TextEncoder().encode(t), 'utf-8'],
    ['UTF-8 with BOM', (t) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', (t) => utf16(t, true, true), 'utf-16le'],
    ['UTF-16 BE with BOM', (t) => utf16(t, false, true), 'utf-16be'],
    ['UTF-16 LE', (t) => utf16(t, true, false), 'utf-16le'],
    ['UTF-16 BE', (t) => utf16(t, false, false), 'utf-16be'],
  ];
  for (const [name, encode, encoding] of encodings) {
    it(name, () => {
      fc.assert(
        fc.property(sheetText, (text) => {
          const r = decodeText(encode(text), 'p.txt');
          expect(r).toEqual({ ok: true, text, encoding });
        }),
      );
    });
  }
  it('Shift_JIS (text with at least one character outside ASCII, else it is plain ASCII = UTF-8)', () => {
    fc.assert(
      fc.property(
        sheetText.filter((t) => /[^\x00-\x7f]/.test(t)),
        (text) => {
          const r = decodeText(encodeSjis(text), 'p.txt');
          // Short Shift_JIS can also be valid UTF-8 by chance; then the text differs. Real sheets are long.
          if (r.ok && r.encoding === 'utf-8') return;
          expect(r).toEqual({ ok: true, text, encoding: 'shift_jis' });
        },
      ),
    );
  });
  it('any bytes: decodeText never throws and either reads text or refuses with a FILE_ code', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = decodeText(bytes, 'any.bin');
        if (r.ok) expect(typeof r.text).toBe('string');
        else expect(r.diagnostic.code).toMatch(/^FILE_/);
      }),
    );
  });
  it('random binary with NULs (e.g. a compiled file) is refused, not read as UTF-16', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 256, maxLength: 256 }), (bytes) => {
        const b = bytes.slice();
        // No byte-order mark: random bytes that happen to start with FE FF are UTF-16 with a bad unit (FILE_BAD_ENCODING).
        b[0] = 1;
        b[10] = 0;
        b[11] = 0;
        expect(code(decodeText(b, 'r.bin'))).toBe('FILE_NOT_TEXT');
      }),
    );
  });
});

describe('decodeFile', () => {
  it('reads text files like decodeText', async () => {
    expect(await decodeFile(fixture('seed.sjis.txt'), 'seed.txt')).toEqual({ ok: true, text: seedText, encoding: 'shift_jis' });
  });
  it('a file named .xlsx that is no ZIP says it could not be read as a workbook', async () => {
    const r = await decodeFile(fixture('random.bin'), 'sheet.xlsx');
    expect(code(r)).toBe('FILE_XLSX_UNREADABLE');
  });
  it('a ZIP that is no workbook says it could not be read as a workbook', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(60)]);
    const r = await decodeFile(zip, 'data.zip');
    expect(code(r)).toBe('FILE_XLSX_UNREADABLE');
    if (!r.ok) expect(r.diagnostic.message.en).toMatch(/^"data\.zip" could not be read as an Excel workbook \(\.xlsx\)/);
  });
  it('an .xls is refused with what to do, also by decodeFile', async () => {
    expect(code(await decodeFile(fixture('old.xls'), 'old.xls'))).toBe('FILE_OLD_EXCEL');
  });
});
