/**
 * Exact decimal arithmetic for sheet amounts. Amounts are kept as JS numbers (the
 * shortest decimal that round-trips, as printed in the sheet) and every sum goes
 * through scaled BigInts, so 108.9 + 97.5 is 206.4 and never 206.39999999999998.
 */

/** A decimal as an integer mantissa and a power-of-ten scale: value = units / 10^scale. */
interface Scaled {
  units: bigint;
  scale: number;
}

function toScaled(value: number): Scaled {
  if (!Number.isFinite(value)) return { units: 0n, scale: 0 };
  // toString gives the shortest round-trip form; expand exponent notation by hand.
  const text = value.toString();
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) return { units: 0n, scale: 0 };
  const sign = m[1] === '-' ? -1n : 1n;
  const intPart = m[2] ?? '0';
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? 0);
  let digits = intPart + frac;
  let scale = frac.length - exp;
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  return { units: sign * BigInt(digits), scale };
}

function fromScaled({ units, scale }: Scaled): number {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  }
  return Number((negative ? '-' : '') + digits);
}

function align(a: Scaled, scale: number): bigint {
  return a.units * 10n ** BigInt(scale - a.scale);
}

/** Exact sum of decimal amounts. */
export function sum(values: readonly number[]): number {
  const fast = sumFast(values);
  return fast ?? sumBig(values);
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/**
 * The common case without BigInt: scale every value to an integer (rounding only removes
 * float noise of the multiplication), add, divide once. Division by a power of ten is
 * correctly rounded, so the result is the double nearest the exact decimal. Returns null
 * when a value has too many digits for that to be exact.
 */
function sumFast(values: readonly number[]): number | null {
  let scale = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) return null;
    if (Number.isInteger(v)) continue;
    // Most amounts have one or two decimals; a scale too large is harmless here.
    const d = Number.isInteger(v * 10) ? 1 : Number.isInteger(v * 100) ? 2 : decimals(v);
    if (d > 9) return null;
    if (d > scale) scale = d;
  }
  const f = POW10[scale] as number;
  let total = 0;
  for (const v of values) {
    const scaled = Math.round(v * f);
    // Exact only while the scaled value and the running total stay well inside 2^53.
    if (Math.abs(scaled) > 2 ** 50 || Math.abs(total) > 2 ** 50) return null;
    total += scaled;
  }
  return total / f;
}

function sumBig(values: readonly number[]): number {
  const scaled = values.map(toScaled);
  const scale = scaled.reduce((s, v) => Math.max(s, v.scale), 0);
  let total = 0n;
  for (const v of scaled) total += align(v, scale);
  return fromScaled({ units: total, scale });
}

/** Exact a − b. */
export function subtract(a: number, b: number): number {
  return sum([a, -b]);
}

/** Number of decimals of a value as printed (552.5 → 1, 3 → 0, 177.070552 → 6). */
export function decimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  const dot = text.indexOf('.');
  return dot >= 0 && !text.includes('e') ? text.length - dot - 1 : toScaled(value).scale;
}

/** Exact a × b for decimal numbers. */
export function multiply(a: number, b: number): number {
  const x = toScaled(a);
  const y = toScaled(b);
  return fromScaled({ units: x.units * y.units, scale: x.scale + y.scale });
}
