/**
 * Successor contracts. A contract ends after its length plus option years; if
 * the horizon runs longer, its solutions would be free for the remaining years
 * (giving the sample's one-contract alternative 3 years instead of 8 made it
 * 12.7 % cheaper). So coverage is checked (validateAlternatives.ts), and a
 * contract marked "successor procured" is followed by successor contracts on
 * the same terms: the same solutions, school forms, prices (its cost lines),
 * procurement cost (again in the year before the successor's go-live) and
 * contract management, each going live the month after its predecessor ends,
 * until the horizon is covered.
 *
 * Successors are ordinary contracts of the alternative once expanded, so every
 * rule (costs, run-on, allocation, sheet formulas) treats them alike; they are
 * named "<name> (2)", "<name> (3)" … and carry `successorOf`.
 */

import { servicePeriod } from './contractCosts';
import type { Alternative, Contract, CostModel } from './model';

/** The model with every successor contract added after its predecessor; unchanged when none is asked for. */
export function withSuccessors(model: CostModel): CostModel {
  const horizonEnd = (model.parameters.baseYear + model.parameters.horizonYears) * 12;
  if (!model.alternatives.some((a) => a.contracts.some((c) => c.successor === true))) return model;
  const countOptions = model.parameters.countOptions !== false;
  return {
    ...model,
    alternatives: model.alternatives.map((a) => alternativeWithSuccessors(a, horizonEnd, countOptions)),
  };
}

function alternativeWithSuccessors(alternative: Alternative, horizonEnd: number, countOptions: boolean): Alternative {
  // Idempotent: an alternative already expanded gets nothing more.
  if (alternative.contracts.some((c) => c.successorOf !== undefined)) return alternative;
  // Appended after the alternative's own contracts, so those keep their places (and sheet rows).
  const successors = alternative.contracts.flatMap((c) =>
    c.successor === true ? successorsOf(c, horizonEnd, countOptions) : [],
  );
  return successors.length === 0
    ? alternative
    : { ...alternative, contracts: [...alternative.contracts, ...successors] };
}

/** The successors of one contract until the horizon's end (none when it has no months in service). */
export function successorsOf(contract: Contract, horizonEnd: number, countOptions = true): Contract[] {
  const out: Contract[] = [];
  const period = servicePeriod(contract, countOptions);
  if (period === null || period.end <= period.start) return out;
  const span = period.end - period.start;
  let start = period.end;
  for (let generation = 2; start < horizonEnd; generation++) {
    out.push({
      ...contract,
      id: `${contract.id} (${generation})`,
      name: `${contract.name} (${generation})`,
      goLive: isoMonth(start),
      successor: false,
      successorOf: contract.id,
    });
    start += span;
  }
  return out;
}

function isoMonth(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}
