/**
 * A section of the catalog in a language. The English catalog (src/i18n/catalog/en.ts, through
 * src/i18n/english.ts) is not part of the start-up JavaScript: the app opens in Japanese and the
 * English sections load on the way to the first switch (hover, focus or press of the language
 * button, or a link that asks for English: src/start.ts). Until they are there a view gets the
 * Japanese section it passes; the lookup is reactive, so a view already drawn in English before
 * the English came (a hash change typed by hand) is drawn again when it arrives.
 */
import type * as Ja from './catalog/ja.ts';
import type { Lang } from './lang.ts';

/** The catalog's sections by name (the Japanese catalog's shape; the English one has the same). */
export type Catalog = typeof Ja;
/** A section of the catalog. */
export type Section = keyof Catalog;
/** Sections read in both languages at once (diagnostics and notices carry a Message) or directly (units). */
export type BilingualSection = 'diagnostics' | 'notices' | 'failure' | 'units';
/** The sections the UI switches by language. */
export type EnglishDicts = Omit<Catalog, BilingualSection>;

let dicts = $state.raw<EnglishDicts | null>(null);
let loader: (() => Promise<EnglishDicts>) | null = null;
let pending: Promise<void> | null = null;

/** Section `key` in `lang`: the English section once loaded, else `ja` (that section in Japanese, imported by the caller). */
export function inLang<K extends keyof EnglishDicts>(lang: Lang, key: K, ja: EnglishDicts[K]): EnglishDicts[K] {
  return (lang === 'en' && dicts?.[key]) || ja;
}

/** Use these dictionaries now (the element and single-file builds, tests). */
export function useEnglish(given: EnglishDicts): void {
  dicts = given;
}

/** How to load the dictionaries on demand (set once at start-up). */
export function provideEnglish(load: () => Promise<EnglishDicts>): void {
  loader = load;
}

/** Whether English can be drawn now (its dictionaries are in, or nothing is there to load). */
export function englishReady(): boolean {
  return dicts !== null || loader === null;
}

/** Loads the English dictionaries (once); resolves when they are in use. Never rejects: a failed load can be tried again. */
export function loadEnglish(): Promise<void> {
  if (dicts || !loader) return Promise.resolve();
  pending ??= loader().then(
    (d) => void (dicts = d),
    () => void (pending = null),
  );
  return pending;
}
