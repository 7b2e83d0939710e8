/**
 * One scenario: an alternative computed over the horizon. Gathers the cost
 * entries (contracts, old agreements running on, internal staff), allocates
 * each entry to payers in whole kronor, and sums per payer and year.
 *
 * Every entry is allocated on its own, so each entry's shares plus its
 * unallocated part equal its amount exactly, and therefore every year's
 * allocated + unallocated equals the year's total exactly.
 */

import { allocateKronorInto } from './allocate';
import { AllocationTableBuilder, emptyAllocationTable } from './allocationTable';
import { contractEntries } from './contractCosts';
import { internalEntries } from './internalCosts';
import type { Alternative, CostModel, EngineOptions, Ore, PayerYear, ScenarioResult } from './model';
import { buildModelIndex, countOf, type ModelIndex } from './modelIndex';
import { kronor, perUnit } from './money';
import { npv, npvDifference } from './npv';
import { baselineParts } from './baseline';
import { runOnEntries } from './oldAgreements';
import type { PendingEntry } from './pending';
import { DELAY_MONTHS, delayCost, delayedEntries, transitionLines } from './transitions';

export function computeScenario(
  model: CostModel,
  alternative: Alternative,
  options: EngineOptions = {},
): ScenarioResult {
  return computeScenarioWith(buildModelIndex(model), alternative, options);
}

/** As computeScenario, reusing look-ups built once for several alternatives. */
export function computeScenarioWith(
  index: ModelIndex,
  given: Alternative,
  options: EngineOptions = {},
): ScenarioResult {
  // The alternative as the index holds it: with its successor contracts (successors.ts).
  const alternative = index.model.alternatives.find((a) => a.id === given.id) ?? given;
  const keepAllocations = options.detail !== 'totals';
  const pending: PendingEntry[] = [];
  // Appended one by one: push(...list) has an argument-count limit on very large models.
  const parts = [
    ...alternative.contracts.map((c) => contractEntries(index, c)),
    runOnEntries(index, alternative),
    internalEntries(index, alternative),
  ];
  for (const part of parts) for (const p of part) pending.push(p);

  const { years } = index;
  const yearCount = years.length;
  const baseYear = index.model.parameters.baseYear;
  const byPayerYear = new Float64Array(index.payers.length * yearCount);
  const totalByYear: Ore[] = new Array<number>(yearCount).fill(0);
  const unallocatedByYear: Ore[] = new Array<number>(yearCount).fill(0);
  const runOnByYear: Ore[] = new Array<number>(yearCount).fill(0);
  // Sized once to the most rows possible (every payer reached by every non-zero entry).
  const allocations = keepAllocations ? new AllocationTableBuilder(index.payerIds, rowBound(pending)) : undefined;
  let shares = new Float64Array(0);

  for (let entryIndex = 0; entryIndex < pending.length; entryIndex++) {
    const { entry, weights } = pending[entryIndex]!;
    const y = entry.year - baseYear;
    totalByYear[y]! += entry.amount;
    if (entry.item === 'runOn') runOnByYear[y]! += entry.amount;
    const n = weights.weights.length;
    if (shares.length < n) shares = new Float64Array(n * 2);
    allocateKronorInto(kronor(entry.amount), weights.weights, shares);
    let allocated = 0;
    for (let i = 0; i < n; i++) {
      const kr = shares[i]!;
      if (kr === 0) continue;
      const position = weights.positions[i]!;
      const amount = kr * 100;
      allocated += amount;
      byPayerYear[position * yearCount + y]! += amount;
      allocations?.add(entryIndex, position, amount);
    }
    unallocatedByYear[y]! += entry.amount - allocated;
  }

  const payerYears: PayerYear[] = [];
  const payerTotals: ScenarioResult['payerTotals'] = [];
  const discountRate = index.model.parameters.discountRate;
  // Output in workbook order, which is how the analysts read their payers.
  for (const payer of index.model.payers) {
    const position = index.positionOf.get(payer.id)!;
    const pupils = countOf(payer, 'pupils');
    const users = countOf(payer, 'users');
    const amounts = Array.from(byPayerYear.subarray(position * yearCount, (position + 1) * yearCount));
    for (let y = 0; y < yearCount; y++) {
      const amount = amounts[y]!;
      payerYears.push({
        payerId: payer.id,
        year: years[y]!,
        amount,
        perPupil: perUnit(amount, pupils),
        perUser: perUnit(amount, users),
      });
    }
    payerTotals.push({ payerId: payer.id, total: sum(amounts), npv: npv(amounts, years, baseYear, discountRate) });
  }

  const total = sum(totalByYear);
  const scenarioNpv = npv(totalByYear, years, baseYear, index.model.parameters.discountRate);
  // "Re-procure as today" (baseline.ts); "continue unchanged" is kept as a reference line.
  const baselineSplit = baselineParts(index);
  const baseline = baselineSplit.byYear;
  const baselineTotal = sum(baseline);
  const baselineNpv = npv(baseline, years, baseYear, index.model.parameters.discountRate);

  const entries = pending.map((p) => p.entry);
  const delayed = delayedEntries(index, alternative, DELAY_MONTHS);

  return {
    alternativeId: alternative.id,
    name: alternative.name,
    contractCount: alternative.contracts.length,
    years: [...years],
    indexFactors: [...index.factors],
    entries,
    allocations: allocations ? allocations.finish() : emptyAllocationTable(index.payerIds),
    ...(keepAllocations ? {} : { allocationsOmitted: true }),
    payerYears,
    payerTotals,
    totalByYear,
    total,
    npv: scenarioNpv,
    unallocatedByYear,
    reconciliation: years.map((year, y) => ({
      year,
      total: totalByYear[y]!,
      allocated: totalByYear[y]! - unallocatedByYear[y]!,
      unallocated: unallocatedByYear[y]!,
    })),
    baseline: {
      baselineByYear: baseline,
      baselineTotal,
      baselineNpv,
      unchangedByYear: baselineSplit.unchangedByYear,
      unchangedTotal: sum(baselineSplit.unchangedByYear),
      unchangedNpv: npv(baselineSplit.unchangedByYear, years, baseYear, index.model.parameters.discountRate),
      reprocurement: baselineSplit.terms,
      runOnByYear,
      differenceTotal: total - baselineTotal,
      // Discounted year by year and rounded once, not the difference of two rounded NPVs.
      differenceNpv: npvDifference(totalByYear, baseline, years, baseYear, index.model.parameters.discountRate),
    },
    transitions: transitionLines(index, alternative, entries, delayed),
    delay: delayCost(index, totalByYear, runOnByYear, delayed, DELAY_MONTHS),
    optionsOtherWay: null,
  };
}

/** Rows an allocation table can need: the payers each non-zero entry reaches. */
function rowBound(pending: readonly PendingEntry[]): number {
  let rows = 0;
  for (const { entry, weights } of pending) if (entry.amount !== 0) rows += weights.positions.length;
  return rows;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
