/**
 * UI strings (ja/en) of the structure editor's body (StructureTable.svelte): apart from the side
 * panels' strings (strings.ts), so opening the page does not load them (the editor starts as one
 * line; its body loads when opened). The strings it shares with other panels stay in strings.ts.
 */
import type { Lang } from '../format.ts';

const ja = {
  structureHint: 'シートのテキストには矢印がないため、資金元は推定です。必要なら変更してください。',
  parentOf: (label: string) => `${label}の資金元`,
  resetParents: '推定に戻す',
  parentColumn: '資金元',
};

const en: typeof ja = {
  structureHint: 'The sheet text has no arrows, so these sources are inferred. Change them if needed.',
  parentOf: (label) => `Source of ${label}`,
  resetParents: 'Back to inferred',
  parentColumn: 'Funded by',
};

/** The structure editor body's own strings of a language. */
export function structureStrings(lang: Lang): typeof ja {
  return lang === 'en' ? en : ja;
}
