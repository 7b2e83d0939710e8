/**
 * Rounding as Excel's ROUND does it (half away from zero), for the cached
 * values of formulas the writer computes itself: the engine's one rounding
 * (src/engine/money.ts), so a cached value equals what the engine and Excel
 * compute.
 */
import { kronor, roundHalfAwayFromZero } from '../../engine/money';

export { roundHalfAwayFromZero };

/** amountOre / count rounded to whole öre, in kronor; null when count is 0 (not applicable). */
export function perCountKr(amountOre: number, count: number): number | null {
  return count > 0 ? kronor(roundHalfAwayFromZero(amountOre / count)) : null;
}
