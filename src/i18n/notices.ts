/**
 * Notices in both languages at once (the app's errors and notices carry a Message; the UI picks
 * one): from the catalogs' `notices` sections. Loaded with what needs them; a failed load's message
 * is in src/state/failure.ts (start-up).
 */
import type { Message } from '../contract/schema.ts';
import { notices as ja } from './catalog/ja.ts';
import { notices as en } from './catalog/en.ts';

type Notices = typeof ja;

/** Notice `key` with its values, in both languages. */
export function notice<K extends keyof Notices>(key: K, ...args: Parameters<Notices[K]>): Message {
  const say = (section: Notices): string => (section[key] as (...a: Parameters<Notices[K]>) => string)(...args);
  return { ja: say(ja), en: say(en) };
}
