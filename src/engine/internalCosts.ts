/**
 * Internal staff (interna resurser): fte × costPerFte × index for every
 * horizon year in [firstYear, lastYear], for the alternative named (or every
 * alternative when none is named). Internal staff serve the whole programme:
 * shared by the one rule for shared costs (sharedCostWeights), over every
 * payer with its usage shares summed over the solutions the alternative covers.
 */

import { sharedCostBase, sharedCostWeights } from './base';
import { entryAmount } from './lineAmount';
import type { Alternative, EntryBasis } from './model';
import type { ModelIndex } from './modelIndex';
import type { PendingEntry } from './pending';

export function internalEntries(index: ModelIndex, alternative: Alternative): PendingEntry[] {
  const weights = sharedCostWeights(index, sharedCostBase(index, undefined, alternative));
  const out: PendingEntry[] = [];
  for (const resource of index.model.internalResources) {
    if (resource.alternativeId !== undefined && resource.alternativeId !== alternative.id) continue;
    index.years.forEach((year, i) => {
      if (year < resource.firstYear || year > resource.lastYear) return;
      const basis: EntryBasis = {
        unitAmount: resource.costPerFte,
        quantity: resource.fte,
        indexFactor: index.factors[i]!,
        yearFraction: 1,
      };
      const amount = entryAmount(basis);
      if (amount === 0) return;
      out.push({
        entry: {
          year,
          item: 'internal',
          source: { kind: 'internalResource', resourceId: resource.id },
          amount,
          basis,
        },
        weights,
      });
    });
  }
  return out;
}
