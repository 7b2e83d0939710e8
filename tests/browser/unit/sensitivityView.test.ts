import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../../src/engine/simulation';
import { stockholmSample } from '../../../src/sample/stockholm';
import { cheapestBounds, spreadRows, topBars } from '../../../src/taskpane/ui/sensitivityView';

/** The pairwise matrix and the true share of draws in which each alternative is strictly the cheapest. */
function fromDraws(draws: number[][]): { matrix: (number | null)[][]; cheapest: number[] } {
  const k = draws[0]!.length;
  const n = draws.length;
  const matrix = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) =>
      i === j
        ? null
        : draws.filter((d) => d[i]! < d[j]!).length / n + draws.filter((d) => d[i] === d[j]).length / n / 2,
    ),
  );
  const cheapest = Array.from(
    { length: k },
    (_, i) => draws.filter((d) => d.every((v, j) => j === i || d[i]! < v)).length / n,
  );
  return { matrix, cheapest };
}

describe('cheapestBounds', () => {
  it('is exact with two alternatives', () => {
    expect(
      cheapestBounds(
        [
          [null, 0.7],
          [0.3, null],
        ],
        0,
      ),
    ).toEqual({ low: 0.7, high: 0.7 });
    expect(
      cheapestBounds(
        [
          [null, 0.7],
          [0.3, null],
        ],
        1,
      ),
    ).toEqual({ low: 0.3, high: 0.3 });
  });
  it('gives the Fréchet bounds with three: at most the weakest pair, at least 1 − the sum of losses', () => {
    const matrix = [
      [null, 0.9, 0.8],
      [0.1, null, 0.4],
      [0.2, 0.6, null],
    ];
    expect(cheapestBounds(matrix, 0).high).toBeCloseTo(0.8);
    expect(cheapestBounds(matrix, 0).low).toBeCloseTo(0.7);
    expect(cheapestBounds(matrix, 1)).toEqual({ low: 0, high: 0.1 });
  });
  it('calls a lone alternative the cheapest', () => {
    expect(cheapestBounds([[null]], 0)).toEqual({ low: 1, high: 1 });
  });
  // Ties count half in the matrix; simulated totals are continuous, so draws here have none.
  it('always brackets the true probability of being the cheapest (draws without ties)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((k) =>
          fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: k, maxLength: k }), {
            minLength: 1,
            maxLength: 60,
          }),
        ),
        (draws) => {
          const { matrix, cheapest } = fromDraws(draws);
          cheapest.forEach((truth, i) => {
            const { low, high } = cheapestBounds(matrix, i);
            expect(0 <= low && low <= high && high <= 1).toBe(true);
            expect(low).toBeLessThanOrEqual(truth + 1e-12);
            expect(high).toBeGreaterThanOrEqual(truth - 1e-12);
          });
        },
      ),
    );
  });
});

describe('spreadRows', () => {
  const result = simulate(stockholmSample(), { iterations: 1_000, seed: 5 });
  it('has one row per alternative with its percentiles, mean and standard error of P50 as simulated', () => {
    const rows = spreadRows(result);
    expect(rows.map((r) => r.alternativeId)).toEqual(result.scenarios.map((s) => s.alternativeId));
    rows.forEach((row, i) => {
      const s = result.scenarios[i]!;
      expect(row).toMatchObject({
        p10: s.total.p10,
        p50: s.total.p50,
        p90: s.total.p90,
        mean: s.total.mean,
        likely: s.likely.total,
        p50StandardError: s.total.p50StandardError,
      });
      expect(row.p10).toBeLessThanOrEqual(row.p50);
      expect(row.p50).toBeLessThanOrEqual(row.p90);
    });
  });
  it('gives cheapest bounds whose upper bounds cover at least one alternative being cheapest', () => {
    const rows = spreadRows(result);
    expect(rows.reduce((sum, r) => sum + r.cheapest.high, 0)).toBeGreaterThanOrEqual(1 - 1e-9);
    expect(rows.reduce((sum, r) => sum + r.cheapest.low, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });
});

describe('topBars', () => {
  const result = simulate(stockholmSample(), { iterations: 1_000, seed: 5 });
  const id = result.scenarios[0]!.alternativeId;
  it('keeps the five largest swings, largest first', () => {
    const bars = topBars(result, id);
    expect(bars).toHaveLength(5);
    const all = [...result.scenarios[0]!.tornado].map((b) => b.swing).sort((a, b) => b - a);
    expect(bars.map((b) => b.swing)).toEqual(all.slice(0, 5));
  });
  it('is empty for an alternative not in the result', () => {
    expect(topBars(result, 'no such alternative')).toEqual([]);
  });
});
