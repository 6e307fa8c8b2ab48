import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/read/index.ts';
import { byRecipient } from '../../../src/model/index.ts';

// The duplicate-ranks fixture, with its second "1" of block D (line 170) given to another company:
// two recipients ranked 1 in one block.
const text = readFileSync(new URL('../../fixtures/duplicate-ranks/input.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => (l.startsWith('1\t株式会社サイバーディフェンス研究所\t6010001120410\t脅威インテリジェンスサービスのライセンス購入') ? l.replace('株式会社サイバーディフェンス研究所\t6010001120410', '日本コムシス株式会社\t4010701022825') : l))
  .join('\n');

describe('byRecipient with two recipients ranked 1 in one block', () => {
  const merged = byRecipient(analyze(text).sheet);
  const cdr = merged.find((m) => m.corporateNumber === '6010001120410');
  const comsys = merged.find((m) => m.corporateNumber === '4010701022825');

  it('gives each its own rows of D by position, though their ranks are alike', () => {
    // D's list: 1 CDR 42.9 (line 169), 1 コムシス 25.3 (170), 2 CDR 12.5 (171), 3 NTTデータ, 4 アマゾン.
    expect(cdr?.blocks.find((b) => b.blockId === 'D')).toMatchObject({ amount: 55.4, ranks: [1, 2], lines: [169, 171], indices: [0, 2] });
    expect(comsys?.blocks.find((b) => b.blockId === 'D')).toMatchObject({ amount: 25.3, ranks: [1], lines: [170], indices: [1] });
  });

  it('the positions point back at the recipient’s own rows (what the by-recipient panel lists)', () => {
    const sheet = analyze(text).sheet;
    for (const m of merged) {
      for (const part of m.blocks) {
        const rows = sheet.blocks.find((b) => b.id === part.blockId)?.recipients ?? [];
        expect(part.indices.map((i) => rows[i]?.line)).toEqual(part.lines);
      }
    }
  });
});
