/**
 * Checks that need a whole alternative: every used solution covered for every
 * school form that uses it, none covered twice, contracts that make sense
 * within the horizon, and costs that reach someone to pay them.
 */

import {
  allocationDriver,
  anySolutionBase,
  driverQuantity,
  keyWeights,
  sharedCostBase,
  sharedCostWeights,
  solutionBase,
  usersWeights,
  type WeightSet,
} from './base';
import { monthOf, yearOfMonth } from './calendar';
import { servicePeriod, type ServicePeriod } from './contractCosts';
import { successorsOf } from './successors';
import { lineBaseCost } from './lineAmount';
import { messages, type Item } from './messages';
import { fieldCell, SCHOOL_FORMS, type Alternative, type Contract } from './model';
import type { ModelIndex } from './modelIndex';
import type { ProblemList } from './problems';
import { checkAmount, checkUniqueIds } from './validateItems';

const schoolForms = new Set<string>(SCHOOL_FORMS);

export function checkAlternative(index: ModelIndex, alternative: Alternative, problems: ProblemList): void {
  checkUniqueIds(problems, 'contract', alternative.contracts);
  for (const contract of alternative.contracts) checkContract(index, contract, problems);
  checkCoverage(index, alternative, problems);
  checkOptionYearsRelied(index, alternative, problems);
  for (const contract of alternative.contracts) checkReach(index, alternative, contract, problems);
}

function checkContract(index: ModelIndex, contract: Contract, problems: ProblemList): void {
  const item: Item = {
    kind: 'contract',
    id: contract.id,
    source: contract.source,
    cells: contract.cells,
  };
  const solutionIds = new Set(index.model.solutions.map((s) => s.id));
  for (const form of contract.schoolForms) {
    if (!schoolForms.has(form))
      problems.error('unknownSchoolForm', contract.source, messages.unknownSchoolForm(item, form));
  }
  for (const id of contract.solutionIds) {
    if (!solutionIds.has(id)) problems.error('unknownSolution', contract.source, messages.unknownSolution(item, id));
  }
  checkAmount(problems, item, 'procurementCost', contract.procurementCost);
  checkAmount(problems, item, 'managementFte', contract.managementFte);
  checkAmount(problems, item, 'lengthYears', contract.lengthYears);
  checkAmount(problems, item, 'optionYears', contract.optionYears);
  if (!Number.isInteger(contract.lengthYears) || !Number.isInteger(contract.optionYears)) {
    const field = Number.isInteger(contract.lengthYears) ? 'optionYears' : 'lengthYears';
    problems.error('invalidRange', fieldCell(contract, field), messages.notWholeYears(item));
  }
  const goLive = monthOf(contract.goLive);
  const lastYear = index.model.parameters.baseYear + index.years.length - 1;
  if (goLive === null)
    problems.error('notADate', fieldCell(contract, 'goLive'), messages.notADate(item, contract.goLive));
  // With no valid horizon (a parameter error already) every go-live would be "beyond" it.
  else if (index.years.length > 0 && yearOfMonth(goLive) > lastYear) {
    problems.error(
      'goLiveBeyondHorizon',
      fieldCell(contract, 'goLive'),
      messages.goLiveBeyondHorizon(item, contract.goLive, lastYear),
    );
  }
}

/** solution → school form → contracts covering it. */
function coverage(alternative: Alternative): Map<string, Map<string, Contract[]>> {
  const covered = new Map<string, Map<string, Contract[]>>();
  for (const contract of alternative.contracts) {
    for (const solutionId of new Set(contract.solutionIds)) {
      const forms = covered.get(solutionId) ?? new Map<string, Contract[]>();
      for (const form of new Set(contract.schoolForms)) forms.set(form, [...(forms.get(form) ?? []), contract]);
      covered.set(solutionId, forms);
    }
  }
  return covered;
}

/** Whether two of the contracts are in service in the same month (a contract after another is allowed). */
function overlapping(contracts: readonly Contract[], countOptions: boolean): boolean {
  const periods = contracts.map((c) => servicePeriod(c, countOptions));
  // A contract without a valid go-live (an error of its own) counts as overlapping, as before.
  if (periods.some((p) => p === null)) return contracts.length > 1;
  const sorted = (periods as ServicePeriod[]).slice().sort((a, b) => a.start - b.start);
  return sorted.some((p, i) => i > 0 && p.start < sorted[i - 1]!.end);
}

/**
 * Months from the first go-live to the horizon's end that no contract covers,
 * as the years they fall in, and the contract whose end opens the first gap.
 */
