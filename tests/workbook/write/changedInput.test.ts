import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import type { CostModel, EngineOutput } from '../../../src/engine/model';
import { stockholmSample } from '../../../src/sample/stockholm';
import { buildWritePlan } from '../../../src/workbook/write';
import { groupEntries } from '../../../src/workbook/write/entryGroups';
import { modelArb } from '../../engine/arbitraries';
import { OPTIONS } from './fixtures';
import { sheetByKey } from './helpers';
import { scenarioChecks } from './scenarioChecks';
import {
  agreementCostChange,
  bandPriceChange,
  countChange,
  coveredLines,
  discountRateChange,
  hasStaff,
  indexRateChange,
  internalChange,
  managementCostChange,
  managementFteChange,
  procurementChange,
  priceChange,
  runOnCostChange,
  shareChange,
  tierBoundChange,
  tieredLines,
  usedShares,
  type Change,
} from './snapshotChanges';

const clone = (model: CostModel): CostModel => structuredClone(model);

/** Differences between the recalculated sheet of the first alternative with the change and the engine on the changed model. */
function afterChange(model: CostModel, change: Change): { differences: string[]; changed: EngineOutput } {
  const plan = buildWritePlan(model, runEngine(model), OPTIONS);
  const sheet = sheetByKey(plan, `scenario:${model.alternatives[0]!.id}`);
  const cells = change.cells(plan, model).map((cell) => ({ sheet: sheet.name, ...cell }));
  const changedModel = clone(model);
  change.apply(changedModel);
  const changed = runEngine(changedModel);
  const first: EngineOutput = { problems: [], scenarios: changed.scenarios.slice(0, 1) };
  return { differences: scenarioChecks(plan, model, first, cells), changed: first };
}

/** Same entries per cost row and year before and after (a change can make a zero entry appear). */
function sameEntries(model: CostModel, changed: CostModel): boolean {
  const shape = (m: CostModel): string => {
    const s = runEngine(m).scenarios[0];
    return s === undefined
      ? ''
      : JSON.stringify(groupEntries(m, s, 'sv').map((g) => [g.key, g.entries.map((e) => e.length)]));
  };
  return shape(model) === shape(changed);
}

/** The engine's result changes with the input (else a passing case would prove nothing). */
function engineMoves(model: CostModel, change: Change): boolean {
  const changedModel = clone(model);
  change.apply(changedModel);
  return JSON.stringify(runEngine(model).scenarios[0]) !== JSON.stringify(runEngine(changedModel).scenarios[0]);
}

/** Asserts that the change moves the engine's result and that the recalculated sheet follows it. */
function expectLive(model: CostModel, change: Change): void {
  expect(engineMoves(model, change)).toBe(true);
  expect(afterChange(model, change).differences).toEqual([]);
}

