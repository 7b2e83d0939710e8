import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distributionMean,
  distributionVariance,
  draw,
  drawAll,
  pertShape,
  samplerFor,
  type DistributionKind,
  type ThreePoint,
} from '../../../src/engine/simulation/distributions';
import { seedRandom } from '../../../src/engine/simulation/random';

/** Öre figures like a per-pupil licence of 30 / 45 / 80 kr, and a skewed fixed cost. */
const LICENCE: ThreePoint = { min: 3_000, likely: 4_500, max: 8_000 };
const SKEWED: ThreePoint = { min: 100_000_000, likely: 250_000_000, max: 600_000_000 };

const threePoint = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.nat(1_000_000), fc.nat(1_000_000))
  .map(([min, a, b]): ThreePoint => ({ min, likely: min + Math.min(a, b), max: min + Math.max(a, b) }));

describe('pertShape', () => {
  it('gives α = 1 + 4(m − a)/(b − a) and β = 1 + 4(b − m)/(b − a)', () => {
    expect(pertShape({ min: 0, likely: 25, max: 100 })).toEqual({ alpha: 2, beta: 4 });
  });

  it('gives the symmetric Beta(3, 3) when likely is in the middle', () => {
    expect(pertShape({ min: 10, likely: 20, max: 30 })).toEqual({ alpha: 3, beta: 3 });
  });

  it('gives null for a degenerate range', () => {
    expect(pertShape({ min: 5, likely: 5, max: 5 })).toBeNull();
  });
});

describe('distributionMean', () => {
  it('is (a + 4m + b)/6 for PERT and (a + m + b)/3 for the triangle', () => {
    expect(distributionMean('pert', { min: 0, likely: 3, max: 12 })).toBe(4);
    expect(distributionMean('triangular', { min: 0, likely: 3, max: 12 })).toBe(5);
  });
});

describe('draw', () => {
  it.each<[DistributionKind, ThreePoint]>([
    ['pert', LICENCE],
    ['pert', SKEWED],
    ['triangular', LICENCE],
    ['triangular', SKEWED],
  ])('%s: the sample mean matches the closed form within 4 standard errors (%o)', (kind, p) => {
    const state = seedRandom(2024);
    const n = 40_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += draw(kind, p, state);
    const standardError = Math.sqrt(distributionVariance(kind, p) / n);
    expect(Math.abs(sum / n - distributionMean(kind, p))).toBeLessThan(4 * standardError);
  });

  it('stays within [min, max]', () => {
    fc.assert(
      fc.property(
        threePoint,
        fc.constantFrom<DistributionKind>('pert', 'triangular'),
        fc.integer(),
        (p, kind, seed) => {
          const state = seedRandom(seed);
          for (let i = 0; i < 50; i++) {
            const x = draw(kind, p, state);
            expect(x).toBeGreaterThanOrEqual(p.min);
            expect(x).toBeLessThanOrEqual(p.max);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('returns likely for a degenerate range without consuming random numbers', () => {
    const used = seedRandom(9);
    const fresh = seedRandom(9);
    expect(draw('pert', { min: 7, likely: 7, max: 7 }, used)).toBe(7);
    expect(draw('pert', LICENCE, used)).toBe(draw('pert', LICENCE, fresh));
  });
});

describe('drawAll', () => {
  it('gives exactly the values of draw, input by input, from the same state', () => {
    const inputs = [LICENCE, { min: 2, likely: 2, max: 2 }, SKEWED];
    for (const kind of ['pert', 'triangular'] as const) {
      const a = seedRandom(11);
      const b = seedRandom(11);
      const sampler = samplerFor(kind, inputs);
      const out = new Float64Array(inputs.length);
      for (let round = 0; round < 100; round++) {
        drawAll(sampler, a, out);
        expect(Array.from(out)).toEqual(inputs.map((p) => draw(kind, p, b)));
      }
    }
  });
});
