/** Changes between two years in percent, as the comparison's labels and tooltips write them. */

/** A change in percent with its sign and one decimal: 10 → "+10.0%", -8.624 → "-8.6%"; "" for none or 0. */
export function signedPercent(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '';
  const r = Math.round(p * 10) / 10;
  if (r === 0) return p === 0 ? '' : p > 0 ? '+0.0%' : '-0.0%';
  return `${r > 0 ? '+' : '-'}${Math.abs(r).toFixed(1)}%`;
}
