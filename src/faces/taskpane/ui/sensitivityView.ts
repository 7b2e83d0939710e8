/**
 * What the Review step shows of a sensitivity analysis, computed from the
 * simulation's plain-data result: per alternative the spread of the total or
 * of the present value and how likely it is to be the cheapest, per payer the
 * spread of the cost per user and year, and the top inputs of a tornado.
 * Pure, so the figures the analyst sees are unit-tested.
 */
import type { ReferenceClassId } from '../../../engine/simulation/referenceClasses';
import type { SimulationResult, Summary, TornadoBar } from '../../../engine/simulation/types';
import { REFERENCE_CLASS_IDS } from '../state/sensitivity';

/** The two simulated figures of an alternative: total cost over the horizon, and its present value. */
export type SpreadMeasure = 'total' | 'npv';

export interface SpreadRow {
  alternativeId: string;
  name: string;
  /** Öre (whole kronor). */
  likely: number;
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  p50StandardError: number;
  /** Share of iterations in which this alternative is the cheapest of all on this measure (counted on the draws). */
  cheapest: number;
}

export function spreadRows(result: SimulationResult, measure: SpreadMeasure = 'total'): SpreadRow[] {
  return result.scenarios.map((s, i) => {
    const summary: Summary = s[measure];
    return {
      alternativeId: s.alternativeId,
      name: s.name,
      likely: s.likely[measure],
      mean: summary.mean,
      p10: summary.p10,
      p50: summary.p50,
      p90: summary.p90,
      p50StandardError: summary.p50StandardError,
      cheapest: result.cheapest[measure][i] ?? 0,
    };
  });
}

/** The spread of one figure, öre: what a row of the pane's percentile tables shows. */
export interface Spread {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

export interface PayerSpreadRow {
  payerId: string;
  name: string;
  users: number;
  /** Cost per user and year, öre (whole öre); null when the payer has no users ("e.t.", never 0). */
  perUserPerYear: Spread | null;
  /** The deterministic cost per user and year (every input at likely), öre; null without users. */
  likelyPerUserPerYear: number | null;
}

/** Per payer of one alternative, the spread of its cost per user and year; empty for an alternative not in the result. */
export function payerSpreadRows(result: SimulationResult, alternativeId: string): PayerSpreadRow[] {
  const scenario = result.scenarios.find((s) => s.alternativeId === alternativeId);
  return (scenario?.payers ?? []).map((p) => ({
    payerId: p.payerId,
    name: p.name,
    users: p.users,
    perUserPerYear: p.perUserPerYear && {
      mean: p.perUserPerYear.mean,
      p10: p.perUserPerYear.p10,
      p50: p.perUserPerYear.p50,
      p90: p.perUserPerYear.p90,
    },
    likelyPerUserPerYear: p.likely.perUserPerYear,
  }));
}

/** The tornado's largest `top` bars for one alternative (the result keeps them sorted by swing, largest first). */
export function topBars(result: SimulationResult, alternativeId: string, top = 5): TornadoBar[] {
  const scenario = result.scenarios.find((s) => s.alternativeId === alternativeId);
  return scenario ? [...scenario.tornado].sort((a, b) => b.swing - a.swing).slice(0, top) : [];
}

/** The reference-class presets the run drew from, in the pane's order, with how many cost lines used each. */
export function referenceClassesUsed(result: SimulationResult): { id: ReferenceClassId; lines: number }[] {
  return REFERENCE_CLASS_IDS.map((id) => ({
    id,
    lines: result.inputs.filter((input) => input.referenceClass === id).length,
  })).filter((used) => used.lines > 0);
}
