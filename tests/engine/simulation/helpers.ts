/**
 * Models for the simulation tests: the Stockholm sample, and random valid
 * models (tests/engine/arbitraries.ts) given ranges, either degenerate
 * (min = likely = max) or around the likely amount.
 */

import fc from 'fast-check';
import type { CostModel } from '../../../src/engine/model';
import { modelArb } from '../arbitraries';

/** Every non-tiered line gets the range [amount, amount]. */
export function withDegenerateRanges(model: CostModel): CostModel {
  return {
    ...model,
    costLines: model.costLines.map((line) =>
      line.basis.kind === 'tiered' ? line : { ...line, range: { min: line.amount, max: line.amount } },
    ),
  };
}

/** Random models whose non-tiered lines have a range from `low` × amount to `high` × amount (whole öre). */
export const rangedModelArb: fc.Arbitrary<CostModel> = modelArb.chain((model) =>
  fc
    .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 3, noNaN: true })), {
      minLength: model.costLines.length,
      maxLength: model.costLines.length,
    })
    .map((factors) => ({
      ...model,
      costLines: model.costLines.map((line, i) => {
        if (line.basis.kind === 'tiered') return line;
        const [low, high] = factors[i]!;
        return { ...line, range: { min: Math.floor(line.amount * low), max: Math.ceil(line.amount * high) } };
      }),
    })),
);

export const degenerateModelArb: fc.Arbitrary<CostModel> = modelArb.map(withDegenerateRanges);
