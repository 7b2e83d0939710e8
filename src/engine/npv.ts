/**
 * Net present value of a cost stream over the horizon. The base year is not
 * discounted; year y is divided by (1 + rate)^(y − baseYear). Terms are summed
 * unrounded in öre and the sum is rounded once to whole kronor, so that the
 * workbook's =ROUND(SUMPRODUCT(costs / (1 + rate)^(years − base)) / 100, 0)
 * gives the same figure.
 */

import { roundToKronor } from './money';
import type { Ore } from './model';

/** 1 / (1 + rate)^(year − baseYear). */
export function discountFactor(rate: number, year: number, baseYear: number): number {
  return 1 / Math.pow(1 + rate, year - baseYear);
}

/**
 * NPV of `amounts` (öre, one per year of `years`), rounded to whole kronor (öre, multiple of 100).
 * At rate 0 it equals the nominal sum.
 */
export function npv(amounts: readonly Ore[], years: readonly number[], baseYear: number, rate: number): Ore {
  let sum = 0;
  for (let i = 0; i < amounts.length; i++) {
    sum += (amounts[i] ?? 0) * discountFactor(rate, years[i] ?? baseYear, baseYear);
  }
  return roundToKronor(sum);
}
