/**
 * The sheet's unit as a reader of each language says it: "百万円" in Japanese, "million yen"
 * in English (not "Unit 百万円", issue #13). The words are the catalogs' `units` (the same
 * formatAmount() (src/view/format.ts) puts after English amounts); an unknown unit is shown as written.
 */
import type { Lang } from './lang.ts';
import { units } from './catalog/en.ts';

/** `unit` in `lang`. */
export function unitName(unit: string, lang: Lang): string {
  return lang === 'en' ? (units[unit] ?? unit) : unit;
}
