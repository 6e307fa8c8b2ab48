/**
 * The sheet's unit as a reader of each language says it: "百万円" in Japanese, "million yen"
 * in English (not "Unit 百万円", issue #13). The words are those formatAmount() (format.ts)
 * puts after English amounts; an unknown unit is shown as written.
 */
import type { Lang } from './ui.ts';

const EN: Record<string, string> = { 円: 'yen', 千円: 'thousand yen', 万円: '×10,000 yen', 百万円: 'million yen', 億円: '×100 million yen' };

/** `unit` in `lang`. */
export function unitName(unit: string, lang: Lang): string {
  return lang === 'en' ? (EN[unit] ?? unit) : unit;
}
