/**
 * The empirical distribution of a simulated figure: "how likely is the total
 * to stay at or under this amount?" answered as the share of iterations whose
 * total was at or under it — the same draws the Känslighet sheet's
 * percentiles and S-curve come from (ScenarioSimulation.totalDraws), so the
 * pane's answer and the sheet never disagree.
 *
 * The empirical CDF F(x) = #{draws ≤ x} / n is a step function: 0 below the
 * smallest draw, 1 from the largest on, and rising by 1/n at each draw. It is
 * read by binary search on the ascending draws, log2(100 000) ≈ 17 steps, so
 * the pane can answer on every keystroke.
 */

/** Share of the ascending draws at or below `amount`; NaN when there are no draws (nothing to judge). */
export function probabilityAtOrBelow(sortedDraws: ArrayLike<number>, amount: number): number {
  const n = sortedDraws.length;
  if (n === 0 || Number.isNaN(amount)) return NaN;
  return countAtOrBelow(sortedDraws, amount) / n;
}

/** How many of the ascending draws are ≤ amount: the first index holding a larger draw (upper bound). */
export function countAtOrBelow(sortedDraws: ArrayLike<number>, amount: number): number {
  let lo = 0;
  let hi = sortedDraws.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedDraws[mid]! <= amount) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One corner of the empirical CDF's steps: the share of draws at or below `amount`. */
export interface CdfPoint {
  amount: number;
  probability: number;
}

/**
 * The empirical CDF thinned to at most `maxPoints` steps for drawing (an
 * S-curve of 10 000 draws needs no 10 000 vertices in a 320 px chart): the
 * draws at evenly spaced ranks, the smallest and largest always included,
 * each with its exact F(x). Empty for no draws.
 */
export function cdfPoints(sortedDraws: ArrayLike<number>, maxPoints = 200): CdfPoint[] {
  const n = sortedDraws.length;
  if (n === 0) return [];
  const count = Math.max(2, Math.min(n, Math.floor(maxPoints)));
  const points: CdfPoint[] = [];
  let previous = -1;
  for (let k = 0; k < count; k++) {
    const rank = n === 1 ? 0 : Math.round((k * (n - 1)) / (count - 1));
    if (rank === previous) continue;
    previous = rank;
    const amount = sortedDraws[rank]!;
    // Ties: a repeated amount is one step, at its last rank.
    if (points.length > 0 && points.at(-1)!.amount === amount) points.pop();
    points.push({ amount, probability: countAtOrBelow(sortedDraws, amount) / n });
  }
  return points;
}
