// The English catalog loads on demand (src/i18n/english.svelte.ts): until it is in, every
// section answers in Japanese; a failed load can be tried again. Fresh modules per test
// (tests/setup.ts registers the English sections for every other test).
import { beforeEach, describe, expect, it, vi } from 'vitest';

type English = typeof import('../../src/i18n/english.svelte.ts');
type Lang = 'ja' | 'en';

let english: English;
let ui: (lang: Lang) => typeof import('../../src/i18n/catalog/ja.ts').ui;
let flowStrings: (lang: Lang) => typeof import('../../src/i18n/catalog/ja.ts').flow;

beforeEach(async () => {
  vi.resetModules();
  english = await import('../../src/i18n/english.svelte.ts');
  const ja = await import('../../src/i18n/catalog/ja.ts');
  ui = (lang) => english.inLang(lang, 'ui', ja.ui);
  flowStrings = (lang) => english.inLang(lang, 'flow', ja.flow);
});

describe('English strings on demand', () => {
  it('answers in Japanese until the dictionaries are loaded, then in English', async () => {
    let calls = 0;
    english.provideEnglish(async () => {
      calls++;
      return (await import('../../src/i18n/english.ts')).englishDicts;
    });
    expect(english.englishReady()).toBe(false);
    expect(ui('en').modeFlow).toBe('資金の流れ');
    expect(ui('en')).toBe(ui('ja'));
    await Promise.all([english.loadEnglish(), english.loadEnglish()]);
    expect(calls).toBe(1);
    expect(english.englishReady()).toBe(true);
    expect(ui('en').modeFlow).toBe('Fund flow');
    expect(ui('ja').modeFlow).toBe('資金の流れ');
    expect(flowStrings('en')).not.toBe(flowStrings('ja'));
    await english.loadEnglish();
    expect(calls).toBe(1);
  });

  it('a failed load neither throws nor sticks: the next call tries again', async () => {
    let calls = 0;
    english.provideEnglish(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return (await import('../../src/i18n/english.ts')).englishDicts;
    });
    await expect(english.loadEnglish()).resolves.toBeUndefined();
    expect(english.englishReady()).toBe(false);
    expect(ui('en').appTitle).toBe('資金の流れ');
    await english.loadEnglish();
    expect(calls).toBe(2);
    expect(ui('en').appTitle).toBe('Fund flow');
  });
});
