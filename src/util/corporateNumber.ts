/** 法人番号 (corporate number) check digit. */

/**
 * Check-digit status of a 13-digit corporate number. The first digit checks the other 12:
 * numbering them P1…P12 from the right, Q = 1 for odd and 2 for even positions,
 * check digit = 9 − (Σ Pn×Qn mod 9).
 */
export function corporateNumberStatus(number: string): { valid: boolean; expected: number | null } {
  if (number.length !== 13 || !/^\d{13}$/.test(number)) return { valid: false, expected: null };
  let total = 0;
  // P1 is the rightmost digit (index 12), P12 the second (index 1).
  for (let n = 1; n <= 12; n++) total += (number.charCodeAt(13 - n) - 48) * (n % 2 === 1 ? 1 : 2);
  const expected = 9 - (total % 9);
  return { valid: number.charCodeAt(0) - 48 === expected, expected };
}
