import { describe, expect, it } from 'vitest';
import {
  nextBeta,
  nextGamma,
  nextNormal,
  nextUint32,
  nextUniform,
  seedRandom,
} from '../../../src/engine/simulation/random';

const take = (seed: number, n: number): number[] => {
  const state = seedRandom(seed);
  return Array.from({ length: n }, () => nextUint32(state));
};

describe('seedRandom / nextUint32', () => {
  it('gives the same stream for the same seed', () => {
    expect(take(42, 100)).toEqual(take(42, 100));
  });

  it('gives unrelated streams for neighbouring seeds', () => {
    const a = take(1, 100);
    const b = take(2, 100);
    expect(a.filter((x, i) => x === b[i]).length).toBe(0);
  });

  it('takes the seed modulo 2^32', () => {
    expect(take(2 ** 32 + 7, 10)).toEqual(take(7, 10));
  });

  it('gives unsigned 32-bit integers', () => {
    const xs = take(3, 1000);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32)).toBe(true);
  });
});

describe('nextUniform', () => {
  it('stays inside the open interval (0, 1) with mean ½ within 4 standard errors', () => {
    const state = seedRandom(5);
    const n = 50_000;
    let sum = 0;
    let lowest = 1;
    let highest = 0;
    for (let i = 0; i < n; i++) {
      const u = nextUniform(state);
      lowest = Math.min(lowest, u);
      highest = Math.max(highest, u);
      sum += u;
    }
    expect(lowest).toBeGreaterThan(0);
    expect(highest).toBeLessThan(1);
    // Var(U) = 1/12.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
  });
});

describe('nextNormal', () => {
  it('has mean 0 and variance 1 within 4 standard errors', () => {
    const state = seedRandom(6);
    const n = 50_000;
    const xs = Array.from({ length: n }, () => nextNormal(state));
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n));
    // SE of the sample variance of a normal: √(2/(n − 1)).
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / (n - 1)));
  });
});

describe('nextGamma', () => {
  it.each([1, 2.5, 5])('has mean and variance equal to its shape %s within 4 standard errors', (shape) => {
    const state = seedRandom(7);
    const n = 40_000;
    const xs = Array.from({ length: n }, () => nextGamma(state, shape));
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    expect(Math.abs(mean - shape)).toBeLessThan(4 * Math.sqrt(shape / n));
    expect(Math.min(...xs)).toBeGreaterThan(0);
  });

  it('refuses shapes below 1, which Marsaglia–Tsang does not cover without a boost', () => {
    expect(() => nextGamma(seedRandom(1), 0.5)).toThrow(RangeError);
  });
});

describe('nextBeta', () => {
  it('has mean α / (α + β) within 4 standard errors', () => {
    const state = seedRandom(8);
    const [alpha, beta] = [2, 4];
    const n = 40_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += nextBeta(state, alpha, beta);
    const variance = (alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1));
    expect(Math.abs(sum / n - alpha / (alpha + beta))).toBeLessThan(4 * Math.sqrt(variance / n));
  });
});
