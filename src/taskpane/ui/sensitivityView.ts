/**
 * What the Review step shows of a sensitivity analysis, computed from the
 * simulation's plain-data result: per alternative the spread of the total and
 * how likely it is to be the cheapest, and the top inputs of a tornado.
 * Pure, so the figures the analyst sees are unit-tested.
 */
import type { SimulationResult, TornadoBar } from '../../engine/simulation/types';

/**
 * Bounds on the probability that alternative i is the cheapest of all, from
 * the pairwise matrix alone (cheaperThan[i][j] = P(i cheaper than j)). With
 * two alternatives the two bounds meet and the figure is exact. With more,
 * pairs cannot give the joint event, only its Fréchet bounds:
 *   high = min over j of P(i < j)            (cheapest implies each pair),
 *   low  = max(0, 1 − Σ_j (1 − P(i < j)))    (Boole's inequality).
 * With a single alternative it is the cheapest by definition.
 */
export function cheapestBounds(
  matrix: readonly (readonly (number | null)[])[],
  i: number,
): { low: number; high: number } {
  const row = (matrix[i] ?? []).filter((p, j): p is number => j !== i && p !== null);
  if (row.length === 0) return { low: 1, high: 1 };
  const high = Math.min(...row);
  const low = Math.max(0, 1 - row.reduce((sum, p) => sum + (1 - p), 0));
  return { low: Math.min(low, high), high };
}

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
  cheapest: { low: number; high: number };
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
    cheapest: cheapestBounds(result.cheaperThan.total, i),
  }));
}

/** The tornado's largest `top` bars for one alternative (the result keeps them sorted by swing, largest first). */
export function topBars(result: SimulationResult, alternativeId: string, top = 5): TornadoBar[] {
  const scenario = result.scenarios.find((s) => s.alternativeId === alternativeId);
  return scenario ? [...scenario.tornado].sort((a, b) => b.swing - a.swing).slice(0, top) : [];
}
