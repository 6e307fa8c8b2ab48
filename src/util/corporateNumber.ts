/** 法人番号 (corporate number) check digit. */

/**
 * Check-digit status of a 13-digit corporate number. The first digit checks the other 12:
 * numbering them P1…P12 from the right, Q = 1 for odd and 2 for even positions,
 * check digit = 9 − (Σ Pn×Qn mod 9).
 */
export function corporateNumberStatus(number: string): { valid: boolean; expected: number | null } {
  if (!/^\d{13}$/.test(number)) return { valid: false, expected: null };
  const base = number.slice(1);
  let total = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = Number(base[12 - n]);
    total += digit * (n % 2 === 1 ? 1 : 2);
  }
  const expected = 9 - (total % 9);
  return { valid: Number(number[0]) === expected, expected };
}
