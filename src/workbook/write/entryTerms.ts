/**
 * The formula of one cost entry, in the engine's order of operations
 * (src/engine/lineAmount.ts):
 *
 *   =ROUND(ROUND(price*100,0) * quantity * index factor * share of year / 100, 0)
 *
 * The price cell holds kronor with öre as decimals (95,10); ROUND(price*100,0)
 * turns it back into the engine's whole öre exactly (95.1*100 is
 * 9509.999999999998 in binary floating point). The product is then taken
 * left to right as the engine takes it, divided by 100 and rounded once to
 * whole kronor, half away from zero. Factors that are 1 for the entry
 * (a fixed amount's quantity, an unindexed line's factor, a one-off's share
 * of the year) are left out: multiplying by 1 changes nothing, exactly.
 *
 * Each term carries the value the formula gives, computed here from the
 * cells' values the way a spreadsheet computes it. The writer uses the
 * formula only where that value is the engine's amount, so a cached value
 * never disagrees with its formula; an entry it cannot trace stays a value.
 */
import type { Alternative, CostEntry, CostModel } from '../../engine/model';
import { address } from './a1';
import type { Ref } from './cells';
import { pairKey, type EntryHelpers } from './entryHelpers';
import type { HelperArea } from './helperArea';
import { roundHalfAwayFromZero } from './rounding';
import type { SnapshotRefs } from './scenarioSnapshot';
import { runOnKey } from './runOnHelpers';
import { oreOf } from '../../engine/money';

/** A formula (without '=') and the value it computes, in kronor. */
export interface Term {
  formula: string;
  value: number;
}

export interface TermContext {
  model: CostModel;
  alternative: Alternative;
  snapshot: SnapshotRefs;
  helpers: EntryHelpers;
  area: HelperArea;
  /** Index factor cells, one per horizon year (row-absolute). */
  factors: Ref[];
  /** Snapshot cell of the cost per FTE of contract management. */
  costPerFte: Ref;
}

/** A factor of the product: an address (main sheet or helper token) and its value. */
interface Factor {
  at: string;
  value: number;
}

const main = (ref: Ref): Factor => ({ at: address(ref.pos), value: ref.value as number });
const rowAbsolute = (ref: Ref): Factor => ({
  at: address(ref.pos).replace(/(\d+)$/, '$$$1'),
  value: ref.value as number,
});

/** ROUND(first × factors… / 100, 0), with its value computed left to right as a spreadsheet does. */
function product(first: Factor, factors: (Factor | null)[]): Term {
  const used = factors.filter((f): f is Factor => f !== null);
  let value = first.value;
  for (const f of used) value *= f.value;
  return {
    formula: `ROUND(${[first.at, ...used.map((f) => f.at)].join('*')}/100,0)`,
    value: roundHalfAwayFromZero(value / 100),
  };
}

/** A price cell in kronor as whole öre: ROUND(price*100,0). */
function ore(ref: Ref): Factor {
  return {
    at: `ROUND(${address(ref.pos, true)}*100,0)`,
    value: oreOf(ref.value as number),
  };
}

/**
 * The term of an entry, or null when the sheet has no cells to build it from
 * or the formula would not give the engine's amount.
 */
export function entryTerm(ctx: TermContext, entry: CostEntry, yearIndex: number): Term | null {
  const term = buildTerm(ctx, entry, yearIndex);
  return term !== null && term.value * 100 === entry.amount ? term : null;
}

