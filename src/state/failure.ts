/** A load that failed for a reason the readers do not name (a worker or a reader threw), in both languages. */
import type { Message } from '../contract/schema.ts';
import { failure as ja } from '../i18n/catalog/ja.ts';
import { failure as en } from '../i18n/catalog/en.ts';

/** The message of a failed load, with what went wrong. */
export const loadFailed = (detail: string): Message => ({ ja: ja.loadFailed(detail), en: en.loadFailed(detail) });
