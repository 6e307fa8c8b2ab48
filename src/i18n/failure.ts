/** A load that failed for a reason the readers do not name (a worker or a reader threw), in both languages. */
import type { Message } from '../contract/schema.ts';
import { failure as ja } from './catalog/ja.ts';
import { failure as en } from './catalog/en.ts';
import { bilingual } from './bilingual.ts';

const say = bilingual(ja, en);

/** The message of a failed load, with what went wrong. */
export const loadFailed = (detail: string): Message => say('loadFailed', detail);
