/**
 * The baseline a scenario is compared with: "re-procure as today". Under LOU
 * an expired agreement cannot simply be extended (ch. 17 §§ 9–14; an extension
 * outside the contract is an unlawful direct award), so the lawful like-for-like
 * comparison is to procure the same systems again, one contract per current
 * agreement, for the same solutions and school forms:
 *
 * - the agreement's annual cost goes on, indexed if the agreement is (today's
 *   price as the starting point), in every horizon year;
 * - each re-procured contract goes live the month after its agreement's
 *   expiry and costs what the alternatives count per contract: a procurement
 *   in the year before that go-live (not before the base year; none when it
 *   went live before the base year), indexed, and contract management from the
 *   go-live to the horizon's end, FTE × cost per FTE × index × months / 12;
 * - per contract means the average over every contract the workbook's
 *   alternatives name (their successors not counted): procurement cost rounded
 *   to whole öre, FTE as is.
 *
 * "Continue unchanged" (the annual costs alone) stays as a reference line,
 * labelled as not possible under LOU after the agreements end.
 */

import { monthOf, monthsInYear, yearOfMonth } from './calendar';
import { entryAmount } from './lineAmount';
import { roundHalfAwayFromZero, roundToKronor } from './money';
import type { CostModel, Ore } from './model';
import type { ModelIndex } from './modelIndex';

/** What one re-procured contract costs besides its price: the alternatives' average per contract. */
export interface ReprocurementTerms {
  /** Öre, whole. */
  procurementCost: Ore;
  managementFte: number;
}

export function reprocurementTerms(model: CostModel): ReprocurementTerms {
  const contracts = model.alternatives.flatMap((a) => a.contracts.filter((c) => c.successorOf === undefined));
  if (contracts.length === 0) return { procurementCost: 0, managementFte: 0 };
  let cost = 0;
  let fte = 0;
  for (const c of contracts) {
    cost += c.procurementCost;
    fte += c.managementFte;
  }
  return { procurementCost: roundHalfAwayFromZero(cost / contracts.length), managementFte: fte / contracts.length };
}

/** "Continue unchanged" per horizon year: Σ over agreements of ROUND(annualCost × index). */
export function unchangedByYear(index: ModelIndex): Ore[] {
  return index.years.map((_, i) =>
    index.model.currentAgreements.reduce(
      (sum, a) => sum + roundToKronor(a.annualCost * (a.indexed ? index.factors[i]! : 1)),
      0,
    ),
  );
}

/** Per agreement and horizon year: the re-procured contract's procurement and management, öre. */
export function reprocurementByYear(
  index: ModelIndex,
  terms: ReprocurementTerms,
): { procurement: Ore[]; management: Ore[] } {
  const baseYear = index.model.parameters.baseYear;
  const horizonEnd = (baseYear + index.years.length) * 12;
  const procurement = index.years.map(() => 0);
  const management = index.years.map(() => 0);
  for (const agreement of index.model.currentAgreements) {
    const expiry = monthOf(agreement.expires);
    if (expiry === null) continue; // a validation error
    const goLive = expiry + 1;
    const goLiveYear = yearOfMonth(goLive);
    if (goLiveYear >= baseYear) {
      const i = index.years.indexOf(Math.max(goLiveYear - 1, baseYear));
      if (i >= 0)
        procurement[i]! += entryAmount({
          unitAmount: terms.procurementCost,
          quantity: 1,
          indexFactor: index.factors[i]!,
          yearFraction: 1,
        });
    }
    index.years.forEach((year, i) => {
      const months = monthsInYear(goLive, horizonEnd, year);
      if (months === 0) return;
      management[i]! += entryAmount({
        unitAmount: index.model.parameters.costPerFte,
        quantity: terms.managementFte,
        indexFactor: index.factors[i]!,
        yearFraction: months / 12,
      });
    });
  }
  return { procurement, management };
}

/** The baseline per year: unchanged annual costs + re-procurement + contract management. */
export function baselineParts(index: ModelIndex): {
  byYear: Ore[];
  unchangedByYear: Ore[];
  terms: ReprocurementTerms;
} {
  const terms = reprocurementTerms(index.model);
  const unchanged = unchangedByYear(index);
  const { procurement, management } = reprocurementByYear(index, terms);
  return {
    byYear: unchanged.map((u, i) => u + procurement[i]! + management[i]!),
    unchangedByYear: unchanged,
    terms,
  };
}
