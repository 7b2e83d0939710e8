/**
 * Who a cost reaches (its "base") and with what weight each payer shares it.
 *
 * A base is a set of payer positions (ascending = payer-id order) with the
 * usage share each brings. Financing follows use: a payer enters a base only
 * with a share > 0, so a payer never pays for a solution it does not use.
 */

import type { ModelIndex } from './modelIndex';
import { countOf } from './modelIndex';
import type { AllocationKey, Alternative, Contract, CostLine, Driver } from './model';

export interface Base {
  positions: Int32Array;
  /** Usage share per position (same order). */
  shares: Float64Array;
}

/** Weights aligned with a base's positions, ready for allocateKronorInto. */
export interface WeightSet {
  positions: Int32Array;
  weights: Float64Array;
}

const EMPTY_BASE: Base = {
  positions: new Int32Array(0),
  shares: new Float64Array(0),
};

/** Payers the contract reaches (school form in contract.schoolForms) that use the solution. */
export function solutionBase(index: ModelIndex, contract: Contract, solutionId: string): Base {
  let perContract = index.solutionBases.get(contract);
  if (!perContract) {
    perContract = new Map();
    index.solutionBases.set(contract, perContract);
  }
  let base = perContract.get(solutionId);
  if (!base) {
    const row = index.shares.get(solutionId);
    base = row ? baseWhere(index, row, reachedBy(index, contract)) : EMPTY_BASE;
    perContract.set(solutionId, base);
  }
  return base;
}

/** Whether the payer at a position is in one of the contract's school forms. */
function reachedBy(index: ModelIndex, contract: Contract): (position: number) => boolean {
  const forms = new Set<string>(contract.schoolForms);
  return (position) => forms.has(index.payers[position]!.schoolForm);
}

/**
 * The base of a shared cost (procurement, contract management, internal staff):
 * the payers reached that use any of the solutions, each with its usage shares
 * **summed** over those solutions (each solution once, in the order given,
 * added left to right from the first: the order the sheets' formulas add in).
 * A payer using three of a contract's four solutions fully weighs 3 × users
 * under the default key, one using one of them 1 × users.
 */
export function summedSolutionBase(
  index: ModelIndex,
  solutionIds: readonly string[],
  reaches: (position: number) => boolean = () => true,
): Base {
  const sum = new Float64Array(index.payers.length);
  for (const id of new Set(solutionIds)) {
    const row = index.shares.get(id);
    if (!row) continue;
    for (let p = 0; p < row.length; p++) sum[p] = sum[p]! + row[p]!;
  }
  return baseWhere(index, sum, reaches);
}

/**
 * The solutions a shared cost is weighed by: the contract's (each once, in the
 * contract's order), or for internal staff (no contract) every solution the
 * alternative's contracts cover, in the model's order — the solutions, and
 * the order, of the scenario sheet's usage columns. Every used solution is
 * covered in a valid alternative, so that is the whole programme.
 */
export function sharedCostSolutions(
  index: ModelIndex,
  contract: Contract | undefined,
  alternative?: Alternative,
): string[] {
  if (contract !== undefined) return [...new Set(contract.solutionIds)];
  const all = index.model.solutions.map((s) => s.id);
  if (alternative === undefined) return all;
  const covered = new Set(alternative.contracts.flatMap((c) => c.solutionIds));
  return all.filter((id) => covered.has(id));
}

/**
 * The base of a contract's procurement and contract management (the payers the
 * contract reaches, shares summed over its solutions), or of internal staff
 * (contract undefined: every payer, shares summed over the alternative's
 * solutions, or every solution when no alternative is given).
 */
export function sharedCostBase(index: ModelIndex, contract: Contract | undefined, alternative?: Alternative): Base {
  const solutions = sharedCostSolutions(index, contract, alternative);
  return contract === undefined
    ? summedSolutionBase(index, solutions)
    : summedSolutionBase(index, solutions, reachedBy(index, contract));
}

/** The key of shared costs: Parameters.sharedCostKey, by default users × summed share. */
export function sharedCostKey(index: ModelIndex): AllocationKey {
  return index.model.parameters.sharedCostKey ?? { kind: 'driver' };
}

