/**
 * Strings of the by-recipient view (ja/en): its two lists and the intermediary mark. Only that
 * view (loaded when it is picked) uses them, so they are not in the start-up JS.
 */
import type { Lang } from '../i18n/ui.ts';

const ja = {
  intermediaryMark: '中間機関',
  intermediaryNote: '下流へ渡した額を含む',
  intermediaryPassed: (amount: string) => `うち下流へ ${amount}`,
  intermediariesTitle: '中間機関(受け取った額の大半を下流の支出先へ渡す)',
  finalTitle: '最終的な支出先',
};
export type ByRecipientStrings = typeof ja;

const en: ByRecipientStrings = {
  intermediaryMark: 'Intermediary',
  intermediaryNote: 'includes what it passed on downstream',
  intermediaryPassed: (amount) => `of which passed on: ${amount}`,
  intermediariesTitle: 'Intermediaries (pass most of what they receive on to other recipients)',
  finalTitle: 'Final recipients',
};

/** By-recipient strings for a language. */
export function byRecipientStrings(lang: Lang): ByRecipientStrings {
  return lang === 'en' ? en : ja;
}
