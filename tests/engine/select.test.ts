/** The one quickselect (src/engine/select.ts): every asked rank holds what a full sort puts there. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectRanks } from '../../src/engine/select';

describe('selectRanks', () => {
  it('puts the k-th smallest at a[k] for every asked rank, ties and repeats included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true })), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (values, picks) => {
          const a = Float64Array.from(values);
          const ranks = [...new Set(picks.map((p) => p % a.length))].sort((x, y) => x - y);
          selectRanks(a, 0, a.length - 1, ranks, 0, ranks.length - 1);
          const sorted = Float64Array.from(values).sort();
          for (const k of ranks) expect(a[k]).toBe(sorted[k]);
          expect(Float64Array.from(a).sort()).toEqual(sorted); // a permutation: nothing lost or duplicated
        },
      ),
      { numRuns: 500 },
    );
  });
});
