import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateKronorInto, allocateLargestRemainder } from '../../src/engine/allocate';

const sumOf = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

describe('allocateLargestRemainder', () => {
  it('happy path: shares in proportion, whole kronor', () => {
    const shares = allocateLargestRemainder(1000, [
      { id: 'a', weight: 3 },
      { id: 'b', weight: 1 },
    ]);
    expect(shares).toEqual(
      new Map([
        ['a', 750],
        ['b', 250],
      ]),
    );
  });
  it('gives the leftover krona to the largest remainder', () => {
    // 10 kr by 1:1:1 → quotas 3.33 each, 1 krona left over
    const shares = allocateLargestRemainder(10, [
      { id: 'c', weight: 1 },
      { id: 'a', weight: 1 },
      { id: 'b', weight: 1 },
    ]);
    // Equal remainders: the id sorting first gets the krona, never the first in input order.
    expect(shares.get('a')).toBe(4);
    expect(shares.get('b')).toBe(3);
    expect(shares.get('c')).toBe(3);
  });
  it('prefers the larger remainder over the earlier id', () => {
    // 10 kr by 0.34 : 0.33 : 0.33 → quotas 3.4, 3.3, 3.3
    const shares = allocateLargestRemainder(10, [
      { id: 'a', weight: 0.33 },
      { id: 'b', weight: 0.33 },
      { id: 'z', weight: 0.34 },
    ]);
    expect(shares.get('z')).toBe(4);
    expect(sumOf(shares)).toBe(10);
  });
  it('leaves everything unallocated when all weights are zero', () => {
    const shares = allocateLargestRemainder(500, [
      { id: 'a', weight: 0 },
      { id: 'b', weight: 0 },
    ]);
    expect(sumOf(shares)).toBe(0);
  });
  it('allocates negative totals symmetrically', () => {
    const shares = allocateLargestRemainder(-10, [
      { id: 'a', weight: 1 },
      { id: 'b', weight: 1 },
      { id: 'c', weight: 1 },
    ]);
    expect([shares.get('a'), shares.get('b'), shares.get('c')]).toEqual([-4, -3, -3]);
  });
  it('treats a quota a hair below a whole krona as that krona', () => {
    // 0.1 + 0.2 weights: quota of 3 kr by 0.1/0.3 is 0.99999… in floating point.
    const shares = allocateLargestRemainder(3, [
      { id: 'a', weight: 0.1 },
      { id: 'b', weight: 0.2 },
    ]);
    expect(shares.get('a')).toBe(1);
    expect(shares.get('b')).toBe(2);
  });

  const weightsArb = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      weight: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })),
    }),
    { minLength: 1, maxLength: 30, selector: (w) => w.id },
  );
  const totalArb = fc.integer({ min: -1e9, max: 1e9 });

  it('property: shares sum exactly to the total whenever any weight is positive', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const shares = allocateLargestRemainder(total, weights);
        const anyPositive = weights.some((w) => w.weight > 0);
        expect(sumOf(shares)).toBe(anyPositive ? total : 0);
      }),
      { numRuns: 1000 },
    );
  });
  it('property: a zero weight never receives anything', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const shares = allocateLargestRemainder(total, weights);
        for (const w of weights) if (w.weight === 0) expect(shares.get(w.id)).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
  it('property: each share is within one krona of its exact quota', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const weightSum = weights.reduce((s, w) => s + w.weight, 0);
        fc.pre(weightSum > 0);
        const shares = allocateLargestRemainder(total, weights);
        for (const w of weights)
          expect(Math.abs(shares.get(w.id)! - (total * w.weight) / weightSum)).toBeLessThan(1 + 1e-6);
      }),
      { numRuns: 1000 },
    );
  });
  it('property: the input order of the weights changes nothing', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, fc.integer(), (total, weights, seed) => {
        const shuffled = [...weights].sort(
          (a, b) => ((a.id.charCodeAt(0) * 31 + seed) % 7) - ((b.id.charCodeAt(0) * 31 + seed) % 7),
        );
        expect(allocateLargestRemainder(total, shuffled)).toEqual(allocateLargestRemainder(total, weights));
      }),
      { numRuns: 1000 },
    );
  });
});

/** Reference: the textbook method with a full sort (remainder descending, then position). */
function naiveLargestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return weights.map(() => 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const out = quotas.map((q) => Math.floor(q));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, r: Math.round((q - Math.floor(q)) * 1e9), w: weights[i]! }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}

describe('allocateKronorInto', () => {
  it('reports false and zeroes the output when nothing can be allocated', () => {
    const out = new Float64Array([7, 7]);
    expect(allocateKronorInto(100, [0, 0], out)).toBe(false);
    expect([...out]).toEqual([0, 0]);
  });
  it('property: agrees with the textbook method (full sort) for few and many leftover kronor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 }),
        (total, weights) => {
          const out = new Float64Array(weights.length);
          allocateKronorInto(total, weights, out);
          expect([...out]).toEqual(naiveLargestRemainder(total, weights));
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('handles many payers with many leftover kronor', () => {
    const weights = Array.from({ length: 2000 }, (_, i) => 1 + (i % 7) / 10);
    const out = new Float64Array(2000);
    allocateKronorInto(1_234_567, weights, out);
    expect(out.reduce((a, b) => a + b, 0)).toBe(1_234_567);
  });
});
