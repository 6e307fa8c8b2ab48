/** Cell values of the RSシステム CSVs: placeholders, yen amounts, booleans, counts. Pure. */

/** Trimmed cell text, or '' for the placeholders `-`, `--`, `ー` (and their full-width forms). */
export function text(cell: string | undefined): string {
  if (cell === undefined || cell === '') return '';
  const t = cell.trim();
  if (t.length <= 3 && /^(?:[-‐－―ー−]{1,3})$/.test(t)) return '';
  return t;
}

/** Text or null when empty / a placeholder. */
export function textOrNull(cell: string | undefined): string | null {
  const t = text(cell);
  return t === '' ? null : t;
}

/** Result of reading a number cell: its value, or null when empty, or NaN-free failure. */
export type NumberCell = { ok: true; value: number | null } | { ok: false; raw: string };

/**
 * A number as the files write it: `3025000 `, `136095000.0`, `0.84606`, `1,234`, full-width digits,
 * `-8518000000`. Empty cells and placeholders are null.
 */
export function number(cell: string | undefined): NumberCell {
  const t = text(cell);
  if (t === '') return { ok: true, value: null };
  // Plain ASCII digits are by far the most common: no normalisation needed.
  let s = /^-?\d+(?:\.\d+)?$/.test(t) ? t : t.normalize('NFKC').replace(/[,\s円%]/g, '').replace(/^[−–—▲△]/, '-');
  if (/^\+/.test(s)) s = s.slice(1);
  if (!/^-?\d+(?:\.\d+)?$/.test(s)) return { ok: false, raw: t };
  // `136095000.0` → 136095000: a float written by the export, not a fraction of a yen.
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, raw: t };
}

/** `TRUE`/`FALSE` (any case, full-width, 1/0, ○); null when empty or unreadable. */
export function bool(cell: string | undefined): boolean | null {
  const t = text(cell);
  if (t === '') return null;
  if (t === 'TRUE') return true;
  if (t === 'FALSE') return false;
  const s = t.normalize('NFKC').toUpperCase();
  if (s === 'TRUE' || s === '1' || s === '○' || s === 'はい') return true;
  if (s === 'FALSE' || s === '0' || s === '×' || s === 'いいえ') return false;
  return null;
}

/** The placeholder 法人番号 of individuals, staff and some その他 rows. */
export const PLACEHOLDER_CORPORATE_NUMBER = '9999999999999';

/** A 法人番号 cell: trimmed, full-width digits made ASCII; '' when empty. */
export function corporateNumber(cell: string | undefined): string {
  const t = text(cell);
  if (t === '' || /^\d+$/.test(t)) return t;
  const s = t.normalize('NFKC').replace(/\s+/g, '');
  // A number exported as a float (`7010001008844.0`) keeps its digits.
  return /^\d{13}\.0+$/.test(s) ? s.slice(0, 13) : s;
}

/** A block id as written (`A`, `AB`), full-width letters made ASCII; '' when empty. */
export function blockId(cell: string | undefined): string {
  const t = text(cell);
  return t === '' || /^[A-Z]{1,3}$/.test(t) ? t : t.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** NFKC without white space, for matching names and ids. */
export function key(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}
