/**
 * Look-up tables built once per model, so that computing a scenario never
 * searches a list inside a loop (the Monte Carlo will call the engine many
 * times on models with thousands of payers).
 *
 * Payers are held in payer-id order (code-unit compare). Every sum over payers
 * and every allocation walks them in that order, which is what makes results
 * independent of the order of rows in the workbook.
 */

import { compareIds } from './allocate';
import { horizonYears, indexFactors } from './calendar';
import type { Base } from './base';
import type { Contract, CostLine, CostModel, Driver, Payer, PercentKey } from './model';
import { withSuccessors } from './successors';

export interface ModelIndex {
  model: CostModel;
  years: number[];
  factors: number[];
  /** Payers sorted by id. A payer's "position" is its index here. */
  payers: Payer[];
  /** The payers' ids in the same order: an allocation table's payerIds, shared by every scenario. */
  payerIds: string[];
  positionOf: Map<string, number>;
  /** solutionId → usage share per payer position (0 = does not use). */
  shares: Map<string, Float64Array>;
  /** solutionId → its cost lines, in workbook order. */
  linesBySolution: Map<string, CostLine[]>;
  percentKeys: Map<string, PercentKey>;
  /** Positions of payers that use at least one solution (share > 0), ascending. */
  anyUse: Int32Array;
  /**
   * Memo of solutionBase (base.ts): a contract's base for a solution is needed
   * by each of the solution's lines and by validation; computed once.
   */
  solutionBases: WeakMap<Contract, Map<string, Base>>;
}

/**
 * Look-ups of the model with its successor contracts added (successors.ts):
 * index.model is that expanded model, which every rule then reads.
 */
export function buildModelIndex(input: CostModel): ModelIndex {
  const model = withSuccessors(input);
  const payers = [...model.payers].sort((a, b) => compareIds(a.id, b.id));
  const positionOf = new Map(payers.map((p, i) => [p.id, i]));
  const shares = new Map<string, Float64Array>();
  for (const solution of model.solutions) shares.set(solution.id, new Float64Array(payers.length));
  for (const usage of model.usage) {
    const position = positionOf.get(usage.payerId);
    const row = shares.get(usage.solutionId);
    // Unknown payers or solutions are validation errors; here they reach nobody.
    if (position !== undefined && row !== undefined && Number.isFinite(usage.share)) {
      row[position] = Math.max(row[position]!, usage.share);
    }
  }
  const linesBySolution = new Map<string, CostLine[]>();
  for (const line of model.costLines) {
    const list = linesBySolution.get(line.solutionId) ?? [];
    list.push(line);
    linesBySolution.set(line.solutionId, list);
  }
  const anyUse: number[] = [];
  payers.forEach((_, position) => {
    for (const row of shares.values()) {
      if (row[position]! > 0) {
        anyUse.push(position);
        return;
      }
    }
  });
  return {
    model,
    years: horizonYears(model.parameters),
    factors: indexFactors(model.parameters),
    payers,
    payerIds: payers.map((p) => p.id),
    positionOf,
    shares,
    linesBySolution,
    percentKeys: new Map(model.percentKeys.map((k) => [k.id, k])),
    anyUse: Int32Array.from(anyUse),
    solutionBases: new WeakMap(),
  };
}

/** A payer's count for a driver; non-finite or negative counts (validation errors) count as 0. */
export function countOf(payer: Payer, driver: Driver): number {
  const value = payer.counts[driver];
  return Number.isFinite(value) && value > 0 ? value : 0;
}
