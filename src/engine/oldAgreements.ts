/**
 * Old agreements (the current ones, nuvarande avtal): the baseline they define
 * and what they still cost inside a scenario.
 *
 * The baseline they define is in baseline.ts.
 *
 * Scenario: an agreement costs annualCost / 12 per month up to and including
 * its expiry month (item 'currentAgreement', shared among every payer using its
 * solutions by users × share). From the month after expiry it runs on
 * (item 'runOn') PER SCHOOL FORM: each school form leaves the agreement when
 * its own new contracts go live, and only that school form's payers pay its
 * run-on. A school form's part of the monthly run-on cost is its payers'
 * users × share over all users × share of the agreement (costShare), and it
 * runs on until the latest go-live among the alternative's contracts that
 * cover, for that school form, the agreement's solutions it uses (no such
 * contract: the horizon's end). See runOnParts and docs/model.md.
 *
 * Why per school form: with one run-on for the whole agreement until the
 * LATEST go-live, moving gymnasieskola's contract a year later made
 * förskola's payers pay 9.2 Mkr more on the Stockholm sample (issue 14).
 */

import { anySolutionBase, usersWeights, type WeightSet } from './base';
import { monthOf, monthsInYear } from './calendar';
import { servicePeriod } from './contractCosts';
import { entryAmount } from './lineAmount';
import {
  SCHOOL_FORMS,
  type Alternative,
  type CostEntry,
  type CurrentAgreement,
  type EntryBasis,
  type SchoolForm,
} from './model';
import type { ModelIndex } from './modelIndex';
import type { PendingEntry } from './pending';

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

/** One school form's share of an agreement's run-on: who pays, what part of the monthly cost, until when. */
export interface RunOnPart {
  /** undefined only when nobody has users × share in the agreement (the run-on is then unallocated). */
  schoolForm?: SchoolForm;
  /** The school form's payers using the agreement's solutions, weighted by users × share. */
  weights: WeightSet;
  /** Σ of the school form's weights / Σ of all weights of the agreement, summed in payer-id order. */
  costShare: number;
  /** The month the run-on ends (exclusive): the school form's latest covering go-live, or the horizon's end. */
  stop: number;
}

/**
 * The run-on parts of an agreement in an alternative, one per school form
 * with users (school forms in SCHOOL_FORMS order). The parts' costShares add
 * up to 1 (up to floating point); one school form alone has costShare exactly 1.
 */
export function runOnParts(index: ModelIndex, agreement: CurrentAgreement, alternative: Alternative): RunOnPart[] {
  const weights = usersWeights(index, anySolutionBase(index, agreement.solutionIds));
  let total = 0;
  for (let i = 0; i < weights.weights.length; i++) total += weights.weights[i]!;
  if (!(total > 0)) return [{ weights, costShare: 1, stop: runOnEnd(index, agreement, alternative) }];
  const parts: RunOnPart[] = [];
  for (const form of SCHOOL_FORMS) {
    const formWeights = schoolFormWeights(index, weights, form);
    let sum = 0;
    for (let i = 0; i < formWeights.weights.length; i++) sum += formWeights.weights[i]!;
    if (!(sum > 0)) continue;
    parts.push({
      schoolForm: form,
      weights: formWeights,
      costShare: sum / total,
      stop: schoolFormRunOnEnd(index, agreement, alternative, form),
    });
  }
  return parts;
}

/** The weights of an agreement's payers of one school form (positions stay in payer-id order). */
export function schoolFormWeights(index: ModelIndex, weights: WeightSet, form: SchoolForm): WeightSet {
  const positions: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < weights.positions.length; i++) {
    const position = weights.positions[i]!;
    if (index.payers[position]!.schoolForm !== form) continue;
    positions.push(position);
    values.push(weights.weights[i]!);
  }
  return { positions: Int32Array.from(positions), weights: Float64Array.from(values) };
}

/**
 * The month a school form's run-on ends (exclusive): the latest go-live among
 * the contracts covering, for that school form, a solution of the agreement
 * that one of its payers uses; the horizon's end when there is none.
 */
export function schoolFormRunOnEnd(
  index: ModelIndex,
  agreement: CurrentAgreement,
  alternative: Alternative,
  form: SchoolForm,
): number {
  const used = agreement.solutionIds.filter((id) => {
    const row = index.shares.get(id);
    return row !== undefined && index.payers.some((p, position) => p.schoolForm === form && row[position]! > 0);
  });
  let latest: number | null = null;
  for (const solutionId of new Set(used)) {
    let covering: number | null = null;
    for (const contract of alternative.contracts) {
      if (!contract.solutionIds.includes(solutionId) || !contract.schoolForms.includes(form)) continue;
      const period = servicePeriod(contract);
      if (period !== null && (covering === null || period.start < covering)) covering = period.start;
    }
    // An uncovered solution is a validation error; it keeps the school form on the agreement.
    if (covering === null) return horizonEnd(index);
    if (latest === null || covering > latest) latest = covering;
  }
  return latest ?? horizonEnd(index);
}

function horizonEnd(index: ModelIndex): number {
  return (index.model.parameters.baseYear + index.years.length) * 12;
}

export function runOnEntries(index: ModelIndex, alternative: Alternative): PendingEntry[] {
  const out: PendingEntry[] = [];
  for (const agreement of index.model.currentAgreements) {
    const expiry = monthOf(agreement.expires);
    if (expiry === null) continue; // a validation error
    const weights = usersWeights(index, anySolutionBase(index, agreement.solutionIds));
    const parts = runOnParts(index, agreement, alternative);
    const solutionId = agreement.solutionIds.length === 1 ? agreement.solutionIds[0] : undefined;
    const source = { kind: 'runOn', agreementId: agreement.id } as const;
    index.years.forEach((year, i) => {
      const factor = agreement.indexed ? index.factors[i]! : 1;
      const push = (entry: CostEntry, to: WeightSet): void => {
        if (entry.amount !== 0) out.push({ entry, weights: to });
      };
      // Still under contract: the annual cost, prorated by months, shared by every user.
      const contractMonths = monthsInYear(-Infinity, expiry + 1, year);
      if (contractMonths > 0) {
        const basis = {
          unitAmount: agreement.annualCost,
          quantity: 1,
          indexFactor: factor,
          yearFraction: contractMonths / 12,
        };
        push({ year, solutionId, item: 'currentAgreement', source, amount: entryAmount(basis), basis }, weights);
      }
      // Past expiry, per school form until its contracts go live: monthly × months × index × its part of the cost.
      for (const part of parts) {
        const runOnMonths = monthsInYear(expiry + 1, part.stop, year);
        if (runOnMonths <= 0) continue;
        const basis: EntryBasis = {
          unitAmount: agreement.monthlyRunOnCost,
          quantity: runOnMonths,
          indexFactor: factor,
          yearFraction: 1,
          ...(part.schoolForm === undefined ? {} : { costShare: part.costShare }),
        };
        const partSource = part.schoolForm === undefined ? source : { ...source, schoolForm: part.schoolForm };
        push({ year, solutionId, item: 'runOn', source: partSource, amount: entryAmount(basis), basis }, part.weights);
      }
    });
  }
  return out;
}
