import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateKronorInto, runEngine } from '../../../src/engine';
import type { CostModel } from '../../../src/engine/model';
import { stockholmSample } from '../../../src/sample/stockholm';
import { label } from '../../../src/workbook/labels';
import { buildWritePlan } from '../../../src/workbook/write';
import { ALLOCATION_HELPER_LIMIT } from '../../../src/workbook/write/allocationBlock';
import { mirrorAllocation, type MirrorPayer } from '../../../src/workbook/write/allocationMirror';
import { OPTIONS, smallModel, smallOutput } from './fixtures';
import { formulaCellsOnly } from './scenarioChecks';

describe('mirrorAllocation (what the allocation helper cells compute)', () => {
  const inOrder = (weights: number[]) => weights.map((weight, i) => ({ weight, ordinal: i + 1 }));

  it("gives the engine's largest-remainder shares for any total and weights (property)", () => {
    const weight = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 100_000 }),
      fc.double({ min: 0, max: 5000, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.array(weight, { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const mirror = mirrorAllocation(total, inOrder(weights));
          fc.pre(mirror.leftover >= 0); // floors overshooting the total: the sheet falls back to values
          const engine = new Float64Array(weights.length);
          allocateKronorInto(total, weights, engine);
          expect(Array.from(mirror.shares)).toEqual([...engine]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the leftover krona of equal remainders to the lowest ordinal', () => {
    expect(Array.from(mirrorAllocation(10, inOrder([1, 1, 1])).shares)).toEqual([4, 3, 3]);
    expect(
      mirrorAllocation(10, [
        { weight: 1, ordinal: 3 },
        { weight: 1, ordinal: 1 },
        { weight: 1, ordinal: 2 },
      ]).shares,
    ).toEqual(Float64Array.of(3, 4, 3));
  });

  it('gives the larger remainder the krona before the lower ordinal', () => {
    // quotas 6.67 and 3.33: the remainder 0.67 wins although its ordinal is higher
    expect(
      mirrorAllocation(10, [
        { weight: 1, ordinal: 1 },
        { weight: 2, ordinal: 2 },
      ]).shares,
    ).toEqual(Float64Array.of(3, 7));
  });

  it('allocates nothing when the weights sum to zero (the whole amount stays unallocated)', () => {
    expect(Array.from(mirrorAllocation(25, inOrder([0, 0])).shares)).toEqual([0, 0]);
  });

  /** The rank formula of the block, read literally: 1 + the payers its COUNTIFS counts ahead of each. */
  const countifsRanks = (payers: MirrorPayer[], steps: ArrayLike<number>): number[] =>
    payers.map(({ weight: w, ordinal }, i) => {
      let rank = 1;
      payers.forEach(({ weight: v, ordinal: other }, j) => {
        if (w > 0) {
          if (v > 0 && (steps[j]! > steps[i]! || (steps[j] === steps[i] && other < ordinal))) rank++;
        } else if (v > 0 || other < ordinal) rank++;
      });
      return rank;
    });
  const ranksAsCountifs = (total: number, payers: MirrorPayer[]): void => {
    const mirror = mirrorAllocation(total, payers);
    expect(Array.from(mirror.ranks)).toEqual(countifsRanks(payers, mirror.steps));
  };

  it('ranks as the rank cell’s COUNTIFS count, pair by pair, ties and weights ≤ 0 included (property)', () => {
    const payer = fc.record({ weight: fc.constantFrom(0, -1, 1, 2, 3, 0.5), ordinal: fc.integer({ min: 0, max: 6 }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.array(payer, { minLength: 1, maxLength: 14 }), ranksAsCountifs),
      { numRuns: 3000 },
    );
  });

  it('ranks as the COUNTIFS count when every payer has its own ordinal, as the writer numbers them (property)', () => {
    // The ranks then come from one numeric sort of the keys; up to 300 payers.
    const payers = fc
      .array(fc.constantFrom(0, -1, 1, 2, 3, 0.5, 7), { minLength: 1, maxLength: 300 })
      .chain((weights) =>
        fc
          .shuffledSubarray(
            Array.from({ length: weights.length * 2 }, (_, i) => i + 1),
            { minLength: weights.length, maxLength: weights.length },
          )
          .map((ordinals) => weights.map((weight, i) => ({ weight, ordinal: ordinals[i]! }))),
      );
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), payers, ranksAsCountifs), { numRuns: 300 });
  });
});

/** The sample with every payer repeated `times` (new ids, same use): enough payers to pass the helper limit. */
function repeatedPayers(times: number): CostModel {
  const model = stockholmSample();
  const payers = model.payers.flatMap((p) =>
    Array.from({ length: times }, (_, k) => ({ ...p, id: `${p.id}~${k}`, name: `${p.name} ${k}` })),
  );
  const usage = model.usage.flatMap((u) =>
    Array.from({ length: times }, (_, k) => ({ ...u, payerId: `${u.payerId}~${k}` })),
  );
  return { ...model, payers, usage, percentKeys: [] };
}

describe('buildWritePlan: allocation as formulas or values', () => {
  it(`keeps the allocation as values above ${ALLOCATION_HELPER_LIMIT.toLocaleString('en')} helper cells and says so, entries still formulas`, () => {
    const model = repeatedPayers(128);
    const output = runEngine(model);
    expect(output.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const plan = buildWritePlan(model, output, OPTIONS);
    const scenario = output.scenarios[1]!;
    const { values, note } = formulaCellsOnly(plan, model, scenario);
    expect(note).toBe(label('sv', 'formulaNoteLargeModel'));
    expect(values.length).toBeGreaterThan(0); // the allocation cells
    const sheet = plan.sheets.find((s) => s.key === `scenario:${scenario.alternativeId}`)!;
    expect(sheet.rows.flat().some((c) => c?.formula?.includes('COUNTIFS'))).toBe(false);
    expect(sheet.rows.flat().some((c) => c?.formula?.startsWith('=ROUND(ROUND('))).toBe(true);
  });

  it('writes values, and says so, where hand-built results do not follow from the snapshot', () => {
    const model = smallModel();
    const output = smallOutput(model);
    const plan = buildWritePlan(model, output, OPTIONS);
    expect(formulaCellsOnly(plan, model, output.scenarios[0]!).note).toBe(label('sv', 'formulaNotePartial'));
  });
});
