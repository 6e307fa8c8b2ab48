/** Comparing sheet amounts with the rounding tolerance of the sheet's unit. */
import { decimals, subtract } from '../util/decimal.ts';

/** The result of comparing two amounts that should agree. */
export interface Comparison {
  /** Exact a − b. */
  diff: number;
  /** |diff| as printed, e.g. 0.3. */
  abs: number;
  /** One unit of the finest decimal printed among the compared values (0.1 for 552.5 vs 535.4). */
  tolerance: number;
  /** True when they differ by no more than rounding can explain. */
  withinRounding: boolean;
}

/** Compares a and b; `precisionOf` lists every printed value that went into either side. */
export function compare(a: number, b: number, precisionOf: readonly number[] = [a, b]): Comparison {
  const diff = subtract(a, b);
  const places = precisionOf.reduce((m, v) => Math.max(m, decimals(v)), 0);
  const tolerance = Number(`1e-${places}`);
  const abs = Math.abs(diff);
  return { diff, abs, tolerance, withinRounding: abs <= tolerance };
}

/** True when a is larger than b by more than rounding can explain. */
export function exceeds(a: number, b: number): boolean {
  const c = compare(a, b);
  return c.diff > 0 && !c.withinRounding;
}
