/**
 * The byte-order mark of pasted or decoded text. Tiny on purpose: the sheet loader's paste box
 * imports it at start-up, while reading a file (view/panels/readText.ts) loads on use.
 */

/** Drops a leading byte-order mark. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
