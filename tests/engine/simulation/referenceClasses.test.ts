import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/simulation/evaluate';
import { compileModel } from '../../../src/engine/simulation/compile';
import {
  REFERENCE_CLASSES,
  drawOverrun,
  meanOverrun,
  overrunBounds,
  overrunSampler,
  referenceClassOf,
  type ReferenceClassId,
} from '../../../src/engine/simulation/referenceClasses';
import { seedRandom } from '../../../src/engine/simulation/random';
import { simulate } from '../../../src/engine/simulation/simulate';
import { stockholmSample } from '../../../src/sample/stockholm';

const N = 200_000;

/** N overruns of one preset on a fixed seed, ascending. */
function overruns(id: ReferenceClassId, seed = 20111): Float64Array {
  const sampler = overrunSampler(id);
  const state = seedRandom(seed);
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) out[i] = drawOverrun(sampler, state);
  return out.sort();
}

const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0) / xs.length;
const share = (xs: Float64Array, test: (x: number) => boolean) => Array.from(xs).filter(test).length / xs.length;

/**
 * Sampling tolerance: the standard error of a mean of N draws is sd / √N; of a
 * share p, √(p(1 − p) / N). Four standard errors is far inside every figure
 * cited and fails a wrong mapping (a mean off by one percentage point).
 */
const tolerance = (sd: number) => (4 * sd) / Math.sqrt(N);

describe('IT projects (Flyvbjerg & Budzier 2011): mean +27 %, one in six a black swan of +200 % on average', () => {
  const xs = overruns('it-projects-black-swans');
  const sd = Math.sqrt(mean(xs.map((x) => x * x)) - mean(xs) ** 2);

  it('has a mean overrun of +27 %', () => {
    expect(meanOverrun('it-projects-black-swans')).toBeCloseTo(0.27, 12);
    expect(Math.abs(mean(xs) - 0.27)).toBeLessThan(tolerance(sd));
  });

  it('makes one project in six a black swan (overrun of +100 % or more), and those overrun by +200 % on average', () => {
    const swans = xs.filter((x) => x >= 1);
    expect(Math.abs(swans.length / N - 1 / 6)).toBeLessThan(4 * Math.sqrt(((1 / 6) * (5 / 6)) / N));
    expect(Math.abs(mean(swans) - 2)).toBeLessThan(0.01);
    // The rest: within ±30 % of the estimate.
    expect(xs[0]!).toBeGreaterThanOrEqual(-0.3);
    expect(share(xs, (x) => x > 0.3 && x < 1)).toBe(0);
  });

  it('puts half the black swans at +200 % or more: one in twelve projects', () => {
    expect(Math.abs(share(xs, (x) => x >= 2) - 1 / 12)).toBeLessThan(4 * Math.sqrt(((1 / 12) * (11 / 12)) / N));
  });
});

describe('IT development (optimism bias, Mott MacDonald 2002): +10…+200 %', () => {
  const xs = overruns('it-development-optimism-bias');
  it('stays within the lower bound +10 % and the upper bound +200 %, centred in the band', () => {
    expect(overrunBounds('it-development-optimism-bias')).toEqual({ min: 0.1, max: 2 });
    expect(xs[0]!).toBeGreaterThanOrEqual(0.1);
    expect(xs[N - 1]!).toBeLessThanOrEqual(2);
    expect(Math.abs(mean(xs) - 1.05)).toBeLessThan(0.005);
    expect(Math.abs(xs[N / 2]! - 1.05)).toBeLessThan(0.01);
  });
});

describe('Swedish government projects (Riksrevisionen 2011:5): mean +30 %, large projects +55 %', () => {
  it('reproduces both cited means', () => {
    expect(Math.abs(mean(overruns('swedish-state-projects')) - 0.3)).toBeLessThan(0.003);
    expect(Math.abs(mean(overruns('swedish-state-projects-large')) - 0.55)).toBeLessThan(0.005);
    expect(meanOverrun('swedish-state-projects')).toBeCloseTo(0.3, 12);
    expect(meanOverrun('swedish-state-projects-large')).toBeCloseTo(0.55, 12);
  });
  it('never draws a cost below the estimate: the source reports increases', () => {
    expect(overruns('swedish-state-projects')[0]!).toBeGreaterThanOrEqual(0);
  });
});

describe('every preset', () => {
  it('has a name and a citation in both languages, and weights summing to 1', () => {
    for (const c of REFERENCE_CLASSES) {
      for (const text of [c.name.sv, c.name.en, c.citation.sv, c.citation.en]) expect(text.length).toBeGreaterThan(10);
      expect(c.components.reduce((sum, k) => sum + k.weight, 0)).toBeCloseTo(1, 12);
      for (const k of c.components) expect(k.min <= k.likely && k.likely <= k.max).toBe(true);
    }
  });
});

describe('referenceClassOf', () => {
  it('takes the line’s own choice over the one for all lines, and none keeps the line’s own range', () => {
    const choice = { all: 'swedish-state-projects', byLine: { a: 'it-projects-black-swans', b: 'none' } } as const;
    expect(referenceClassOf(choice, 'a')).toBe('it-projects-black-swans');
    expect(referenceClassOf(choice, 'b')).toBeUndefined();
    expect(referenceClassOf(choice, 'c')).toBe('swedish-state-projects');
    expect(referenceClassOf(undefined, 'c')).toBeUndefined();
  });
});

describe('a simulation with a preset for all lines', () => {
  const model = stockholmSample();
  const choice = { all: 'it-projects-black-swans' } as const;

  it('draws every line with an amount from the preset, its bounds times the likely amount', () => {
    const compiled = compileModel(model, choice);
    const drawn = model.costLines.filter((line) => line.basis.kind !== 'tiered');
    expect(compiled.inputs.map((i) => i.lineId)).toEqual(drawn.map((line) => line.id));
    for (const input of compiled.inputs) {
      expect(input.referenceClass).toBe('it-projects-black-swans');
      expect(input.min).toBeCloseTo(Math.min(input.likely * 0.7, input.likely * 4), 6);
      expect(input.max).toBeCloseTo(Math.max(input.likely * 0.7, input.likely * 4), 6);
    }
  });

  it('moves the mean total by the preset’s mean overrun on the drawn part (+27 %), within sampling tolerance', () => {
    const compiled = compileModel(model, choice);
    const result = simulate(model, { iterations: 20_000, seed: 4711, referenceClasses: choice });
    result.scenarios.forEach((scenario, a) => {
      // The total is linear in the drawn amounts (up to öre rounding): at every amount × 1.27 it is the expected total.
      const expected = evaluate(
        compiled,
        a,
        compiled.inputs.map((i) => i.likely * (1 + meanOverrun('it-projects-black-swans'))),
      ).total;
      const sd = (scenario.total.p90 - scenario.total.p10) / 2; // generous: more than the sd of this mixture's bulk
      expect(Math.abs(scenario.total.mean - expected)).toBeLessThan((6 * sd) / Math.sqrt(20_000));
      expect(scenario.total.mean).toBeGreaterThan(scenario.likely.total);
    });
  });

  it('leaves the draws of a run without presets as they were: the choice is opt-in', () => {
    const without = simulate(model, { iterations: 500, seed: 4711 });
    const empty = simulate(model, { iterations: 500, seed: 4711, referenceClasses: {} });
    expect(empty).toEqual(without);
  });
});
