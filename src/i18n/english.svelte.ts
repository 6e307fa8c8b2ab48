/**
 * The English UI strings are not part of the start-up JavaScript: the app opens in Japanese and
 * the English dictionaries (src/view/english.ts) load on the way to the first switch (hover,
 * focus or press of the language button, or a link that asks for English: src/start.ts).
 * Each strings module asks here for its English dictionary and falls back to its Japanese one
 * until it is there; the lookup is reactive, so a view already drawn in English before the
 * dictionaries came (a hash change typed by hand) is drawn again when they arrive.
 */

/** What src/view/english.ts provides: one dictionary per strings module. */
export type EnglishDicts = Record<string, unknown>;

let dicts = $state.raw<EnglishDicts | null>(null);
let loader: (() => Promise<EnglishDicts>) | null = null;
let pending: Promise<void> | null = null;

/** The English dictionary `key` once loaded (`T` is its module's strings type), else undefined. */
export function englishOf<T>(key: string): T | undefined {
  return dicts?.[key] as T | undefined;
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
