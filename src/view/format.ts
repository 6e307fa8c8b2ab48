/**
 * Number formatting for the view. Amounts are exact decimals as printed in the sheet
 * (552.5, 177.070552): they are shown with their own decimals, never with float noise,
 * grouped by thousands as the sheet does ("9,218百万円(92.2億円)"). Amounts in yen (RSシステム
 * sheets) are shown in 百万円, exactly ("177.070552百万円"); diagram labels round to at most one
 * decimal of 百万円 (formatAmountLabel: "177.1百万円"). No formatter throws, whatever the number.
 */

import { unitName } from '../i18n/unitName.ts';

export type Lang = 'ja' | 'en';

/** Yen per unit, for the units a sheet can use. */
const YEN_PER_UNIT: Record<string, number> = { 円: 0, 千円: 3, 万円: 4, 百万円: 6, 億円: 8 };

/** A decimal as sign + digit strings, exactly as the shortest round-trip form. */
interface Dec {
  neg: boolean;
  int: string;
  frac: string;
}

/** More decimals than a yen in 百万円 needs are float noise from a computation (0.1 + 0.2). */
const MAX_DECIMALS = 9;

/** A finite number's exact shortest decimal, exponent notation (1e21, 1e-7) expanded. */
function exact(value: number): Dec {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) return { neg: false, int: '0', frac: '' };
  const whole = m[2] ?? '0';
  let digits = whole + (m[3] ?? '');
  let point = whole.length + Number(m[4] ?? 0);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(point).replace(/0+$/, '');
  return { neg: m[1] === '-' && /[1-9]/.test(int + frac), int, frac };
}

function toDec(value: number): Dec {
  const e = exact(value);
  if (e.frac.length <= MAX_DECIMALS) return e;
  // Float noise of a computation: rounded away, trailing zeros dropped.
  const r = round(e, MAX_DECIMALS);
  const frac = r.frac.replace(/0+$/, '');
  return { neg: e.neg && /[1-9]/.test(r.int + frac), int: r.int, frac };
}

/** value / 10^k, exactly, by moving the decimal point. */
function shift(dec: Dec, k: number): Dec {
  const digits = dec.int + dec.frac;
  const point = dec.int.length - k;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits;
  const p = point <= 0 ? 1 : point;
  return { neg: dec.neg, int: padded.slice(0, p).replace(/^0+(?=\d)/, ''), frac: padded.slice(p) };
}