export function coverageGaps(
  contracts: readonly Contract[],
  horizonStart: number,
  horizonEnd: number,
  countOptions = true,
): { years: number[]; endedContract: Contract } | null {
  const spans = contracts
    .map((contract) => ({ contract, period: servicePeriod(contract, countOptions) }))
    .filter((x): x is { contract: Contract; period: ServicePeriod } => x.period !== null)
    .sort((a, b) => a.period.start - b.period.start);
  if (spans.length === 0) return null;
  const years = new Set<number>();
  let endedContract: Contract | null = null;
  let coveredUntil = spans[0]!.period.start;
  let last = spans[0]!.contract;
  for (const { contract, period } of spans) {
    if (period.start > coveredUntil) {
      const from = Math.max(coveredUntil, horizonStart);
      const to = Math.min(period.start, horizonEnd);
      for (let m = from; m < to; m++) years.add(yearOfMonth(m));
      if (from < to) endedContract ??= last;
    }
    if (period.end > coveredUntil) {
      coveredUntil = period.end;
      last = contract;
    }
  }
  for (let m = Math.max(coveredUntil, horizonStart); m < horizonEnd; m++) years.add(yearOfMonth(m));
  if (coveredUntil < horizonEnd) endedContract ??= last;
  return years.size === 0 || endedContract === null ? null : { years: [...years].sort((a, b) => a - b), endedContract };
}

function checkCoverage(index: ModelIndex, alternative: Alternative, problems: ProblemList): void {
  const item: Item = {
    kind: 'alternative',
    id: alternative.id,
    source: alternative.source,
  };
  const covered = coverage(alternative);
  for (const [solutionId, forms] of covered) {
    const twice = [...forms].filter(([, contracts]) =>
      overlapping(contracts, index.model.parameters.countOptions !== false),
    );
    if (twice.length === 0) continue;
    const contracts = [...new Set(twice.flatMap(([, c]) => c.map((x) => x.id)))];
    problems.error(
      'solutionCoveredTwice',
      alternative.source,
      messages.solutionCoveredTwice(
        item,
        solutionId,
        twice.map(([f]) => f),
        contracts,
      ),
    );
  }
  for (const [solutionId, row] of index.shares) {
    const uncovered = new Map<string, string[]>(); // school form → payers using the solution there
    row.forEach((share, position) => {
      if (!(share > 0)) return;
      const payer = index.payers[position]!;
      if (covered.get(solutionId)?.has(payer.schoolForm)) return;
      const list = uncovered.get(payer.schoolForm);
      if (list) list.push(payer.id);
      else uncovered.set(payer.schoolForm, [payer.id]);
    });
    for (const [form, payerIds] of uncovered) {
      problems.error(
        'uncoveredSolution',
        alternative.source,
        messages.uncoveredSolution(item, solutionId, form, payerIds),
      );
    }
    // Every used school form covered in every month from its first go-live to the horizon's end.
    const usedForms = new Set<string>();
    row.forEach((share, position) => {
      if (share > 0) usedForms.add(index.payers[position]!.schoolForm);
    });
    const horizonEnd = (index.model.parameters.baseYear + index.years.length) * 12;
    for (const form of SCHOOL_FORMS) {
      const contracts = covered.get(solutionId)?.get(form);
      if (!usedForms.has(form) || contracts === undefined || index.years.length === 0) continue;
      const countOptions = index.model.parameters.countOptions !== false;
      const gap = coverageGaps(contracts, index.model.parameters.baseYear * 12, horizonEnd, countOptions);
      if (gap === null) continue;
      const ended = gap.endedContract;
      problems.error(
        'coverageGap',
        fieldCell(ended, 'lengthYears'),
        messages.coverageGap(item, solutionId, form, gap.years, ended.successorOf ?? ended.id),
      );
    }
  }
}

/**
 * Option years beyond what the contract says (LOU 17 kap. 10 §: a contract may
 * be extended without a new procurement only by an option written, clearly and
 * precisely, into the original procurement documents; the Kontrakt row's
 * Option (år) is what the contract says). With option years counted
 * (Räkna optionsår: Ja), an alternative covers a used solution and school form
 * in some horizon years **only** through a contract's option years when,
 * counted without options (Längd alone, successors procured at the end of
 * Längd where Efterträdare upphandlas says Ja), no contract covers them. The
 * alternative then counts on options the city may or may not use: a warning
 * per contract whose option years it counts, naming the years. (With options
 * not counted, the same years are a coverage error, and nothing is warned.)
 */
