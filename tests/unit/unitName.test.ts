import { describe, expect, it } from 'vitest';
import { unitName } from '../../src/i18n/unitName.ts';

describe('unitName', () => {
  it('says the unit in English as amounts do, and as written in Japanese', () => {
    expect(unitName('百万円', 'en')).toBe('million yen');
    expect(unitName('千円', 'en')).toBe('thousand yen');
    expect(unitName('百万円', 'ja')).toBe('百万円');
    expect(unitName('ドル', 'en')).toBe('ドル');
  });
});
