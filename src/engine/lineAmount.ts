/**
 * The arithmetic of one cost entry, kept apart so that the workbook writer can
 * reproduce it as a formula in the same order:
 *
 *   amount = ROUND(unitAmount × quantity × indexFactor × yearFraction, to whole kronor)
 *
 * multiplied left to right in öre, rounded once, half away from zero. For a
 * tiered line, unitAmount × quantity is replaced by the tier cost of the
 * quantity (see tiers.ts); unitAmount is then reported as the average price.
 */

import { roundToKronor } from './money';
import type { CostLine, EntryBasis, Ore } from './model';
import { tierCost } from './tiers';

/** Base-year cost of a line for a whole year (or the one-off) at a quantity, öre, unrounded. */
export function lineBaseCost(line: CostLine, quantity: number): Ore {
  switch (line.basis.kind) {
    case 'fixed':
      return line.amount;
    case 'perDriver':
      return line.amount * quantity;
    case 'tiered':
      return tierCost(quantity, line.basis.bands, line.basis.mode);
  }
}

/** unitAmount × quantity × indexFactor × yearFraction (× costShare), rounded once to whole kronor (öre). */
export function entryAmount(basis: EntryBasis): Ore {
  const base = basis.tierCost ?? basis.unitAmount * basis.quantity;
  const amount = base * basis.indexFactor * basis.yearFraction;
  return roundToKronor(basis.costShare === undefined ? amount : amount * basis.costShare);
}

/** The EntryBasis of a cost line at a quantity, index factor and year fraction. */
export function lineBasis(line: CostLine, quantity: number, indexFactor: number, yearFraction: number): EntryBasis {
  const factor = line.indexed ? indexFactor : 1;
  switch (line.basis.kind) {
    case 'fixed':
      return {
        unitAmount: line.amount,
        quantity: 1,
        indexFactor: factor,
        yearFraction,
      };
    case 'perDriver':
      return {
        unitAmount: line.amount,
        quantity,
        indexFactor: factor,
        yearFraction,
        driver: line.basis.driver,
      };
    case 'tiered': {
      const cost = lineBaseCost(line, quantity);
      return {
        unitAmount: quantity > 0 ? cost / quantity : 0,
        quantity,
        indexFactor: factor,
        yearFraction,
        driver: line.basis.driver,
        tierCost: cost,
      };
    }
  }
}
