/**
 * The probability of being the cheapest replays the simulation's draws; these
 * cases pin it to the simulation's own pairwise matrix, so a drift in the
 * draw order (or seed, or distribution) would show.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapestShares } from '../../src/cli/cheapest';
import type { CostModel } from '../../src/engine/model';
import { compileModel, simulate } from '../../src/engine/simulation';
import { stockholmSample } from '../../src/sample/stockholm';
import { alternative, contract, kr, line, smallModel } from '../engine/fixtures';

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

describe('cheapestShares', () => {
  it.each(['pert', 'triangular'] as const)(
    'with two alternatives equals the simulation’s cheaperThan[0][1] exactly (%s): the same draws',
    (distribution) => {
      const compiled = compileModel(contested);
      const result = simulate(contested, { iterations: 2_000, seed: 5, distribution, compiled });
      const shares = cheapestShares(compiled, result);
      expect(shares[0]).toBeGreaterThan(0.2);
      expect(shares[0]).toBeLessThan(0.8);
      expect(shares[0]).toBe(result.cheaperThan.total[0]![1]);
      expect(shares[1]).toBe(result.cheaperThan.total[1]![0]);
    },
  );

  it('differs under another seed, so the seed really drives it', () => {
    const compiled = compileModel(contested);
    const result = simulate(contested, { iterations: 2_000, seed: 5, compiled });
    expect(cheapestShares(compiled, { ...result, seed: 6 })[0]).not.toBe(result.cheaperThan.total[0]![1]);
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
          const shares = cheapestShares(compiled, result);
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
    expect(cheapestShares(compiled, result)).toEqual([0.5, 0.5]);
  });

  it('is 0 for every alternative when no iteration ran', () => {
    const compiled = compileModel(contested);
    expect(cheapestShares(compiled, { seed: 1, distribution: 'pert', iterations: 0 })).toEqual([0, 0]);
  });
});