/**
 * The one rule for shared costs (procurement, contract management, internal
 * staff): the base's weights under the workbook's key (driver = users), or,
 * when nobody in the base has any weight, the whole amount to the payer the
 * workbook names for costs without users (Parameters.sharedCostPayer). With
 * no such payer the weights stay zero and the amount is unallocated (and the
 * validation warns who must decide).
 */
export function sharedCostWeights(index: ModelIndex, base: Base): WeightSet {
  const weights = keyWeights(index, base, sharedCostKey(index), 'users');
  for (let i = 0; i < weights.weights.length; i++) if (weights.weights[i]! > 0) return weights;
  const fallback = fallbackPayerPosition(index);
  if (fallback === undefined) return weights;
  return { positions: Int32Array.of(fallback), weights: Float64Array.of(1) };
}

/** The position of the payer named for costs without users, if it is a payer of the model. */
export function fallbackPayerPosition(index: ModelIndex): number | undefined {
  const id = index.model.parameters.sharedCostPayer;
  return id === undefined ? undefined : index.positionOf.get(id);
}

/** Payers (any school form) using any of the solutions, with their largest share. */
export function anySolutionBase(
  index: ModelIndex,
  solutionIds: readonly string[],
  reaches: (position: number) => boolean = () => true,
): Base {
  const best = new Float64Array(index.payers.length);
  for (const id of solutionIds) {
    const row = index.shares.get(id);
    if (!row) continue;
    for (let p = 0; p < row.length; p++) if (row[p]! > best[p]!) best[p] = row[p]!;
  }
  return baseWhere(index, best, reaches);
}

function baseWhere(index: ModelIndex, shareRow: Float64Array, reaches: (position: number) => boolean): Base {
  const positions: number[] = [];
  const shares: number[] = [];
  for (let p = 0; p < index.payers.length; p++) {
    const share = shareRow[p]!;
    if (share > 0 && reaches(p)) {
      positions.push(p);
      shares.push(share);
    }
  }
  return {
    positions: Int32Array.from(positions),
    shares: Float64Array.from(shares),
  };
}

/** Σ count(driver) × share over the base, summed in payer-id order. */
export function driverQuantity(index: ModelIndex, base: Base, driver: Driver): number {
  let quantity = 0;
  for (let i = 0; i < base.positions.length; i++) {
    quantity += countOf(index.payers[base.positions[i]!]!, driver) * base.shares[i]!;
  }
  return quantity;
}

/** The driver a line is allocated by under the 'driver' key: its pricing driver, or users for fixed lines. */
export function allocationDriver(line: CostLine): Driver {
  return line.basis.kind === 'fixed' ? 'users' : line.basis.driver;
}

/** users × share per payer: the key for an old agreement's cost and run-on. */
export function usersWeights(index: ModelIndex, base: Base): WeightSet {
  return keyWeights(index, base, { kind: 'driver' }, 'users');
}

/**
 * Weights of a base under an allocation key:
 * - driver: count(driver) × share;
 * - even: 1 per payer in the base;
 * - weighted: (payer.weight ?? 1) × users × share;
 * - percent: the key's percentage for the payer (payers of the key outside the
 *   base are dropped, and proportional allocation renormalises the rest).
 */
export function keyWeights(index: ModelIndex, base: Base, key: AllocationKey, driver: Driver): WeightSet {
  const n = base.positions.length;
  const weights = new Float64Array(n);
  const percent = key.kind === 'percent' ? index.percentKeys.get(key.keyId) : undefined;
  for (let i = 0; i < n; i++) {
    const payer = index.payers[base.positions[i]!]!;
    const share = base.shares[i]!;
    switch (key.kind) {
      case 'driver':
        weights[i] = countOf(payer, driver) * share;
        break;
      case 'even':
        weights[i] = 1;
        break;
      case 'weighted':
        weights[i] = Math.max(0, payer.weight ?? 1) * countOf(payer, 'users') * share;
        break;
      case 'percent': {
        const pct = percent?.shares[payer.id] ?? 0;
        weights[i] = Number.isFinite(pct) && pct > 0 ? pct : 0;
        break;
      }
    }
  }
  return { positions: base.positions, weights };
}
