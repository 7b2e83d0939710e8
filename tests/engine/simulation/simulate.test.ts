import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine/run';
import { simulate, startSimulation } from '../../../src/engine/simulation/simulate';
import type { SimulationResult, Summary } from '../../../src/engine/simulation/types';
import { stockholmSample } from '../../../src/sample/stockholm';
import { rangedModelArb, withDegenerateRanges } from './helpers';

const SEED = 20240801;

const ordered = (s: Summary): boolean => s.min <= s.p10 && s.p10 <= s.p50 && s.p50 <= s.p90 && s.p90 <= s.max;

function expectConsistent(result: SimulationResult): void {
  for (const scenario of result.scenarios) {
    expect(ordered(scenario.total)).toBe(true);
    expect(ordered(scenario.npv)).toBe(true);
    for (const payer of scenario.payers) {
      expect(ordered(payer.total)).toBe(true);
      if (payer.perUserPerYear) expect(ordered(payer.perUserPerYear)).toBe(true);
    }
  }
  const m = result.cheaperThan.total;
  m.forEach((row, i) =>
    row.forEach((p, j) => {
      if (i === j) expect(p).toBeNull();
      else expect(p! + m[j]![i]!).toBeCloseTo(1, 12);
    }),
  );
}

describe('simulate', () => {
  it('with degenerate ranges gives exactly the deterministic result in every percentile', () => {
    const model = withDegenerateRanges(stockholmSample());
    const engine = runEngine(model).scenarios;
    const result = simulate(model, { iterations: 200, seed: SEED });
    result.scenarios.forEach((scenario, a) => {
      for (const figure of ['mean', 'p10', 'p50', 'p90', 'min', 'max'] as const) {
        expect(scenario.total[figure]).toBe(engine[a]!.total);
        expect(scenario.npv[figure]).toBe(engine[a]!.npv);
      }
      expect(scenario.meanByYear).toEqual(engine[a]!.totalByYear);
      expect(scenario.total.p50StandardError).toBe(0);
    });
  });

  it('stores the seed, distribution and iterations with the result', () => {
    const result = simulate(stockholmSample(), { iterations: 300, seed: 7, distribution: 'triangular' });
    expect(result).toMatchObject({
      seed: 7,
      distribution: 'triangular',
      requested: 300,
      iterations: 300,
      cancelled: false,
    });
  });

  it('gives identical output for identical seeds', () => {
    const a = simulate(stockholmSample(), { iterations: 2_000, seed: SEED });
    const b = simulate(stockholmSample(), { iterations: 2_000, seed: SEED });
    expect(a).toEqual(b);
  });

  it('gives different output for different seeds', () => {
    const a = simulate(stockholmSample(), { iterations: 2_000, seed: 1 });
    const b = simulate(stockholmSample(), { iterations: 2_000, seed: 2 });
    expect(a.scenarios[0]!.total.p50).not.toBe(b.scenarios[0]!.total.p50);
    expect(a.scenarios[0]!.total.mean).not.toBe(b.scenarios[0]!.total.mean);
  });

  it('does not depend on how the run is sliced into batches', () => {
    const whole = simulate(stockholmSample(), { iterations: 1_500, seed: SEED, batchSize: 1_500 });
    const sliced = simulate(stockholmSample(), { iterations: 1_500, seed: SEED, batchSize: 7 });
    expect(sliced).toEqual(whole);
  });

  it('keeps P10 ≤ P50 ≤ P90 and a consistent cheaper-than matrix on random models', () => {
    fc.assert(
      fc.property(
        rangedModelArb,
        fc.integer(),
        fc.constantFrom('pert', 'triangular' as const),
        (model, seed, distribution) => {
          const result = simulate(model, { iterations: 60, seed, distribution });
          expect(result.scenarios).toHaveLength(model.alternatives.length);
          expectConsistent(result);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('puts the sample mean of the total within 4 standard errors of the total at the PERT means', () => {
    // Every entry is linear in its line's value (up to 1 kr rounding), so the
    // expected total is the total with every line at its PERT mean.
    const model = stockholmSample();
    const meanModel = {
      ...model,
      costLines: model.costLines.map((l) =>
        l.range && l.basis.kind !== 'tiered' ? { ...l, amount: (l.range.min + 4 * l.amount + l.range.max) / 6 } : l,
      ),
    };
    const expected = runEngine(meanModel).scenarios;
    const n = 4_000;
    const result = simulate(model, { iterations: n, seed: SEED });
    result.scenarios.forEach((scenario, a) => {
      // The 10–90 spread of a near-normal total is about 2.56 standard deviations.
      const sd = (scenario.total.p90 - scenario.total.p10) / 2.56;
      const entries = runEngine(model).scenarios[a]!.entries.length;
      expect(Math.abs(scenario.total.mean - expected[a]!.total)).toBeLessThan(4 * (sd / Math.sqrt(n)) + 100 * entries);
    });
  });

  it('says which alternative is cheaper on common random numbers: one contract beats one per school form', () => {
    const result = simulate(stockholmSample(), { iterations: 1_000, seed: SEED });
    const ids = result.scenarios.map((s) => s.alternativeId);
    const one = ids.indexOf('1. Ett kontrakt');
    const perForm = ids.indexOf('2. Ett kontrakt per skolform');
    expect(result.cheaperThan.total[one]![perForm]).toBeGreaterThan(0.95);
    expectConsistent(result);
  });

  it('stops early on cancel and returns a partial, consistent result', () => {
    let asked = 0;
    const progress: number[] = [];
    const result = simulate(stockholmSample(), {
      iterations: 10_000,
      seed: SEED,
      batchSize: 500,
      onProgress: (p) => progress.push(p.iterations),
      shouldCancel: () => ++asked >= 3,
    });
    expect(result.cancelled).toBe(true);
    expect(result.iterations).toBe(1_500);
    expect(progress).toEqual([500, 1_000, 1_500]);
    expectConsistent(result);
    // The partial result is the first 1,500 iterations of the same stream.
    expect(result.scenarios).toEqual(simulate(stockholmSample(), { iterations: 1_500, seed: SEED }).scenarios);
  });

  it('in auto mode stops once P50 is within ±0.5 % at 95 %, and says how many iterations it used', () => {
    const result = simulate(stockholmSample(), { iterations: 'auto', seed: SEED });
    expect(result.requested).toBe('auto');
    expect(result.convergence.reached).toBe(true);
    expect(result.convergence.precision!).toBeLessThanOrEqual(0.005);
    expect(result.iterations).toBeGreaterThanOrEqual(1_000);
    for (const s of result.scenarios) expect(s.total.p50HalfWidth / s.total.p50).toBeLessThanOrEqual(0.005);
  });

  it('in auto mode stops at the cap when the target is out of reach, and says so', () => {
    const result = simulate(stockholmSample(), {
      iterations: 'auto',
      seed: SEED,
      targetPrecision: 0.00001,
      maxIterations: 3_000,
    });
    expect(result.iterations).toBe(3_000);
    expect(result.convergence.reached).toBe(false);
  });

  it('returns plain data that survives JSON unchanged', () => {
    const result = simulate(stockholmSample(), { iterations: 200, seed: SEED });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('returns the problems and no scenarios for a model with errors', () => {
    const sample = stockholmSample();
    // A new object: the sample's contracts share their solution lists, so mutating one would leak into other tests.
    const [first, ...rest] = sample.alternatives;
    const broken = { ...first!, contracts: [{ ...first!.contracts[0]!, solutionIds: ['Okänd lösning'] }] };
    const model = { ...sample, alternatives: [broken, ...rest] };
    const result = simulate(model, { iterations: 100, seed: SEED });
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(result.scenarios).toEqual([]);
    expect(result.iterations).toBe(0);
  });
});

describe('startSimulation', () => {
  it('runs in steps with progress, never past the target', () => {
    const run = startSimulation(stockholmSample(), { iterations: 2_500, seed: SEED });
    expect(run.step(1_000)).toEqual({ iterations: 1_000, target: 2_500, precision: null });
    run.step(1_000);
    expect(run.finished).toBe(false);
    expect(run.step(1_000).iterations).toBe(2_500);
    expect(run.finished).toBe(true);
    expect(run.step(1_000).iterations).toBe(2_500);
    expect(run.result().iterations).toBe(2_500);
  });
});
