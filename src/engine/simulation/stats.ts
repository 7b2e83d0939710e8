/**
 * Summary statistics of simulated figures: percentiles, mean and the
 * precision of the median.
 *
 * Percentiles follow Excel's PERCENTILE.INC (linear interpolation between
 * order statistics at rank (n − 1)p), so a reader who pastes the draws into
 * Excel gets the same P10/P50/P90.
 *
 * Precision of the median (P50) by the order-statistic (binomial) method,
 * which assumes nothing about the distribution: the number of draws below the
 * true median is Binomial(n, ½), so the draws at ranks n/2 ∓ 1.96·√n/2 bracket
 * it with 95 % confidence. Half that interval's width is the ±precision; the
 * standard error is the half-width / 1.96. With n ≥ 1,000 the normal
 * approximation of the binomial is accurate to well under one rank.
 */
import { selectRanks } from '../select';

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/** PERCENTILE.INC of an ascending array; p in [0, 1]. NaN for an empty array. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo]!;
  return a + (h - lo) * (sorted[hi]! - a);
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length === 0 ? NaN : sum / values.length;
}

/** The 95 % confidence interval of the median, from an ascending array (ranks clamped to the data). */
export function medianInterval(sorted: ArrayLike<number>): { low: number; high: number } {
  const n = sorted.length;
  if (n === 0) return { low: NaN, high: NaN };
  const [low, high] = medianIntervalRanks(n);
  return { low: sorted[low]!, high: sorted[high]! };
}

/** Half the width of the median's 95 % interval. */
export function medianHalfWidth(sorted: ArrayLike<number>): number {
  const { low, high } = medianInterval(sorted);
  return (high - low) / 2;
}

/** An ascending copy. */
export function sortedCopy(values: Float64Array): Float64Array {
  return values.slice().sort();
}

/**
 * Order statistics of unsorted values without sorting them all: for each
 * 0-based rank, the value a full ascending sort would put there. Works on a
 * copy by multi-quickselect: partition once, then only into the sides that
 * still hold a wanted rank, about n·log2(ranks) steps instead of n·log2(n).
 * A result summarises dozens of series of 10,000 draws.
 */
export function orderStatistics(values: ArrayLike<number>, ranks: readonly number[]): Map<number, number> {
  const a = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) a[i] = values[i]!;
  const wanted = [...new Set(ranks)].filter((k) => k >= 0 && k < a.length).sort((x, y) => x - y);
  selectRanks(a, 0, a.length - 1, wanted, 0, wanted.length - 1);
  return new Map(wanted.map((k) => [k, a[k]!]));
}

/** The 0-based ranks PERCENTILE.INC at p reads (one or two). */
export function percentileRanks(n: number, p: number): number[] {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < n ? [lo, lo + 1] : [lo];
}

/** PERCENTILE.INC at p from order statistics that include percentileRanks(n, p). */
export function percentileFrom(stats: Map<number, number>, n: number, p: number): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = stats.get(lo)!;
  const b = stats.get(Math.min(n - 1, lo + 1))!;
  return a + (h - lo) * (b - a);
}

/** The 0-based ranks of the median's 95 % interval (see medianInterval). */
export function medianIntervalRanks(n: number): [number, number] {
  const spread = (Z95 * Math.sqrt(n)) / 2;
  return [Math.max(1, Math.floor(n / 2 - spread)) - 1, Math.min(n, Math.ceil(n / 2 + spread) + 1) - 1];
}
