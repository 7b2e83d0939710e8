/**
 * Rounding of money. The engine computes in öre as floating point products
 * (price × quantity × index × fraction) and rounds each cost entry exactly once,
 * to whole kronor, the way Excel's ROUND(x, 0) does: half away from zero.
 * Rounding once per entry (not per factor) is what lets a workbook formula
 * =ROUND(price*quantity*index*fraction/100, 0) reproduce every figure.
 */

import type { Ore } from './model';

/**
 * Rounds half away from zero to an integer, like Excel's ROUND(x, 0).
 * Math.round rounds -2.5 to -2, Excel to -3; this follows Excel.
 */
export function roundHalfAwayFromZero(x: number): number {
  const rounded = Math.floor(Math.abs(x) + 0.5);
  return x < 0 ? -rounded : rounded;
}

/** Rounds an amount in öre to whole kronor, returned in öre (a multiple of 100). */
export function roundToKronor(ore: number): Ore {
  return roundHalfAwayFromZero(ore / 100) * 100;
}

/**
 * An amount in öre as whole kronor, rounded as Excel's ROUND(x, 0) and the
 * sheets do: −150 öre is −2 kr, not −1 (Math.round). The one conversion every
 * face uses to show kronor (the pane, the command line), so the same amount
 * never prints as two figures.
 */
export function wholeKronor(ore: number): number {
  const kr = roundHalfAwayFromZero(ore / 100);
  return kr === 0 ? 0 : kr; // never -0, which Intl prints as "-0"
}

/**
 * An amount in öre as kronor, the unit the sheets show (95,10 kr): the one
 * öre → kronor conversion. A division by 100, exact for every whole-öre
 * amount a budget has.
 */
export function kronor(ore: Ore): number {
  return ore / 100;
}

/**
 * Kronor as a cell holds them (95,1 typed by an analyst) as whole öre: the
 * one kronor → öre conversion, rounded half away from zero as the sheets'
 * ROUND(kr*100,0) does, since 95.1*100 is 9509.999… in binary.
 */
export function oreOf(kr: number): Ore {
  return roundHalfAwayFromZero(kr * 100);
}

/** Rounds to whole öre (used for per-pupil and per-user figures). */
export function roundToOre(ore: number): Ore {
  return roundHalfAwayFromZero(ore);
}

/** a / b rounded to whole öre, or null when b is zero: "not applicable", never NaN or Infinity. */
export function perUnit(amount: Ore, units: number): Ore | null {
  return units > 0 ? roundToOre(amount / units) : null;
}