function checkOptionYearsRelied(index: ModelIndex, alternative: Alternative, problems: ProblemList): void {
  if (index.model.parameters.countOptions === false || index.years.length === 0) return;
  const horizonStart = index.model.parameters.baseYear * 12;
  const horizonEnd = (index.model.parameters.baseYear + index.years.length) * 12;
  // The alternative as it would be without options: its own contracts, successors after Längd.
  const own = alternative.contracts.filter((c) => c.successorOf === undefined);
  const without = [...own, ...own.flatMap((c) => (c.successor === true ? successorsOf(c, horizonEnd, false) : []))];
  const withOptions = coverage(alternative);
  const withoutOptions = coverage({ ...alternative, contracts: without });
  const relied = new Map<Contract, { years: Set<number>; solutions: Set<string> }>();
  for (const [solutionId, row] of index.shares) {
    const usedForms = new Set<string>();
    row.forEach((share, position) => {
      if (share > 0) usedForms.add(index.payers[position]!.schoolForm);
    });
    for (const form of usedForms) {
      const counted = withOptions.get(solutionId)?.get(form);
      const bare = withoutOptions.get(solutionId)?.get(form);
      if (counted === undefined || bare === undefined) continue; // uncovered: an error of its own
      if (coverageGaps(counted, horizonStart, horizonEnd, true) !== null) continue; // a coverage error
      const gap = coverageGaps(bare, horizonStart, horizonEnd, false);
      if (gap === null) continue;
      const contract = own.find((c) => c.id === (gap.endedContract.successorOf ?? gap.endedContract.id));
      if (contract === undefined || !(contract.optionYears > 0)) continue;
      const entry = relied.get(contract) ?? { years: new Set<number>(), solutions: new Set<string>() };
      for (const y of gap.years) entry.years.add(y);
      entry.solutions.add(solutionId);
      relied.set(contract, entry);
    }
  }
  for (const [contract, { years, solutions }] of relied) {
    const item: Item = { kind: 'contract', id: contract.id, source: contract.source };
    problems.warning(
      'optionYearsRelied',
      fieldCell(contract, 'optionYears'),
      messages.optionYearsRelied(
        item,
        alternative.id,
        contract.optionYears,
        [...years].sort((a, b) => a - b),
        [...solutions].sort(),
      ),
    );
  }
}

/**
 * Costs that would land on nobody (shown as unallocated) and percent keys that
 * name payers outside the cost's base. Warnings: the figures stay correct.
 */
function checkReach(index: ModelIndex, alternative: Alternative, contract: Contract, problems: ProblemList): void {
  for (const solutionId of new Set(contract.solutionIds)) {
    const base = solutionBase(index, contract, solutionId);
    for (const line of index.linesBySolution.get(solutionId) ?? []) {
      const item: Item = { kind: 'costLine', id: line.id, source: line.source };
      // An unknown key is an error already; it would also look like "nobody to pay".
      if (line.allocation.kind === 'percent' && !index.percentKeys.has(line.allocation.keyId)) continue;
      const quantity = line.basis.kind === 'fixed' ? 1 : driverQuantity(index, base, line.basis.driver);
      const weights = keyWeights(index, base, line.allocation, allocationDriver(line));
      if (lineBaseCost(line, quantity) > 0 && !hasWeight(weights)) {
        problems.warning('unusedCostLine', line.source, messages.nothingToAllocate(item, contract.id, alternative.id));
      }
      if (line.allocation.kind === 'percent') {
        const key = index.percentKeys.get(line.allocation.keyId);
        const inBase = new Set(Array.from(base.positions, (p) => index.payers[p]!.id));
        const outside = Object.entries(key?.shares ?? {})
          .filter(([payerId, share]) => share > 0 && !inBase.has(payerId))
          .map(([payerId]) => payerId)
          .sort();
        if (outside.length > 0) {
          problems.warning(
            'percentKeyOutsideBase',
            line.source,
            messages.percentKeyOutsideBase(item, line.allocation.keyId, outside, contract.id),
          );
        }
      }
    }
  }
  const contractCosts = contract.procurementCost > 0 || contract.managementFte > 0;
  if (contractCosts && !hasWeight(sharedCostWeights(index, sharedCostBase(index, contract)))) {
    const item: Item = {
      kind: 'contract',
      id: contract.id,
      source: contract.source,
    };
    problems.warning(
      'unusedCostLine',
      contract.source,
      messages.sharedCostUnallocated(item, alternative.id, contract.id),
    );
  }
}

/** Old agreements and internal staff that cost something but reach no payer with users. */
export function checkModelReach(index: ModelIndex, problems: ProblemList): void {
  for (const agreement of index.model.currentAgreements) {
    const costs = agreement.annualCost > 0 || agreement.monthlyRunOnCost > 0;
    if (costs && !hasWeight(usersWeights(index, anySolutionBase(index, agreement.solutionIds)))) {
      const item: Item = {
        kind: 'agreement',
        id: agreement.id,
        source: agreement.source,
      };
      problems.warning('unusedCostLine', agreement.source, messages.nothingToAllocate(item, '–', '–'));
    }
  }
  const everyone = sharedCostWeights(index, sharedCostBase(index, undefined));
  for (const resource of index.model.internalResources) {
    if (resource.fte > 0 && resource.costPerFte > 0 && !hasWeight(everyone)) {
      const item: Item = {
        kind: 'resource',
        id: resource.id,
        source: resource.source,
      };
      problems.warning('unusedCostLine', resource.source, messages.sharedCostUnallocated(item, resource.alternativeId));
    }
  }
}

function hasWeight(weights: WeightSet): boolean {
  for (const w of weights.weights) if (w > 0) return true;
  return false;
}
