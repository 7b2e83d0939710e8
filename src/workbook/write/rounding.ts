/**
 * Rounding as Excel's ROUND does it (half away from zero), for the cached
 * values of formulas the writer computes itself. Math.round(-2.5) is -2;
 * ROUND(-2.5, 0) is -3, and a cached value must equal what Excel computes.
 */
export function roundHalfAwayFromZero(x: number): number {
  const rounded = Math.floor(Math.abs(x) + 0.5);
  return x < 0 ? -rounded : rounded;
}

/** amountOre / count rounded to whole öre, in kronor; null when count is 0 (not applicable). */
export function perCountKr(amountOre: number, count: number): number | null {
  return count > 0 ? roundHalfAwayFromZero(amountOre / count) / 100 : null;
}
