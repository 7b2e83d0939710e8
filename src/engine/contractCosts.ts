/**
 * The costs one contract brings into a scenario: its solutions' cost lines
 * (once per contract: more contracts, more fixed costs), its procurement and
 * its contract management. Entries with a zero amount are not emitted.
 *
 * Service period: from the go-live month for (lengthYears + optionYears) × 12
 * months; options count as used (LOU: contract value includes options).
 */

import {
  allocationDriver,
  driverQuantity,
  keyWeights,
  sharedCostBase,
  sharedCostWeights,
  solutionBase,
  type WeightSet,
} from './base';
import { monthOf, monthsInYear, yearOfMonth } from './calendar';
import { entryAmount, lineBasis } from './lineAmount';
import type { Contract, CostLine, EntryBasis } from './model';
import type { ModelIndex } from './modelIndex';
import type { PendingEntry } from './pending';

export interface ServicePeriod {
  /** First month in service (month index) and the month after the last, half-open. */
  start: number;
  end: number;
}

/**
 * The contract's service period, or null when its go-live is not a date.
 * Option years count unless `countOptions` is false (Parameters.countOptions).
 */
export function servicePeriod(contract: Contract, countOptions = true): ServicePeriod | null {
  const start = monthOf(contract.goLive);
  if (start === null) return null;
  const years = Math.max(0, contract.lengthYears) + (countOptions ? Math.max(0, contract.optionYears) : 0);
  return { start, end: start + Math.round(years * 12) };
}

export function contractEntries(index: ModelIndex, contract: Contract): PendingEntry[] {
  const period = servicePeriod(contract, index.model.parameters.countOptions !== false);
  if (!period) return [];
  const out: PendingEntry[] = [];
  out.push(...procurementEntries(index, contract, period));
  for (const solutionId of new Set(contract.solutionIds)) {
    for (const line of index.linesBySolution.get(solutionId) ?? []) {
      out.push(...lineEntries(index, contract, period, line));
    }
  }
  out.push(...managementEntries(index, contract, period));
  return out;
}

/**
 * One cost line within one contract. Yearly: one entry per horizon year in
 * service and within [firstYear, lastYear], prorated by months in service.
 * One-off: one entry in firstYear (else the go-live year), if in the horizon.
 */
export function lineEntries(
  index: ModelIndex,
  contract: Contract,
  period: ServicePeriod,
  line: CostLine,
): PendingEntry[] {
  const base = solutionBase(index, contract, line.solutionId);
  const quantity = line.basis.kind === 'fixed' ? 1 : driverQuantity(index, base, line.basis.driver);
  const weights = keyWeights(index, base, line.allocation, allocationDriver(line));
  const out: PendingEntry[] = [];
  if (line.recurrence === 'oneOff') {
    const year = line.firstYear ?? yearOfMonth(period.start);
    const i = index.years.indexOf(year);
    if (i >= 0) pushLineEntry(out, contract, line, year, lineBasis(line, quantity, index.factors[i]!, 1), weights);
    return out;
  }
  // Plain loops, no closures: this runs for every line × contract × year of every scenario.
  for (let i = 0; i < index.years.length; i++) {
    const year = index.years[i]!;
    if (line.firstYear !== undefined && year < line.firstYear) continue;
    if (line.lastYear !== undefined && year > line.lastYear) continue;
    const months = monthsInYear(period.start, period.end, year);
    if (months > 0)
      pushLineEntry(out, contract, line, year, lineBasis(line, quantity, index.factors[i]!, months / 12), weights);
  }
  return out;
}

function pushLineEntry(
  out: PendingEntry[],
  contract: Contract,
  line: CostLine,
  year: number,
  basis: EntryBasis,
  weights: WeightSet,
): void {
  const amount = entryAmount(basis);
  if (amount === 0) return;
  out.push({
    entry: {
      year,
      contractId: contract.id,
      solutionId: line.solutionId,
      item: line.item,
      source: { kind: 'costLine', costLineId: line.id },
      amount,
      basis,
    },
    weights,
  });
}

/**
 * Procurement: one-off, indexed, in the year before go-live but not before the
 * base year. A contract that went live before the base year was procured
 * before the horizon: nothing is charged.
 */
function procurementEntries(index: ModelIndex, contract: Contract, period: ServicePeriod): PendingEntry[] {
  const goLiveYear = yearOfMonth(period.start);
  const baseYear = index.model.parameters.baseYear;
  if (goLiveYear < baseYear || contract.procurementCost === 0) return [];
  const year = Math.max(goLiveYear - 1, baseYear);
  const i = index.years.indexOf(year);
  if (i < 0) return [];
  const basis: EntryBasis = {
    unitAmount: contract.procurementCost,
    quantity: 1,
    indexFactor: index.factors[i]!,
    yearFraction: 1,
  };
  const amount = entryAmount(basis);
  if (amount === 0) return [];
  return [
    {
      entry: {
        year,
        contractId: contract.id,
        item: 'procurement',
        source: { kind: 'procurement' },
        amount,
        basis,
      },
      weights: sharedCostWeights(index, sharedCostBase(index, contract)),
    },
  ];
}

/** Contract management: managementFte × costPerFte × index × months/12 for each year in service. */
function managementEntries(index: ModelIndex, contract: Contract, period: ServicePeriod): PendingEntry[] {
  if (contract.managementFte === 0) return [];
  const costPerFte = index.model.parameters.costPerFte;
  let weights: PendingEntry['weights'] | undefined;
  const out: PendingEntry[] = [];
  index.years.forEach((year, i) => {
    const months = monthsInYear(period.start, period.end, year);
    if (months === 0) return;
    const basis: EntryBasis = {
      unitAmount: costPerFte,
      quantity: contract.managementFte,
      indexFactor: index.factors[i]!,
      yearFraction: months / 12,
    };
    const amount = entryAmount(basis);
    if (amount === 0) return;
    weights ??= sharedCostWeights(index, sharedCostBase(index, contract));
    out.push({
      entry: {
        year,
        contractId: contract.id,
        item: 'contractManagement',
        source: { kind: 'contractManagement' },
        amount,
        basis,
      },
      weights,
    });
  });
  return out;
}
