/**
 * The probability of being the cheapest of all alternatives, counted on the
 * same draws as the pairwise matrix (common random numbers): with two
 * alternatives the two must agree exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CostModel } from '../../../src/engine/model';
import { compileModel, simulate } from '../../../src/engine/simulation';
import { stockholmSample } from '../../../src/sample/stockholm';
import { alternative, contract, kr, line, smallModel } from '../fixtures';

/**
 * Two alternatives whose order depends on a drawn price: "split" pays the
 * documentation licence twice (two contracts include it), "one" pays a fixed
 * procurement cost instead. About even, so a wrong replay cannot hide behind 0 or 1.
 */
const contested: CostModel = smallModel({
  costLines: [line('tt-lic', 'tt'), line('doc-lic', 'doc', { range: { min: 0, max: kr(3000) } })],
  alternatives: [
    alternative('one', [contract('k1', ['tt', 'doc'], ['compulsory', 'preschool'], { procurementCost: kr(3000) })]),
    alternative('split', [contract('ka', ['tt', 'doc'], ['compulsory']), contract('kb', ['doc'], ['preschool'])]),
  ],
});

describe('simulate: cheapest', () => {
  it.each(['pert', 'triangular'] as const)(
    'with two alternatives equals the simulation’s cheaperThan[0][1] exactly (%s): the same draws',
    (distribution) => {
      const compiled = compileModel(contested);
      const result = simulate(contested, { iterations: 2_000, seed: 5, distribution, compiled });
      const shares = result.cheapest.total;
      expect(shares[0]).toBeGreaterThan(0.2);
      expect(shares[0]).toBeLessThan(0.8);
      expect(shares[0]).toBe(result.cheaperThan.total[0]![1]);
      expect(shares[1]).toBe(result.cheaperThan.total[1]![0]);
    },
  );

  it('differs under another seed, so the seed really drives it', () => {
    const compiled = compileModel(contested);
    const result = simulate(contested, { iterations: 2_000, seed: 5, compiled });
    const other = simulate(contested, { iterations: 2_000, seed: 6, compiled });
    expect(other.cheapest.total[0]).not.toBe(result.cheapest.total[0]);
  });

  it('sums to 1 and never exceeds the share of being cheaper than any one other alternative', () => {
    const model = stockholmSample();
    const compiled = compileModel(model);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.constantFrom('pert' as const, 'triangular' as const),
        (seed, distribution) => {
          const result = simulate(model, { iterations: 200, seed, distribution, compiled });
          const shares = result.cheapest.total;
          expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          shares.forEach((share, i) =>
            result.cheaperThan.total[i]!.forEach((p, j) => {
              if (i !== j) expect(share).toBeLessThanOrEqual(p! + 1e-12);
            }),
          );
        },
      ),
      { numRuns: 15 },
    );
  });

  it('shares an exact tie equally: identical alternatives are each cheapest half the time', () => {
    const twins = {
      ...contested,
      alternatives: [contested.alternatives[0]!, { ...contested.alternatives[0]!, id: 'twin', name: 'twin' }],
    };
    const compiled = compileModel(twins);
    const result = simulate(twins, { iterations: 300, seed: 1, compiled });
    expect(result.cheapest.total).toEqual([0.5, 0.5]);
  });

  it('is 0 for every alternative when no iteration ran', () => {
    const result = simulate(contested, { iterations: 0, seed: 1 });
    expect(result.iterations).toBe(0);
    expect(result.cheapest.total).toEqual([0, 0]);
  });
});
