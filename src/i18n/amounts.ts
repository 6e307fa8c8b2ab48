/**
 * How the catalogs (src/i18n/catalog/) write the values of a diagnostic: a param as given, and
 * amounts with their unit — yen (RSシステム sheets) readably, "1,071,893,000円(1,071.9百万円)",
 * in the message itself, so no view re-parses messages. Other units are each catalog's words.
 */
/** A diagnostic's params: the values its message names. */
export type Params = Record<string, string | number>;

/** A param as given ('' when absent). */
export const fmt = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

// Digits grouped by hand: toLocaleString costs ICU time on every finding of a large project.
const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** An amount in yen, grouped, with millions of yen for large ones; a non-number as given. */
export const yen = (v: string | number | undefined, lang: 'ja' | 'en'): string => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fmt(v);
  const sign = v < 0 ? '-' : '';
  const [int = '', frac] = String(Math.abs(v)).split('.');
  const whole = /e/i.test(int) ? String(v) : `${sign}${grouped(int)}${frac ? `.${frac}` : ''}`;
  const tenths = Math.round(Math.abs(v) / 1e5);
  const m = Math.abs(v) >= 100000 ? `${sign}${grouped(String(Math.floor(tenths / 10)))}.${tenths % 10}` : null;
  return lang === 'ja' ? `${whole}円${m ? `(${m}百万円)` : ''}` : `${whole} yen${m ? ` (${m} million yen)` : ''}`;
};

/** An amount in the sheet's unit: readable yen when `unit` is '円', else as given (text sheets). */
export const amt = (v: string | number | undefined, unit: string | number | undefined, lang: 'ja' | 'en'): string => (unit === '円' ? yen(v, lang) : fmt(v));
