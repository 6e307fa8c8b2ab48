/**
 * year (#14): amounts of the year overview as a reader of a whole year reads them — 兆円 from one
 * 兆 up ("1.23兆円"), 億円 from one 億 up ("5.5億円" for 552,500,000 yen), and 百万円 below as the
 * app's diagram labels write it (format.ts formatAmountLabel: one decimal, "3百万円", small
 * amounts to two significant digits). Rounded half up on the exact decimal digits of the yen
 * amount (no binary float in the rounding). English: trillion / billion / million yen.
 * (No import of format.ts: an on-demand chunk importing a start-up module makes the bundler
 * split it out of the start-up chunk, see yearScene.ts.)
 */
import type { Lang } from '../format.ts';

/** Which unit an amount of yen is shown in. */
export type LargeUnit = '兆円' | '億円' | '百万円';

/** The unit `yen` is shown in: 兆円 from 10^12, 億円 from 10^8, else 百万円 (by its size, sign aside). */
export function largeUnit(yen: number): LargeUnit {
  const a = Math.abs(yen);
  return a >= 1e12 ? '兆円' : a >= 1e8 ? '億円' : '百万円';
}

/** `int` yen (a safe integer) ÷ 10^power rounded half up to `places` decimals, grouped. */
function scaled(yen: number, power: number, places: number): string {
  const neg = yen < 0;
  const digits = BigInt(Math.abs(yen));
  const unit = 10n ** BigInt(power - places);
  let q = digits / unit;
  if ((digits % unit) * 2n >= unit) q += 1n;
  const s = q.toString().padStart(places + 1, '0');
  const int = s.slice(0, s.length - places).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = places ? `${int}.${s.slice(s.length - places)}` : int;
  return neg && /[1-9]/.test(body) ? `▲${body}` : body;
}

/** Yen in 百万円 as formatAmountLabel writes it: at most one decimal ("1.3", "3", "6.0"), under one 百万円 from the first digit two more ("0.043"). */
function millions(yen: number): string {
  const a = Math.abs(yen);
  const int = Math.floor(a / 1e6);
  const frac = String(a % 1e6).padStart(6, '0').replace(/0+$/, '');
  const first = frac.search(/[1-9]/);
  const places = int !== 0 || first <= 0 ? Math.min(frac.length, 1) : Math.min(frac.length, first + 2);
  return scaled(yen, 6, places);
}

/** An amount of yen for the overview: "1.23兆円", "12.0億円", "3.5百万円"; null → "–". */
export function yenLarge(yen: number | null | undefined, lang: Lang = 'ja'): string {
  if (yen === null || yen === undefined || !Number.isFinite(yen)) return '–';
  // Yen are whole numbers; anything else is shown as it is, in 百万円.
  if (!Number.isSafeInteger(yen)) return lang === 'en' ? `${yen / 1e6} million yen` : `${yen / 1e6}百万円`;
  const unit = largeUnit(yen);
  if (lang === 'en') {
    // English counts in thousands: trillion (10^12), billion (10^9), else the app's million yen.
    const a = Math.abs(yen);
    if (a >= 1e12) return `${scaled(yen, 12, 2).replace('▲', '−')} trillion yen`;
    if (a >= 1e9) return `${scaled(yen, 9, 2).replace('▲', '−')} billion yen`;
    return `${millions(yen).replace('▲', '−')} million yen`;
  }
  if (unit === '兆円') return `${scaled(yen, 12, 2)}兆円`;
  if (unit === '億円') return `${scaled(yen, 8, 1)}億円`;
  return `${millions(yen)}百万円`;
}
