/**
 * year (#14): amounts of the year overview as a reader of a whole year reads them — 兆円 from one
 * 兆 up ("1.23兆円"), 億円 from one 億 up ("552.5億円" → "5.5億円" for 552,500,000 yen), and the
 * app's 百万円 labels below (format.ts). Rounded half up on the exact decimal digits of the yen
 * amount (no binary float in the rounding). English: trillion / billion / million yen.
 */
import { formatAmountLabel, type Lang } from '../format.ts';

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

/** An amount of yen for the overview: "1.23兆円", "12.0億円", "3.5百万円"; null → "–". */
export function yenLarge(yen: number | null | undefined, lang: Lang = 'ja'): string {
  if (yen === null || yen === undefined || !Number.isFinite(yen)) return '–';
  if (!Number.isSafeInteger(yen)) return formatAmountLabel(yen, '円', lang);
  const unit = largeUnit(yen);
  if (lang === 'en') {
    // English counts in thousands: trillion (10^12), billion (10^9), else the app's million yen.
    const a = Math.abs(yen);
    if (a >= 1e12) return `${scaled(yen, 12, 2).replace('▲', '−')} trillion yen`;
    if (a >= 1e9) return `${scaled(yen, 9, 2).replace('▲', '−')} billion yen`;
    return formatAmountLabel(yen, '円', lang);
  }
  if (unit === '兆円') return `${scaled(yen, 12, 2)}兆円`;
  if (unit === '億円') return `${scaled(yen, 8, 1)}億円`;
  return formatAmountLabel(yen, '円', lang);
}