/** Rounds half away from zero to `places` decimals, exactly on the digit strings. */
function round(dec: Dec, places: number): Dec {
  if (dec.frac.length <= places) return { ...dec, frac: dec.frac.padEnd(places, '0') };
  const keep = dec.int + dec.frac.slice(0, places);
  const up = dec.frac.charCodeAt(places) - 48 >= 5;
  const s = (BigInt(keep) + (up ? 1n : 0n)).toString().padStart(places + 1, '0');
  return { neg: dec.neg, int: s.slice(0, s.length - places), frac: s.slice(s.length - places) };
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Drops trailing zeros of the decimals (a shift of whole yen leaves "3.025000"). */
const trim = (dec: Dec): Dec => ({ ...dec, frac: dec.frac.replace(/0+$/, '') });

function show(dec: Dec, lang: Lang): string {
  const body = group(dec.int) + (dec.frac ? `.${dec.frac}` : '');
  if (!dec.neg || /^[0.,]*$/.test(body)) return body;
  return (lang === 'ja' ? '▲' : '−') + body;
}

/**
 * A number with thousands grouping and its own decimals: 9218 → "9,218",
 * 177.070552 → "177.070552", -8518 → "▲8,518" (ja) / "−8,518" (en).
 */
export function formatNumber(value: number, lang: Lang = 'ja'): string {
  if (!Number.isFinite(value)) return '–';
  return show(toDec(value), lang);
}

/**
 * An amount in the sheet's unit. ja: "552.5百万円", and with 億円 alongside from 1億円 up:
 * "9,218百万円(92.2億円)". en: "552.5 million yen", with billions alongside from 1 billion
 * yen up: "9,218 million yen (9.2 billion yen)". Null or non-finite values give "–".
 */
export function formatAmount(value: number | null | undefined, unit: string, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const shown = inDisplayUnit(value, unit);
  return withUnit(show(shown.dec, lang), shown, lang, true);
}

/** The unit amounts are shown in: yen (RSシステム) as 百万円, every other unit as it is. */
/** The unit amounts are shown in (yen sheets in 百万円), in the reader's language ("million yen" in English). */
export const displayUnit = (unit: string, lang: Lang = 'ja'): string => unitName(unit === '円' ? '百万円' : unit, lang);

/** An amount as a decimal in the unit it is shown in. */
function inDisplayUnit(value: number, unit: string): { dec: Dec; unit: string } {
  const dec = toDec(value);
  return unit === '円' ? { dec: trim(shift(dec, 6)), unit: '百万円' } : { dec, unit };
}

/** `body` (the shown number) with its unit, and 億円 / billions alongside when asked for and large enough. */
function withUnit(body: string, { dec, unit }: { dec: Dec; unit: string }, lang: Lang, alongside: boolean): string {
  const power = YEN_PER_UNIT[unit];
  // 億円 (10^8) in Japanese, billions (10^9) in English, from one of them up.
  const big = lang === 'ja' ? 8 : 9;
  const extra = alongside && power !== undefined && power < big && dec.int.length + power > big ? show(round(shift(dec, big - power), 1), lang) : '';
  return lang === 'ja' ? `${body}${unit}${extra && `(${extra}億円)`}` : `${body} ${unitName(unit, 'en')}${extra && ` (${extra} billion yen)`}`;
}

/** An amount in the unit it is shown in (yen as 百万円), exactly, without the unit: for tables. */
export function formatValue(value: number | null | undefined, unit: string, lang: Lang = 'ja'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return show(inDisplayUnit(value, unit).dec, lang);
}

/**
 * An amount for a diagram label: like formatAmount, rounded to at most one decimal
 * ("177.1百万円", not "177.070552百万円"; "3百万円" stays), and amounts under 0.1 to two
 * significant digits ("0.043百万円"), so a small amount never reads as 0. Tables and
 * tooltips keep formatAmount's full precision. `alongside` adds 億円 / billions as formatAmount does.
 */
export function formatAmountLabel(value: number | null | undefined, unit: string, lang: Lang, alongside = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const shown = inDisplayUnit(value, unit);
  const { dec } = shown;
  const firstDigit = dec.frac.search(/[1-9]/);
  const places = dec.int !== '0' || firstDigit <= 0 ? Math.min(dec.frac.length, 1) : Math.min(dec.frac.length, firstDigit + 2);
  return withUnit(show(round(dec, places), lang), shown, lang, alongside);
}

/** A percentage as printed, with its own decimals: 94.6 → "94.6%"; null → "–". */
export function formatPercent(value: number | null | undefined, lang: Lang = 'ja'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${formatNumber(value, lang)}%`;
}

/**
 * part / whole as a percentage with one decimal: (552.5, 552.5) → "100.0%",
 * (42.9, 110.6) → "38.8%". A zero, null or non-finite whole gives "–".
 */
export function formatShare(part: number | null | undefined, whole: number | null | undefined, lang: Lang = 'ja'): string {
  if (part === null || part === undefined || whole === null || whole === undefined) return '–';
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole === 0) return '–';
  // Scale both to integers so the ratio is computed from exact decimals (any magnitude: 1e308, 5e-324).
  const a = exact(part);
  const b = exact(whole);
  const scale = Math.max(a.frac.length, b.frac.length);
  const p = BigInt(a.int + a.frac.padEnd(scale, '0'));
  const w = BigInt(b.int + b.frac.padEnd(scale, '0'));
  if (w === 0n) return '–';
  // permille × 10 with half-up rounding: round(p * 1000 / w).
  const q = (p * 2000n + w) / (2n * w);
  const neg = (part < 0) !== (whole < 0) && q !== 0n;
  const s = q.toString().padStart(2, '0');
  return show({ neg, int: s.slice(0, -1), frac: s.slice(-1) }, lang) + '%';
}
