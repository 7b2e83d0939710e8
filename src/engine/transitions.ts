/**
 * The transition from the old agreements, as FLG needs to see it: the run-on
 * past expiry per old agreement and school form (months and kronor), and what
 * a delay costs — the same alternative with every go-live DELAY_MONTHS later,
 * computed by the same rules (the seed's timeline slipped from Q1 2024 to
 * autumn 2024, and each school form pays its own run-on meanwhile).
 *
 * The delay cost is the whole difference: more run-on, but also contract
 * costs moved (a yearly cost that starts three months later costs three
 * months less inside the horizon when the contract runs past it). Its run-on
 * part is reported separately because that part is money spent, not moved.
 */

import { monthOf, monthsInYear } from './calendar';
import { contractEntries } from './contractCosts';
import { internalEntries } from './internalCosts';
import type { Alternative, Contract, CostEntry, DelayCost, Ore, TransitionLine } from './model';
import type { ModelIndex } from './modelIndex';
import { npvDifference } from './npv';
import { runOnEntries, runOnParts } from './oldAgreements';

/** The delay the scenario sheets show: every go-live three months later. */
export const DELAY_MONTHS = 3;

/** Run-on per agreement and school form: months past expiry inside the horizon and kronor, also if delayed. */
export function transitionLines(
  index: ModelIndex,
  alternative: Alternative,
  entries: readonly CostEntry[],
  delayedEntries: readonly CostEntry[],
): TransitionLine[] {
  const lines: TransitionLine[] = [];
  for (const agreement of index.model.currentAgreements) {
    const expiry = monthOf(agreement.expires);
    if (expiry === null) continue;
    for (const part of runOnParts(index, agreement, alternative)) {
      let months = 0;
      for (const year of index.years) months += monthsInYear(expiry + 1, part.stop, year);
      const ofPart = (list: readonly CostEntry[]): Ore => {
        let sum = 0;
        for (const e of list) {
          if (e.item !== 'runOn' || e.source.kind !== 'runOn' || e.source.agreementId !== agreement.id) continue;
          if (e.source.schoolForm === part.schoolForm) sum += e.amount;
        }
        return sum;
      };
      lines.push({
        agreementId: agreement.id,
        ...(part.schoolForm === undefined ? {} : { schoolForm: part.schoolForm }),
        months,
        amount: ofPart(entries),
        amountIfDelayed: ofPart(delayedEntries),
      });
    }
  }
  return lines;
}

/** The alternative with every contract's go-live `months` later (the day of the month does not matter). */
export function delayedAlternative(alternative: Alternative, months: number): Alternative {
  return { ...alternative, contracts: alternative.contracts.map((c) => delayedContract(c, months)) };
}

function delayedContract(contract: Contract, months: number): Contract {
  const start = monthOf(contract.goLive);
  if (start === null) return contract;
  const moved = start + months;
  const year = Math.floor(moved / 12);
  const month = (moved % 12) + 1;
  return { ...contract, goLive: `${year}-${String(month).padStart(2, '0')}-01` };
}

/** Every cost entry of the alternative with every go-live `months` later (not allocated: only sums are needed). */
export function delayedEntries(index: ModelIndex, alternative: Alternative, months: number): CostEntry[] {
  const delayed = delayedAlternative(alternative, months);
  const out: CostEntry[] = [];
  const parts = [
    ...delayed.contracts.map((c) => contractEntries(index, c)),
    runOnEntries(index, delayed),
    internalEntries(index, delayed),
  ];
  for (const part of parts) for (const p of part) out.push(p.entry);
  return out;
}

/** Delayed minus actual: per horizon total, present value (year differences discounted, rounded once) and run-on. */
export function delayCost(
  index: ModelIndex,
  totalByYear: readonly Ore[],
  runOnByYear: readonly Ore[],
  delayed: readonly CostEntry[],
  months: number,
): DelayCost {
  const baseYear = index.model.parameters.baseYear;
  const delayedByYear = index.years.map(() => 0);
  let delayedRunOn = 0;
  for (const e of delayed) {
    delayedByYear[e.year - baseYear]! += e.amount;
    if (e.item === 'runOn') delayedRunOn += e.amount;
  }
  const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
  return {
    months,
    total: sum(delayedByYear) - sum(totalByYear),
    npv: npvDifference(delayedByYear, totalByYear, index.years, baseYear, index.model.parameters.discountRate),
    runOn: delayedRunOn - sum(runOnByYear),
  };
}
