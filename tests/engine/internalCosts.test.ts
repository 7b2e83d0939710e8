/**
 * Internal staff as cost entries: FTE × cost per FTE × the year's index, for
 * each horizon year the resource runs, shared by the one rule for shared
 * costs: every payer that uses any solution, by users × its shares summed
 * over every solution.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { internalEntries } from '../../src/engine/internalCosts';
import type { CostModel } from '../../src/engine/model';
import { buildModelIndex } from '../../src/engine/modelIndex';
import { roundToKronor } from '../../src/engine/money';
import { alternative, kr, parameters, payer, resource, smallModel } from './fixtures';

const entriesOf = (model: CostModel, alternativeId = 'one') =>
  internalEntries(buildModelIndex(model), alternative(alternativeId, model.alternatives[0]!.contracts));

/** Year → kronor of the entries. */
const kronorByYear = (model: CostModel, alternativeId?: string): Record<number, number> =>
  Object.fromEntries(entriesOf(model, alternativeId).map((p) => [p.entry.year, p.entry.amount / 100]));

describe('internalEntries', () => {
  it('costs FTE × cost per FTE in each year the resource runs: 2 × 800 000 kr = 1 600 000 kr in 2025 and 2026', () => {
    const model = smallModel({
      internalResources: [resource('pl', { fte: 2, costPerFte: kr(800_000), firstYear: 2025, lastYear: 2026 })],
    });
    expect(kronorByYear(model)).toEqual({ 2025: 1_600_000, 2026: 1_600_000 });
  });

  it('always indexes by the year’s factor: 1 600 000 kr, × 1,03 = 1 648 000 kr, × 1,0609 = 1 697 440 kr', () => {
    const model = smallModel({
      parameters: parameters({ defaultIndexRate: 0.03 }),
      internalResources: [resource('pl', { fte: 2, costPerFte: kr(800_000), firstYear: 2025, lastYear: 2027 })],
    });
    expect(kronorByYear(model)).toEqual({ 2025: 1_600_000, 2026: 1_648_000, 2027: 1_697_440 });
    expect(entriesOf(model).map((p) => p.entry.basis.indexFactor)).toEqual([1, 1.03, expect.closeTo(1.0609, 12)]);
  });

  it('rounds each year once to whole kronor: 0,5 FTE × 812 345,67 kr = 406 172,835 → 406 173 kr', () => {
    const model = smallModel({ internalResources: [resource('pl', { fte: 0.5, costPerFte: 81_234_567 })] });
    expect(kronorByYear(model)).toEqual({ 2025: 406_173 });
  });

  it('counts only the years inside the horizon (2025–2027) of a resource running 2020–2030', () => {
    const model = smallModel({ internalResources: [resource('pl', { firstYear: 2020, lastYear: 2030 })] });
    expect(Object.keys(kronorByYear(model))).toEqual(['2025', '2026', '2027']);
  });

  it('applies a resource named for an alternative to that alternative only, an unnamed one to every alternative', () => {
    const model = smallModel({
      internalResources: [
        resource('everyone', { costPerFte: kr(100_000) }),
        resource('onlyTwo', { costPerFte: kr(50_000), alternativeId: 'two' }),
      ],
    });
    const ids = (alternativeId: string) =>
      entriesOf(model, alternativeId).map((p) => (p.entry.source as { resourceId: string }).resourceId);
    expect(ids('one')).toEqual(['everyone']);
    expect(ids('two')).toEqual(['everyone', 'onlyTwo']);
  });

  it('makes no entry for a year that costs nothing (0 FTE)', () => {
    expect(entriesOf(smallModel({ internalResources: [resource('pl', { fte: 0 })] }))).toEqual([]);
  });

  it('is an internal cost outside any contract and solution, with its figures in the basis', () => {
    const [first] = entriesOf(
      smallModel({ internalResources: [resource('pl', { fte: 1.5, costPerFte: kr(700_000) })] }),
    );
    expect(first!.entry).toEqual({
      year: 2025,
      item: 'internal',
      source: { kind: 'internalResource', resourceId: 'pl' },
      amount: kr(1_050_000),
      basis: { unitAmount: kr(700_000), quantity: 1.5, indexFactor: 1, yearFraction: 1 },
    });
  });

  it('is shared by users × usage share summed over every solution (the shared-cost rule)', () => {
    // a 300 + 10, b 100 + 10, c 200 + 10 users; a and b use both solutions fully (Σ share 2),
    // c uses documentation only, at half share (Σ 0.5); d uses nothing and pays nothing.
    // Summed over the solutions the alternative covers, in the model's order (the sheet's columns).
    const base = smallModel();
    const model = smallModel({
      payers: [...base.payers, payer('d', 'compulsory', { pupils: 1_000 })],
      usage: base.usage.map((u) => (u.payerId === 'c' ? { ...u, share: 0.5 } : u)),
      internalResources: [resource('pl')],
    });
    const index = buildModelIndex(model);
    const [first] = internalEntries(index, model.alternatives[0]!); // k1 covers both solutions
    const { positions, weights } = first!.weights;
    expect(Array.from(positions, (p) => index.payers[p]!.id)).toEqual(['a', 'b', 'c']);
    expect(Array.from(weights)).toEqual([620, 220, 105]);
  });

  it('gives one entry per horizon year the resource runs, each FTE × cost per FTE when the index is zero', () => {
    const years = fc.integer({ min: 2018, max: 2040 });
    fc.assert(
      fc.property(
        years,
        years,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 40 }).map((tenths) => tenths / 10),
        fc.integer({ min: kr(10), max: 200_000_000 }), // ≥ 10 kr, so 0,1 FTE still costs a krona
        (a, b, horizonYears, fte, costPerFte) => {
          const [firstYear, lastYear] = a <= b ? [a, b] : [b, a];
          const model = smallModel({
            parameters: parameters({ baseYear: 2025, horizonYears }),
            internalResources: [resource('pl', { fte, costPerFte, firstYear, lastYear })],
          });
          const expectedYears: number[] = [];
          for (let y = Math.max(firstYear, 2025); y <= Math.min(lastYear, 2025 + horizonYears - 1); y++) {
            expectedYears.push(y);
          }
          const entries = entriesOf(model).map((p) => p.entry);
          expect(entries.map((e) => e.year)).toEqual(expectedYears);
          for (const e of entries) expect(e.amount).toBe(roundToKronor(costPerFte * fte));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