describe('a scenario sheet recalculated after a change in its snapshot equals the engine on the changed model', () => {
  const model = stockholmSample();
  const tierIndex = (mode: 'graduated' | 'volume'): number =>
    tieredLines(model).findIndex((l) => l.basis.kind === 'tiered' && l.basis.mode === mode);

  it('after a price changes', () => {
    const k = coveredLines(model).findIndex((l) => l.basis.kind === 'perDriver' && l.amount > 0);
    expectLive(model, priceChange(k, 1.37));
  });

  it('after a fixed amount changes', () => {
    const k = coveredLines(model).findIndex((l) => l.basis.kind === 'fixed' && l.amount > 0);
    expectLive(model, priceChange(k, 0.83));
  });

  it("after a payer's count changes", () => {
    const p = model.payers.findIndex((x) => x.counts.pupils > 0);
    expectLive(model, countChange(p, 1_234));
  });

  it('after an index rate changes', () => {
    expectLive(model, indexRateChange(2, 0.05));
  });

  it('after a usage share changes from one non-zero value to another', () => {
    const k = usedShares(model).findIndex(({ payer }) => model.payers[payer]!.counts.pupils > 0);
    expectLive(model, shareChange(k, 0.37));
  });

  it('after the discount rate changes (present values)', () => {
    expectLive(model, discountRateChange(0.071));
  });

  it('after the price of a graduated tier band changes', () => {
    expectLive(model, bandPriceChange(tierIndex('graduated'), 1, 4_321));
  });

  it('after the price of a volume tier band changes', () => {
    // The sample's one contract has more than 50 000 pupils: all of them at the last band's price.
    expectLive(model, bandPriceChange(tierIndex('volume'), 2, 5_432));
  });

  it('after a graduated tier bound moves', () => {
    expectLive(model, tierBoundChange(tierIndex('graduated'), 0, 15_000));
  });

  it('after a volume tier bound moves', () => {
    // The second band (10 001–50 000) widened past the contract's pupils: all of them drop to its price.
    const volume = tieredLines(model)
      .filter((l) => bandCount(l) > 1)
      .findIndex((l) => l.basis.kind === 'tiered' && l.basis.mode === 'volume');
    expectLive(model, tierBoundChange(volume, 1, 10_000_000));
  });

  it("after an old agreement's yearly cost changes (baseline and comparison)", () => {
    expectLive(model, agreementCostChange(0, 1.29));
  });

  it("after an old agreement's monthly run-on cost changes", () => {
    const a = model.currentAgreements.findIndex((x) => x.monthlyRunOnCost > 0);
    expectLive(model, runOnCostChange(a, 1.41));
  });

  it("after a contract's procurement cost changes", () => {
    expectLive(model, procurementChange(0, 0.77));
  });

  it("after a contract's contract-management FTE changes", () => {
    expectLive(model, managementFteChange(0, 3.5));
  });

  it('after the cost per FTE of contract management changes', () => {
    expectLive(model, managementCostChange(1.09));
  });

  it("after an internal role's FTE changes", () => {
    expectLive(model, internalChange(0, 2.5, 1));
  });

  it("after an internal role's cost per FTE changes", () => {
    const fte = model.internalResources[0]!.fte;
    expectLive(model, internalChange(0, fte, 1.17));
  });

  it('the check can fail: an unchanged engine result differs from the changed sheet', () => {
    const k = coveredLines(model).findIndex((l) => l.basis.kind === 'perDriver' && l.amount > 0);
    const plan = buildWritePlan(model, runEngine(model), OPTIONS);
    const sheet = sheetByKey(plan, `scenario:${model.alternatives[0]!.id}`);
    const cells = priceChange(k, 1.37)
      .cells(plan, model)
      .map((cell) => ({ sheet: sheet.name, ...cell }));
    const original: EngineOutput = { problems: [], scenarios: runEngine(model).scenarios.slice(0, 1) };
    expect(scenarioChecks(plan, model, original, cells).length).toBeGreaterThan(0);
  });

  it('holds for random models and a random change of any live input (property)', () => {
    const arbitrary = modelArb.chain((m) => {
      const nat = fc.nat({ max: 1_000 });
      const factor = fc.double({ min: 0.5, max: 2, noNaN: true });
      const rate = fc.double({ min: 0, max: 0.1, noNaN: true });
      // Kinds that rarely reach a cost (tiers, agreements) weigh more, so each is exercised often enough.
      const changes: fc.WeightedArbitrary<Change>[] = [];
      const add = (weight: number, arbitrary: fc.Arbitrary<Change>): number => changes.push({ weight, arbitrary });
      add(
        1,
        fc
          .tuple(fc.nat({ max: m.payers.length - 1 }), fc.integer({ min: 1, max: 900 }))
          .map(([p, d]) => countChange(p, d)),
      );
      add(
        1,
        fc
          .tuple(fc.integer({ min: 1, max: m.parameters.horizonYears - 1 }), rate)
          .map(([i, r]) => indexRateChange(i, r)),
      );
      add(1, rate.map(discountRateChange));
      const lines = coveredLines(m).length;
      if (lines > 0)
        add(
          1,
          fc.tuple(fc.nat({ max: lines - 1 }), factor).map(([k, f]) => priceChange(k, f)),
        );
      if (usedShares(m).length > 0) {
        add(
          1,
          fc.tuple(nat, fc.double({ min: 0.01, max: 1, noNaN: true })).map(([k, s]) => shareChange(k, s)),
        );
      }
      if (tieredLines(m).length > 0) {
        add(
          2,
          fc.tuple(nat, nat, fc.integer({ min: 0, max: 20_000 })).map(([t, b, p]) => bandPriceChange(t, b, p)),
        );
      }
      if (tieredLines(m).some((l) => bandCount(l) > 1)) {
        add(
          4,
          fc.tuple(nat, nat, fc.integer({ min: 1, max: 9_000 })).map(([t, b, to]) => tierBoundChange(t, b, to)),
        );
      }
      if (m.currentAgreements.length > 0) {
        add(
          2,
          fc.tuple(nat, factor).map(([a, f]) => agreementCostChange(a, f)),
        );
        add(
          2,
          fc.tuple(nat, factor).map(([a, f]) => runOnCostChange(a, f)),
        );
      }
      add(
        1,
        fc.tuple(nat, factor).map(([c, f]) => procurementChange(c, f)),
      );
      add(
        1,
        fc.tuple(nat, fc.constantFrom(0, 0.1, 0.5, 1, 2)).map(([c, fte]) => managementFteChange(c, fte)),
      );
      add(1, factor.map(managementCostChange));
      if (hasStaff(m)) {
        add(
          1,
          fc.tuple(nat, fc.constantFrom(0.2, 0.5, 1, 1.5, 3), factor).map(([r, fte, f]) => internalChange(r, fte, f)),
        );
      }
      return fc.tuple(fc.constant(m), fc.oneof(...changes));
    });
    // Cases run per kind of change, and how many of them moved the engine's result.
    const ran = new Map<string, { runs: number; moved: number }>();
    fc.assert(
      fc.property(arbitrary, ([m, change]) => {
        const changedModel = clone(m);
        change.apply(changedModel);
        fc.pre(runEngine(m).scenarios.length > 0 && sameEntries(m, changedModel));
        expect(afterChange(m, change).differences).toEqual([]);
        const tally = ran.get(change.kind) ?? { runs: 0, moved: 0 };
        ran.set(change.kind, { runs: tally.runs + 1, moved: tally.moved + (engineMoves(m, change) ? 1 : 0) });
      }),
      { numRuns: 250, seed: 11 },
    );
    // Every kind was exercised by changes that mattered, not only by ones the engine ignores.
    const kinds = ['count', 'index rate', 'discount rate', 'price', 'usage share', 'tier price', 'tier bound'];
    kinds.push('agreement cost', 'run-on cost', 'internal staff', 'procurement cost', 'management FTE');
    for (const kind of [...kinds, 'management cost per FTE']) {
      expect({ kind, moved: (ran.get(kind)?.moved ?? 0) >= 2 }).toEqual({ kind, moved: true });
    }
  });
});

/** Number of bands of a tiered line (0 for other lines). */
function bandCount(line: CostModel['costLines'][number]): number {
  return line.basis.kind === 'tiered' ? line.basis.bands.length : 0;
}
