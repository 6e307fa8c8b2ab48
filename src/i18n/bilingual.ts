/**
 * Messages in both languages at once, from a pair of twin catalog sections (a diagnostic, a notice,
 * an error: the contract's Message; the UI picks one). One maker for every such section.
 */
import type { Message } from '../contract/schema.ts';

/** A section whose texts are all functions (what takes values, or nothing). */
type Texts<S> = { [K in keyof S]: (...args: never[]) => string };

/** `say(key, ...values)`: text `key` of the twin sections `ja` and `en` with those values, as a Message. */
export function bilingual<S extends Texts<S>>(ja: S, en: S): <K extends keyof S>(key: K, ...args: Parameters<S[K]>) => Message {
  return (key, ...args) => {
    const say = (section: S): string => (section[key] as (...a: typeof args) => string)(...args);
    return { ja: say(ja), en: say(en) };
  };
}
