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
  return Float64Array.from(values).sort();
}

/**
 * Order statistics of unsorted values without sorting them all: for each
 * 0-based rank, the value a full ascending sort would put there. Works on a
 * copy by quickselect, ranks in ascending order, each search starting at the
 * previous rank (everything left of it is already no larger). About ten ranks
 * of 10,000 values take a fraction of a full sort, and a result has dozens of
 * figures to summarise.
 */
export function orderStatistics(values: ArrayLike<number>, ranks: readonly number[]): Map<number, number> {
  const a = Float64Array.from(values as ArrayLike<number>);
  const out = new Map<number, number>();
  let lo = 0;
  for (const k of [...new Set(ranks)].sort((x, y) => x - y)) {
    if (k < 0 || k >= a.length) continue;
    out.set(k, select(a, k, lo, a.length - 1));
    lo = k;
  }
  return out;
}

/** Places the k-th smallest of a[lo..hi] at a[k] (Hoare partition quickselect) and returns it. */
function select(a: Float64Array, k: number, lo: number, hi: number): number {
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
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
