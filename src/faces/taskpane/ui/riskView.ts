/**
 * The risk picture of the Review step, as plain data from the simulation's
 * result: per alternative its S-curve (the empirical CDF of the total, the
 * draws the Känslighet sheet's percentiles come from), and the answer to
 * "how likely is the total to stay under this amount?" from the engine's own
 * probabilityAtOrBelow, so the pane never computes a figure of its own.
 * Pure, so the figures are unit-tested.
 */
import type { DisplayUnit, Ore } from '../../../engine/model';
import { cdfPoints, probabilityAtOrBelow, type CdfPoint } from '../../../engine/simulation/cdf';
import type { SimulationResult } from '../../../engine/simulation/types';
import { parseMoney } from '../../../workbook/read/parseMoney';

export interface RiskCurve {
  alternativeId: string;
  name: string;
  /** Öre, ascending; the first point is the smallest draw at probability 0 (where the curve starts). */
  points: CdfPoint[];
  /** The deterministic total (every input at likely), öre, and the share of draws at or below it. */
  likely: number;
  likelyProbability: number;
  p10: number;
  p50: number;
  p90: number;
}

/** Vertices per curve: a 320 px chart shows no more. */
const CURVE_POINTS = 120;

export function riskCurves(result: SimulationResult): RiskCurve[] {
  return result.scenarios.map((s) => {
    const steps = cdfPoints(s.totalDraws, CURVE_POINTS);
    const start = steps[0];
    return {
      alternativeId: s.alternativeId,
      name: s.name,
      points: start ? [{ amount: start.amount, probability: 0 }, ...steps] : [],
      likely: s.likely.total,
      likelyProbability: probabilityAtOrBelow(s.totalDraws, s.likely.total),
      p10: s.total.p10,
      p50: s.total.p50,
      p90: s.total.p90,
    };
  });
}

export interface RiskAnswer {
  alternativeId: string;
  name: string;
  /** Share of iterations with the total at or below the amount; NaN when the run has no iterations. */
  probability: number;
}

/** Per alternative, the share of its simulated totals at or below `amount` (öre). */
export function probabilitiesAtOrBelow(result: SimulationResult, amount: Ore): RiskAnswer[] {
  return result.scenarios.map((s) => ({
    alternativeId: s.alternativeId,
    name: s.name,
    probability: probabilityAtOrBelow(s.totalDraws, amount),
  }));
}

/**
 * The amount the analyst typed, in öre, or null when it is not one. The
 * workbook's own rules (parseMoney): "600 000 000" and "600000000" are kronor,
 * a unit wins when typed ("600 mnkr", "600 Mkr", "250 000 tkr", "95 kr"),
 * decimal comma or point; an empty field is null (no question asked yet).
 */
export function parseAmountInput(text: string): Ore | null {
  if (text.trim() === '') return null;
  const parsed = parseMoney(text, 'kr');
  return parsed.ok ? parsed.value : null;
}

/** The default question: the smallest P50 over the alternatives, rounded to a round amount in the display unit. */
export function suggestedAmount(result: SimulationResult, unit: DisplayUnit): Ore | null {
  const medians = result.scenarios.map((s) => s.total.p50).filter((p) => p > 0);
  if (medians.length === 0) return null;
  const step = { kr: 100_000 * 100, tkr: 1_000 * 100_000, mnkr: 10 * 100_000_000 }[unit];
  return Math.round(Math.min(...medians) / step) * step;
}
