/**
 * Selection without sorting (Hoare's quickselect), the one implementation:
 * the simulation's percentiles read several ranks of 10 000 draws at once;
 * the allocation's rank key reads one rank per cost entry.
 */

/** Rearranges a[lo..hi] so that a[k] holds the k-th smallest for every k in ranks[rlo..rhi] (ascending). */
export function selectRanks(a: Float64Array, lo: number, hi: number, ranks: number[], rlo: number, rhi: number): void {
  while (rlo <= rhi && lo < hi) {
    // Hoare partition around the middle element: a[lo..j] ≤ pivot ≤ a[i..hi], and lo ≤ j < i ≤ hi + 1.
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
    // Ranks ≤ j lie left, ranks ≥ i right; ranks strictly between hold the pivot already.
    let split = rlo;
    while (split <= rhi && ranks[split]! <= j) split++;
    let right = split;
    while (right <= rhi && ranks[right]! < i) right++;
    selectRanks(a, lo, j, ranks, rlo, split - 1);
    lo = i;
    rlo = right;
  }
}
