/** Reading numbers as printed in review sheets: ▲ negatives, `,` thousands, `-` for none, `%`. */

/**
 * A parsed cell: a value, explicitly none (`-`, empty), text that is not a number, or a number
 * too large (≥ 10^15 in any unit) or with more significant digits (> 15) than a sum can keep exact.
 */
export type NumberCell = { kind: 'value'; value: number } | { kind: 'none' } | { kind: 'invalid' } | { kind: 'out-of-range' };

/** A cell's text as quoted in a finding: at most 40 characters, so a hostile cell cannot make a message huge. */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 20)}…${text.slice(-10)} (${text.length.toLocaleString('en-US')}文字/chars)` : text;
}

/** Largest magnitude read as an amount: 10^15 of any unit is beyond every budget, and sums of such stay finite. */
export const MAX_AMOUNT = 1e15;

/** The value, or out-of-range when it is too large or has more significant digits than a double keeps. */
function checked(value: number, text: string): NumberCell {
  if (!Number.isFinite(value) || Math.abs(value) >= MAX_AMOUNT) return { kind: 'out-of-range' };
  // Only long texts can carry more than 15 significant digits.
  if (text.length > 15 && text.replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '').length > 15) return { kind: 'out-of-range' };
  return { kind: 'value', value };
}

const NONE = /^(?:-|―|—|‐|－|ー|−|\*|＊|該当なし|なし)?$/;

/**
 * Parses a sheet number: "8,518", "▲ 8,518" (negative), "552.7", "79%", "94.6 %",
 * "552.5百万円". Returns the shortest decimal that round-trips, so sums stay exact.
 */
export function parseNumber(cell: string): NumberCell {
  // Most cells are "-", plain digits or "1,234.5" (optionally with %): read those without regexes.
  if (cell === '' || cell === '-') return { kind: 'none' };
  const plain = plainNumber(cell);
  if (plain !== null) return checked(plain, cell);
  let s = cell.replace(/\s+/g, '');
  if (NONE.test(s)) return { kind: 'none' };
  s = s.replace(/(?:百万円|千円|円|%|件|回|人)$/, '');
  let negative = false;
  if (/^[▲△]/.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/.test(s)) return { kind: 'invalid' };
  const value = Number(s.replace(/,/g, ''));
  const c = checked(value, s);
  if (c.kind !== 'value') return c;
  return { kind: 'value', value: negative && value !== 0 ? -value : value };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The value of an unsigned number written exactly as parseNumber's pattern accepts it
 * (digits with optional `,` groups of three and decimals, or ".5"), optionally followed by
 * "%"; null for anything else, which then takes the general path.
 */
function plainNumber(cell: string): number | null {
  let end = cell.length;
  if (end > 1 && cell.charCodeAt(end - 1) === 37 /* % */) end--;
  let i = 0;
  while (i < end && isDigit(cell.charCodeAt(i))) i++;
  const lead = i;
  let commas = false;
  if (i < end && cell.charCodeAt(i) === 44 /* , */) {
    if (lead === 0 || lead > 3) return null;
    while (i < end && cell.charCodeAt(i) === 44) {
      if (i + 3 >= end || !isDigit(cell.charCodeAt(i + 1)) || !isDigit(cell.charCodeAt(i + 2)) || !isDigit(cell.charCodeAt(i + 3))) return null;
      i += 4;
    }
    commas = true;
  }
  if (i < end && cell.charCodeAt(i) === 46 /* . */) {
    const dot = i++;
    while (i < end && isDigit(cell.charCodeAt(i))) i++;
    if (i === dot + 1) return null;
  } else if (lead === 0) return null;
  if (i !== end) return null;
  const text = end === cell.length ? cell : cell.slice(0, end);
  return Number(commas ? text.replaceAll(',', '') : text);
}

const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** Western year of an era year in a text ("令和元年度" → 2019, "平成30年度" → 2018, "2022年度" → 2022), or null. */
export function eraYear(text: string): number | null {
  const t = text.replace(/\s+/g, '');
  const era = /(令和|平成|昭和)(元|\d{1,2})年/.exec(t);
  if (era) {
    const base = ERA_BASE[era[1] ?? ''] ?? 0;
    return base + (era[2] === '元' ? 1 : Number(era[2]));
  }
  const western = /((?:19|20)\d{2})年度/.exec(t);
  return western ? Number(western[1]) : null;
}
