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

/**
 * NPV of `a − b` year by year: the difference of two cost streams discounted
 * term by term and rounded once. Why not npv(a) − npv(b): each of those is
 * rounded on its own, so the difference can be a krona off the difference's
 * own present value (10.4 kr − 0.6 kr is 9.8 kr → 10 kr, but 10 kr − 1 kr = 9 kr).
 */
export function npvDifference(
  a: readonly Ore[],
  b: readonly Ore[],
  years: readonly number[],
  baseYear: number,
  rate: number,
): Ore {
  return npv(
    years.map((_, i) => (a[i] ?? 0) - (b[i] ?? 0)),
    years,
    baseYear,
    rate,
  );
}
