import { beforeAll, describe, expect, it } from 'vitest';
import { runSimulation, type SimulationOutcome } from '../../src/faces/cli/simulation';
import { simulationSummary, SUMMARY_TORNADO_TOP } from '../../src/faces/cli/simulationSummary';
import { runEngine } from '../../src/engine';
import { simulate } from '../../src/engine/simulation';
import { stockholmSample } from '../../src/sample/stockholm';
import { withDegenerateRanges } from '../engine/simulation/helpers';

const model = stockholmSample();
let outcome: SimulationOutcome;

beforeAll(() => {
  outcome = runSimulation(model, { iterations: 1_000, seed: 11, distribution: 'pert' });
});

describe('simulationSummary', () => {
  it('states how to reproduce the run: seed, distribution, iterations asked for and run', () => {
    expect(simulationSummary(outcome)).toMatchObject({
      seed: 11,
      distribution: 'pert',
      requestedIterations: 1_000,
      iterations: 1_000,
    });
  });

  it('gives the likely figures in kronor, equal to the deterministic scenarios', () => {
    const engine = runEngine(model).scenarios;
    const summary = simulationSummary(outcome);
    expect(summary.scenarios.map((s) => s.likely)).toEqual(
      engine.map((s) => ({ total: s.total / 100, npv: s.npv / 100 })),
    );
  });

  it('keeps P10 ≤ P50 ≤ P90 for totals, NPV and cost per user: totals in whole kronor, per user with two decimals', () => {
    for (const s of simulationSummary(outcome).scenarios) {
      for (const d of [s.total, s.npv, ...s.payers.flatMap((p) => (p.perUserPerYear ? [p.perUserPerYear] : []))]) {
        expect(d.min).toBeLessThanOrEqual(d.p10);
        expect(d.p10).toBeLessThanOrEqual(d.p50);
        expect(d.p50).toBeLessThanOrEqual(d.p90);
        expect(d.p90).toBeLessThanOrEqual(d.max);
      }
      expect(Number.isInteger(s.total.p50)).toBe(true);
      const perUser = s.payers[0]!.perUserPerYear!.p50;
      expect(Math.round(perUser * 100) / 100).toBe(perUser);
    }
  });

  it('gives each alternative its probability of being the cheapest, summing to 1', () => {
    const summary = simulationSummary(outcome);
    const shares = summary.scenarios.map((s) => s.probabilityCheapest);
    expect(shares).toEqual(outcome.cheapest.map((p) => Math.round(p * 1e6) / 1e6));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('keeps the cheaper-than matrices with null on the diagonal, and at most the top tornado bars', () => {
    const summary = simulationSummary(outcome);
    const n = summary.scenarios.length;
    expect(summary.cheaperThan.total).toHaveLength(n);
    summary.cheaperThan.total.forEach((row, i) => expect(row[i]).toBeNull());
    for (const s of summary.scenarios) {
      expect(s.tornado.length).toBeGreaterThan(0);
      expect(s.tornado.length).toBeLessThanOrEqual(SUMMARY_TORNADO_TOP);
      const swings = s.tornado.map((b) => b.swing);
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
    }
  });

  it('counts only lines whose price varies: 0 when every range is degenerate, and then every percentile is the likely total', () => {
    expect(simulationSummary(outcome).uncertainLines).toBeGreaterThan(0);
    const fixed = simulationSummary(
      runSimulation(withDegenerateRanges(model), { iterations: 200, seed: 1, distribution: 'pert' }),
    );
    expect(fixed.uncertainLines).toBe(0);
    for (const s of fixed.scenarios)
      expect([s.total.p10, s.total.p50, s.total.p90]).toEqual([s.likely.total, s.likely.total, s.likely.total]);
  });

  it('survives JSON unchanged (plain numbers, strings and nulls)', () => {
    const summary = simulationSummary(outcome);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe('runSimulation with a reference-class preset', () => {
  it('draws every cost line with an amount from the preset, the same run as the engine given it for all lines', () => {
    const request = {
      iterations: 300,
      seed: 11,
      distribution: 'pert',
      referenceClass: 'swedish-state-projects',
    } as const;
    const { result } = runSimulation(model, request);
    const withAmount = model.costLines.filter((line) => line.basis.kind !== 'tiered');
    expect(result.inputs.map((i) => i.referenceClass)).toEqual(withAmount.map(() => 'swedish-state-projects'));
    expect(result).toEqual(
      simulate(model, { iterations: 300, seed: 11, referenceClasses: { all: 'swedish-state-projects' } }),
    );
  });
});
