/**
 * The probability that each alternative is the cheapest of all, for the
 * terminal table and the JSON summary.
 *
 * Why a replay: SimulationResult keeps only the pairwise matrix
 * (cheaperThan[i][j]), and with three or more alternatives "cheapest of all"
 * cannot be derived from pairs. The simulation's per-iteration totals are
 * not kept in the result, so this replays the very same draws — the same
 * seed, sampler and draw order as startSimulation, on the same compiled
 * model — and evaluates only the totals (no payers, no NPV). The test that
 * two alternatives give exactly cheaperThan[0][1] guards against the replay
 * drifting from the simulation's draw order.
 */

import type { CompiledModel } from '../engine/simulation/compile';
import { drawAll, samplerFor } from '../engine/simulation/distributions';
import { evaluateYears, likelyValues, scratchFor } from '../engine/simulation/evaluate';
import { seedRandom } from '../engine/simulation/random';
import type { SimulationResult } from '../engine/simulation/types';

/**
 * Share of the result's iterations in which each alternative (in
 * compiled.alternatives order) has the lowest total; a tie shares the
 * iteration equally among the tied. The shares sum to 1 (0 each with no
 * iterations).
 */
export function cheapestShares(
  compiled: CompiledModel,
  result: Pick<SimulationResult, 'seed' | 'distribution' | 'iterations'>,
): number[] {
  const alternatives = compiled.alternatives;
  const wins = new Float64Array(alternatives.length);
  if (alternatives.length === 0 || result.iterations === 0) return Array.from(wins);
  const rng = seedRandom(result.seed);
  const sampler = samplerFor(result.distribution, compiled.inputs);
  const values = likelyValues(compiled);
  const scratch = scratchFor(compiled);
  const totals = new Float64Array(alternatives.length);
  for (let k = 0; k < result.iterations; k++) {
    drawAll(sampler, rng, values);
    let lowest = Infinity;
    for (let a = 0; a < alternatives.length; a++) {
      totals[a] = evaluateYears(alternatives[a]!, values, scratch);
      if (totals[a]! < lowest) lowest = totals[a]!;
    }
    let tied = 0;
    for (let a = 0; a < totals.length; a++) if (totals[a] === lowest) tied++;
    for (let a = 0; a < totals.length; a++) if (totals[a] === lowest) wins[a] += 1 / tied;
  }
  return Array.from(wins, (w) => w / result.iterations);
}
