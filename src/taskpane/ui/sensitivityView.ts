/**
 * What the Review step shows of a sensitivity analysis, computed from the
 * simulation's plain-data result: per alternative the spread of the total and
 * how likely it is to be the cheapest, and the top inputs of a tornado.
 * Pure, so the figures the analyst sees are unit-tested.
 */
import type { SimulationResult, TornadoBar } from '../../engine/simulation/types';

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
  /** Share of iterations in which this alternative is the cheapest of all (counted on the draws). */
  cheapest: number;
}

export function spreadRows(result: SimulationResult): SpreadRow[] {
  return result.scenarios.map((s, i) => ({
    alternativeId: s.alternativeId,
    name: s.name,
    likely: s.likely.total,
    mean: s.total.mean,
    p10: s.total.p10,
    p50: s.total.p50,
    p90: s.total.p90,
    p50StandardError: s.total.p50StandardError,
    cheapest: result.cheapest.total[i] ?? 0,
  }));
}

/** The tornado's largest `top` bars for one alternative (the result keeps them sorted by swing, largest first). */
export function topBars(result: SimulationResult, alternativeId: string, top = 5): TornadoBar[] {
  const scenario = result.scenarios.find((s) => s.alternativeId === alternativeId);
  return scenario ? [...scenario.tornado].sort((a, b) => b.swing - a.swing).slice(0, top) : [];
}
