import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine/run';
import { cdfPoints, countAtOrBelow, probabilityAtOrBelow } from '../../../src/engine/simulation/cdf';
import { simulate } from '../../../src/engine/simulation/simulate';
import { percentileSorted } from '../../../src/engine/simulation/stats';
import { roundToKronor } from '../../../src/engine/money';
import { stockholmSample } from '../../../src/sample/stockholm';
import { withDegenerateRanges } from './helpers';

/** Whole-kronor totals as the simulation makes them (öre, multiples of 100), ascending. */
const drawsArb = fc
  .array(fc.integer({ min: -1_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 300 })
  .map((kronor) => kronor.map((k) => k * 100).sort((a, b) => a - b));
const amountArb = fc.integer({ min: -2_000_000, max: 20_000_000 }).map((k) => k * 100);

describe('probabilityAtOrBelow', () => {
  it('happy path: the share of draws at or below the amount', () => {
    const draws = [100, 200, 200, 300, 500];
    expect(probabilityAtOrBelow(draws, 99)).toBe(0);
    expect(probabilityAtOrBelow(draws, 100)).toBe(0.2);
    expect(probabilityAtOrBelow(draws, 200)).toBe(0.6);
    expect(probabilityAtOrBelow(draws, 499)).toBe(0.8);
    expect(probabilityAtOrBelow(draws, 500)).toBe(1);
  });

  it('is NaN with no draws or no amount: nothing to judge, never a made-up 0 or 1', () => {
    expect(probabilityAtOrBelow([], 100)).toBeNaN();
    expect(probabilityAtOrBelow([1, 2], Number.NaN)).toBeNaN();
  });

  it('equals the share of iterations at or below, counted one by one', () => {
    fc.assert(
      fc.property(drawsArb, amountArb, (draws, amount) => {
        const counted = draws.filter((d) => d <= amount).length;
        expect(countAtOrBelow(draws, amount)).toBe(counted);
        expect(probabilityAtOrBelow(draws, amount)).toBe(counted / draws.length);
      }),
    );
  });

  it('never decreases as the amount grows', () => {
    fc.assert(
      fc.property(drawsArb, amountArb, amountArb, (draws, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(probabilityAtOrBelow(draws, low)).toBeLessThanOrEqual(probabilityAtOrBelow(draws, high));
      }),
    );
  });

  it('is 0 below the smallest draw and 1 at or above the largest', () => {
    fc.assert(
      fc.property(drawsArb, fc.integer({ min: 1, max: 1_000_000 }), (draws, gap) => {
        expect(probabilityAtOrBelow(draws, draws[0]! - gap)).toBe(0);
        expect(probabilityAtOrBelow(draws, draws.at(-1)!)).toBe(1);
        expect(probabilityAtOrBelow(draws, draws.at(-1)! + gap)).toBe(1);
      }),
    );
  });
});

describe('cdfPoints', () => {
  it('thins the steps to at most maxPoints, keeping the smallest and largest draw, each with its exact share', () => {
    fc.assert(
      fc.property(drawsArb, fc.integer({ min: 2, max: 50 }), (draws, max) => {
        const points = cdfPoints(draws, max);
        expect(points.length).toBeLessThanOrEqual(max);
        expect(points[0]!.amount).toBe(draws[0]);
        expect(points.at(-1)).toEqual({ amount: draws.at(-1), probability: 1 });
        for (let i = 1; i < points.length; i++) {
          expect(points[i]!.amount).toBeGreaterThan(points[i - 1]!.amount);
          expect(points[i]!.probability).toBeGreaterThan(points[i - 1]!.probability);
        }
        for (const p of points) expect(p.probability).toBe(probabilityAtOrBelow(draws, p.amount));
      }),
    );
  });

  it('is empty for no draws', () => {
    expect(cdfPoints([])).toEqual([]);
  });
});

describe('the simulation result carries the draws behind its percentiles', () => {
  const result = simulate(stockholmSample(), { iterations: 2_000, seed: 4711 });

  it('keeps every iteration total per alternative, ascending, in whole kronor', () => {
    for (const scenario of result.scenarios) {
      const draws = scenario.totalDraws;
      expect(draws).toHaveLength(2_000);
      for (let i = 1; i < draws.length; i++) expect(draws[i]!).toBeGreaterThanOrEqual(draws[i - 1]!);
      expect(draws.every((d) => d % 100 === 0)).toBe(true);
      expect(draws[0]).toBe(scenario.total.min);
      expect(draws.at(-1)).toBe(scenario.total.max);
    }
  });

  it("reads the Känslighet sheet's percentiles and S-curve back from the same draws", () => {
    for (const scenario of result.scenarios) {
      const draws = scenario.totalDraws;
      expect(roundToKronor(percentileSorted(draws, 0.1))).toBe(scenario.total.p10);
      expect(roundToKronor(percentileSorted(draws, 0.5))).toBe(scenario.total.p50);
      expect(roundToKronor(percentileSorted(draws, 0.9))).toBe(scenario.total.p90);
      result.curvePercentiles.forEach((p, i) =>
        expect(roundToKronor(percentileSorted(draws, p))).toBe(scenario.curve[i]),
      );
      // P(total ≤ P90) is at least 90 %, P(total ≤ P10) at most a draw over 10 %.
      expect(probabilityAtOrBelow(draws, scenario.total.p90)).toBeGreaterThanOrEqual(0.9);
      expect(probabilityAtOrBelow(draws, scenario.total.p10)).toBeLessThanOrEqual(0.1 + 1 / draws.length);
    }
  });

  it('puts the deterministic per-user figure beside the percentiles: the engine figure when nothing is uncertain', () => {
    const model = withDegenerateRanges(stockholmSample());
    const engine = runEngine(model).scenarios;
    const flat = simulate(model, { iterations: 50, seed: 1 });
    flat.scenarios.forEach((scenario, a) => {
      for (const payer of scenario.payers) {
        expect(payer.likely.total).toBe(payer.total.p50);
        expect(payer.likely.perUserPerYear).toBe(payer.perUserPerYear?.p50 ?? null);
      }
      expect(probabilityAtOrBelow(scenario.totalDraws, engine[a]!.total)).toBe(1);
      expect(probabilityAtOrBelow(scenario.totalDraws, engine[a]!.total - 100)).toBe(0);
    });
  });
});
