/**
 * Old agreements (the current ones, nuvarande avtal): the baseline they define
 * and what they still cost inside a scenario.
 *
 * Baseline: every agreement is assumed renewed on the same terms, so each
 * horizon year costs annualCost (× index if indexed).
 *
 * Scenario: an agreement costs annualCost / 12 per month up to and including
 * its expiry month, then monthlyRunOnCost per month from the month after expiry
 * until the month before the LATEST go-live among the alternative's contracts
 * that cover any of its solutions (if no contract covers them: to the horizon's
 * end), then nothing. Both parts count in the scenario's total; only the
 * second is run-on (item 'runOn'), the months within the term are item
 * 'currentAgreement', so "run-on" never covers months before expiry; they are shared among the payers using the agreement's
 * solutions, by users × share.
 */

import { anySolutionBase, usersWeights } from './base';
import { monthOf, monthsInYear } from './calendar';
import { servicePeriod } from './contractCosts';
import { entryAmount } from './lineAmount';
import { roundToKronor } from './money';
import type { Alternative, CurrentAgreement, EntryBasis, Ore } from './model';
import type { ModelIndex } from './modelIndex';
import type { PendingEntry } from './pending';

/** Baseline cost per horizon year: Σ over agreements of ROUND(annualCost × index). */
export function baselineByYear(index: ModelIndex): Ore[] {
  return index.years.map((_, i) =>
    index.model.currentAgreements.reduce(
      (sum, a) => sum + roundToKronor(a.annualCost * (a.indexed ? index.factors[i]! : 1)),
      0,
    ),
  );
}

/** The month the agreement's run-on ends (exclusive): the latest covering go-live, or the horizon's end. */
export function runOnEnd(index: ModelIndex, agreement: CurrentAgreement, alternative: Alternative): number {
  const served = new Set(agreement.solutionIds);
  let latest: number | null = null;
  for (const contract of alternative.contracts) {
    if (!contract.solutionIds.some((id) => served.has(id))) continue;
    const period = servicePeriod(contract);
    if (period && (latest === null || period.start > latest)) latest = period.start;
  }
  const horizonEnd = (index.model.parameters.baseYear + index.years.length) * 12;
  return latest ?? horizonEnd;
}

export function runOnEntries(index: ModelIndex, alternative: Alternative): PendingEntry[] {
  const out: PendingEntry[] = [];
  for (const agreement of index.model.currentAgreements) {
    const expiry = monthOf(agreement.expires);
    if (expiry === null) continue; // a validation error
    const stop = runOnEnd(index, agreement, alternative);
    const weights = usersWeights(index, anySolutionBase(index, agreement.solutionIds));
    const solutionId = agreement.solutionIds.length === 1 ? agreement.solutionIds[0] : undefined;
    index.years.forEach((year, i) => {
      const factor = agreement.indexed ? index.factors[i]! : 1;
      const contractMonths = monthsInYear(-Infinity, expiry + 1, year);
      const runOnMonths = monthsInYear(expiry + 1, stop, year);
      const parts: { item: 'currentAgreement' | 'runOn'; basis: EntryBasis }[] = [];
      // Still under contract: the annual cost, prorated by months.
      if (contractMonths > 0) {
        parts.push({
          item: 'currentAgreement',
          basis: {
            unitAmount: agreement.annualCost,
            quantity: 1,
            indexFactor: factor,
            yearFraction: contractMonths / 12,
          },
        });
      }
      // Past expiry, waiting for the new contract: the monthly run-on cost × months.
      if (runOnMonths > 0) {
        parts.push({
          item: 'runOn',
          basis: {
            unitAmount: agreement.monthlyRunOnCost,
            quantity: runOnMonths,
            indexFactor: factor,
            yearFraction: 1,
          },
        });
      }
      for (const { item, basis } of parts) {
        const amount = entryAmount(basis);
        if (amount === 0) continue;
        out.push({
          entry: {
            year,
            solutionId,
            item,
            source: { kind: 'runOn', agreementId: agreement.id },
            amount,
            basis,
          },
          weights,
        });
      }
    });
  }
  return out;
}
