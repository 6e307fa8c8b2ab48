// The English UI strings load on demand (src/i18n/english.svelte.ts): until they are in, every
// strings module answers in Japanese; a failed load can be tried again. Fresh modules per test
// (tests/setup.ts registers the dictionaries for every other test).
import { beforeEach, describe, expect, it, vi } from 'vitest';

type English = typeof import('../../src/i18n/english.svelte.ts');
type Ui = typeof import('../../src/i18n/ui.ts');
type Flow = typeof import('../../src/view/flowStrings.ts');

let english: English;
let ui: Ui['ui'];
let flowStrings: Flow['flowStrings'];

beforeEach(async () => {
  vi.resetModules();
  english = await import('../../src/i18n/english.svelte.ts');
  ui = (await import('../../src/i18n/ui.ts')).ui;
  flowStrings = (await import('../../src/view/flowStrings.ts')).flowStrings;
});

describe('English strings on demand', () => {
  it('answers in Japanese until the dictionaries are loaded, then in English', async () => {
    let calls = 0;
    english.provideEnglish(async () => {
      calls++;
      return (await import('../../src/view/english.ts')).englishDicts;
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
      return (await import('../../src/view/english.ts')).englishDicts;
    });
    await expect(english.loadEnglish()).resolves.toBeUndefined();
    expect(english.englishReady()).toBe(false);
    expect(ui('en').appTitle).toBe('資金の流れ');
    await english.loadEnglish();
    expect(calls).toBe(2);
    expect(ui('en').appTitle).toBe('Fund flow');
  });

  it('every English dictionary has exactly the keys of its Japanese one', async () => {
    const { englishDicts } = await import('../../src/view/english.ts');
    english.useEnglish(englishDicts);
    const pairs: [string, object, object][] = [
      ['ui', ui('ja'), ui('en')],
      ['flow', flowStrings('ja'), flowStrings('en')],
      ['shell', (await import('../../src/view/shell/strings.ts')).shellStrings('ja'), (await import('../../src/view/shell/strings.ts')).shellStrings('en')],
      ['panels', (await import('../../src/view/panels/strings.ts')).strings('ja'), (await import('../../src/view/panels/strings.ts')).strings('en')],
    ];
    for (const [name, ja, en] of pairs) {
      expect(en, name).not.toBe(ja);
      expect(Object.keys(en).sort(), name).toEqual(Object.keys(ja).sort());
    }
  });
});