function buildTerm(ctx: TermContext, entry: CostEntry, i: number): Term | null {
  const { helpers, snapshot, area } = ctx;
  const factorRef = ctx.factors[i];
  if (factorRef === undefined) return null;
  const factor = rowAbsolute(factorRef);
  const helper = (ref: Ref | undefined): Factor | null =>
    ref === undefined ? null : { at: area.address(ref), value: ref.value as number };
  const contract = ctx.alternative.contracts.find((c) => c.id === entry.contractId);
  const source = entry.source;
  switch (source.kind) {
    case 'costLine': {
      const line = ctx.model.costLines.find((l) => l.id === source.costLineId);
      const price = line === undefined ? undefined : snapshot.lines.get(line.id);
      if (line === undefined || contract === undefined || price === undefined) return null;
      const fraction = line.recurrence === 'yearly' ? helper(helpers.fraction.get(contract.id)?.[i]) : null;
      if (line.recurrence === 'yearly' && fraction === null) return null;
      const indexFactor = line.indexed ? factor : null;
      const key = pairKey(contract.id, line.id);
      switch (line.basis.kind) {
        case 'fixed':
          return product(ore(price), [indexFactor, fraction]);
        case 'perDriver': {
          const quantity = helper(helpers.quantity.get(key));
          return quantity === null ? null : product(ore(price), [quantity, indexFactor, fraction]);
        }
        case 'tiered': {
          const tier = helper(helpers.tierCost.get(key));
          return tier === null ? null : product(tier, [indexFactor, fraction]);
        }
      }
      return null;
    }
    case 'procurement': {
      const cells = contract === undefined ? undefined : snapshot.contracts.get(contract.id);
      return cells === undefined ? null : product(ore(cells.procurementCost), [factor]);
    }
    case 'contractManagement': {
      const cells = contract === undefined ? undefined : snapshot.contracts.get(contract.id);
      const fraction = contract === undefined ? null : helper(helpers.fraction.get(contract.id)?.[i]);
      if (cells === undefined || fraction === null) return null;
      return product(ore(ctx.costPerFte), [main(cells.managementFte), factor, fraction]);
    }
    case 'internalResource': {
      const cells = snapshot.internal.get(source.resourceId);
      return cells === undefined ? null : product(ore(cells.costPerFte), [main(cells.fte), factor]);
    }
    case 'runOn': {
      const cells = snapshot.agreements.get(source.agreementId);
      if (cells === undefined) return null;
      const indexFactor = cells.indexed ? factor : null;
      const under = helper(helpers.agreementFraction.get(source.agreementId)?.[i]);
      const annual = cells.annualCost.value as number;
      // The part still under the agreement is annualCost × months/12; the run-on part monthly × months.
      if (entry.item === 'currentAgreement') {
        const same =
          under !== null && entry.basis.yearFraction === under.value && entry.basis.unitAmount === oreOf(annual);
        return same ? product(ore(cells.annualCost), [indexFactor, under]) : null;
      }
      // Past expiry, per school form: monthly × months × index × the school form's part of the cost.
      const key = runOnKey(source.agreementId, source.schoolForm);
      const months = helper(helpers.runOn.months.get(key)?.[i]);
      const share = entry.basis.costShare === undefined ? null : helper(helpers.runOn.costShare.get(key));
      if (months === null || (entry.basis.costShare !== undefined && share === null)) return null;
      return product(ore(cells.monthlyRunOn), [months, indexFactor, share]);
    }
  }
}

/**
 * "Continue unchanged" (the reference line) of a year: Σ over the current agreements of
 * ROUND(annual cost × index), each agreement rounded on its own as the engine
 * does (src/engine/baseline.ts). Null when there is no agreement.
 */
export function unchangedTerm(ctx: Pick<TermContext, 'model' | 'snapshot' | 'factors'>, i: number): Term | null {
  const factorRef = ctx.factors[i];
  if (factorRef === undefined) return null;
  const terms: Term[] = [];
  for (const agreement of ctx.model.currentAgreements) {
    const cells = ctx.snapshot.agreements.get(agreement.id);
    if (cells === undefined) return null;
    terms.push(product(ore(cells.annualCost), [cells.indexed ? rowAbsolute(factorRef) : null]));
  }
  if (terms.length === 0) return null;
  return { formula: terms.map((t) => t.formula).join('+'), value: terms.reduce((sum, t) => sum + t.value, 0) };
}

/**
 * The baseline "re-procure as today" of a year: the unchanged annual costs,
 * plus per agreement its re-procured contract's procurement (in its year) and
 * contract management, each rounded on its own as the engine does
 * (src/engine/baseline.ts). Null when there is no agreement.
 */
export function baselineTerm(
  ctx: Pick<TermContext, 'model' | 'snapshot' | 'factors' | 'helpers' | 'area' | 'costPerFte'>,
  i: number,
): Term | null {
  const unchanged = unchangedTerm(ctx, i);
  const factorRef = ctx.factors[i];
  const baseline = ctx.helpers.baseline;
  if (unchanged === null || factorRef === undefined || baseline === undefined) return unchanged;
  const factor = rowAbsolute(factorRef);
  const helper = (ref: Ref): Factor => ({ at: ctx.area.address(ref, true), value: ref.value as number });
  const terms: Term[] = [unchanged];
  for (const agreement of ctx.model.currentAgreements) {
    if (baseline.procurementYear.get(agreement.id) === i) {
      const cost = baseline.procurementCost;
      terms.push(
        product(
          {
            at: `ROUND(${ctx.area.address(cost, true)}*100,0)`,
            value: oreOf(cost.value as number),
          },
          [factor],
        ),
      );
    }
    const fraction = baseline.fraction.get(agreement.id)?.[i];
    if (fraction !== undefined && (fraction.value as number) > 0) {
      const share = { at: ctx.area.address(fraction), value: fraction.value as number };
      terms.push(product(ore(ctx.costPerFte), [helper(baseline.managementFte), factor, share]));
    }
  }
  return { formula: terms.map((t) => t.formula).join('+'), value: terms.reduce((sum, t) => sum + t.value, 0) };
}
