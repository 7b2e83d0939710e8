import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mean,
  medianHalfWidth,
  medianInterval,
  orderStatistics,
  percentileFrom,
  percentileRanks,
  percentileSorted,
  sortedCopy,
} from '../../../src/engine/simulation/stats';

describe('percentileSorted', () => {
  it('interpolates like Excel PERCENTILE.INC', () => {
    // =PERCENTILE.INC({1,2,3,4},0.1) = 1.3; 0.5 → 2.5; 0.9 → 3.7
    const xs = [1, 2, 3, 4];
    expect(percentileSorted(xs, 0.1)).toBeCloseTo(1.3, 12);
    expect(percentileSorted(xs, 0.5)).toBe(2.5);
    expect(percentileSorted(xs, 0.9)).toBeCloseTo(3.7, 12);
    expect(percentileSorted(xs, 0)).toBe(1);
    expect(percentileSorted(xs, 1)).toBe(4);
  });

  it('is NaN for no data', () => {
    expect(percentileSorted([], 0.5)).toBeNaN();
  });

  it('never decreases with p', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { minLength: 1 }), (values) => {
        const sorted = sortedCopy(Float64Array.from(values));
        const [p10, p50, p90] = [0.1, 0.5, 0.9].map((p) => percentileSorted(sorted, p));
        expect(p10! <= p50! && p50! <= p90!).toBe(true);
      }),
    );
  });
});

describe('mean', () => {
  it('averages', () => {
    expect(mean([1, 2, 6])).toBe(3);
  });
});

describe('medianInterval', () => {
  it('brackets the median by the ranks n/2 ∓ 1.96·√n/2 (n = 100: ranks 40 and 61)', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(medianInterval(xs)).toEqual({ low: 40, high: 61 });
    expect(medianHalfWidth(xs)).toBe(10.5);
  });

  it('covers the true median of a uniform distribution about 95 % of the time', () => {
    // 400 samples of n = 400 from a fixed LCG; the true median is 0.5.
    let seed = 12345;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    let covered = 0;
    for (let k = 0; k < 400; k++) {
      const sorted = sortedCopy(Float64Array.from({ length: 400 }, next));
      const { low, high } = medianInterval(sorted);
      if (low <= 0.5 && 0.5 <= high) covered++;
    }
    // Binomial(400, 0.95): 4 standard deviations is ±0.044.
    expect(covered / 400).toBeGreaterThan(0.95 - 0.044);
    expect(covered / 400).toBeLessThan(1);
  });
});

describe('orderStatistics', () => {
  it('gives at each rank the value a full sort puts there, ties and duplicates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (values, picks) => {
          const sorted = [...values].sort((a, b) => a - b);
          const ranks = picks.map((p) => p % values.length);
          const stats = orderStatistics(values, ranks);
          for (const k of ranks) expect(stats.get(k)).toBe(sorted[k]);
        },
      ),
    );
  });

  it('leaves its input unchanged', () => {
    const values = Float64Array.from([5, 1, 4, 2, 3]);
    orderStatistics(values, [0, 2, 4]);
    expect(Array.from(values)).toEqual([5, 1, 4, 2, 3]);
  });
});

describe('percentileFrom', () => {
  it('equals percentileSorted when given the ranks percentileRanks names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const stats = orderStatistics(values, percentileRanks(values.length, p));
          expect(percentileFrom(stats, values.length, p)).toBe(
            percentileSorted(sortedCopy(Float64Array.from(values)), p),
          );
        },
      ),
    );
  });
});
