/**
 * Split a link band into parallel stripes, one per part (e.g. per contract family),
 * each as wide as its share of the link's value.
 */
import { bandPath } from './sankey.ts';
import type { LayoutLink } from './types.ts';

/** One stripe of a link: its key, stroke width and centre line. */
export interface Stripe<K extends string> {
  key: K;
  value: number;
  width: number;
  path: string;
}

/** Stripes of `link`, stacked top to bottom in the given order; parts with value ≤ 0 are skipped. */
export function stripes<K extends string>(link: Pick<LayoutLink, 'x0' | 'x1' | 'y0' | 'y1' | 'width'>, parts: readonly { key: K; value: number }[]): Stripe<K>[] {
  const positive = parts.filter((p) => p.value > 0 && Number.isFinite(p.value));
  const total = positive.reduce((s, p) => s + p.value, 0); // a ratio for geometry only, never shown
  if (total <= 0) return [];
  let offset = -link.width / 2;
  return positive.map((p) => {
    const w = (link.width * p.value) / total;
    const dy = offset + w / 2;
    offset += w;
    return { key: p.key, value: p.value, width: w, path: bandPath(link.x0, link.y0 + dy, link.x1, link.y1 + dy) };
  });
}
