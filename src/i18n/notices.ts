/**
 * Notices in both languages at once (the app's notices carry a Message; the UI picks one): the
 * catalogs' `notices` sections. Loaded with what needs them; a failed load's message, needed at
 * start-up, is apart (failure.ts).
 */
import { notices as ja } from './catalog/ja.ts';
import { notices as en } from './catalog/en.ts';
import { bilingual } from './bilingual.ts';

/** Notice `key` with its values, in both languages. */
export const notice = bilingual(ja, en);
