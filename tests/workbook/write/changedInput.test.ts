import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import type { CostModel, EngineOutput } from '../../../src/engine/model';
import { stockholmSample } from '../../../src/sample/stockholm';
import type { WritePlan } from '../../../src/workbook/plan';
import { label } from '../../../src/workbook/labels';
import { buildWritePlan } from '../../../src/workbook/write';
import { groupEntries } from '../../../src/workbook/write/entryGroups';
import { alternativeSolutionIds } from '../../../src/workbook/write/scenarioSnapshot';
import { modelArb } from '../../engine/arbitraries';
import { OPTIONS } from './fixtures';
import { rowOf, sheetByKey } from './helpers';
import { scenarioChecks } from './scenarioChecks';

/** One snapshot input changed: the cell on the scenario sheet and the same change in the model. */
interface Change {
  cell: (plan: WritePlan, model: CostModel) => { row: number; col: number; value: number };
  apply: (model: CostModel) => void;
}

const clone = (model: CostModel): CostModel => structuredClone(model);

function coveredLines(model: CostModel) {
  const alternative = model.alternatives[0]!;
  const covered = new Set(alternativeSolutionIds(model, alternative));
  return model.costLines.filter((l) => covered.has(l.solutionId));
}

/** The price (kr) of the k-th cost line in the snapshot, scaled by `factor` to whole öre. */
const priceChange = (k: number, factor: number): Change => ({
  cell: (plan, model) => {
    const sheet = sheetByKey(plan, `scenario:${model.alternatives[0]!.id}`);
    const line = coveredLines(model)[k]!;
    return {
      row: rowOf(sheet, label('sv', 'snapshotCostLines')) + 2 + k,
      col: 4,
      value: Math.round(line.amount * factor) / 100,
    };
  },
  apply: (model) => {
    const line = coveredLines(model)[k]!;
    line.amount = Math.round(line.amount * factor);
  },
});

/** A payer's count of pupils (column D of the snapshot's payer table) plus `delta`. */
const countChange = (p: number, delta: number): Change => ({
  cell: (plan, model) => {
    const sheet = sheetByKey(plan, `scenario:${model.alternatives[0]!.id}`);
    const payer = model.payers[p]!;
    return { row: rowOf(sheet, payer.name), col: 3, value: payer.counts.pupils + delta };
  },
  apply: (model) => {
    model.payers[p]!.counts.pupils += delta;
  },
});

/** Differences between the recalculated sheet of the first alternative with the change and the engine on the changed model. */
function afterChange(model: CostModel, change: Change): { differences: string[]; changed: EngineOutput } {
  const plan = buildWritePlan(model, runEngine(model), OPTIONS);
  const sheet = sheetByKey(plan, `scenario:${model.alternatives[0]!.id}`);
  const cell = change.cell(plan, model);
  const changedModel = clone(model);
  change.apply(changedModel);
  const changed = runEngine(changedModel);
  const first: EngineOutput = { problems: [], scenarios: changed.scenarios.slice(0, 1) };
  return { differences: scenarioChecks(plan, model, first, [{ sheet: sheet.name, ...cell }]), changed: first };
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

describe('a scenario sheet recalculated after a change in its snapshot equals the engine on the changed model', () => {
  const model = stockholmSample();

  it('after a price changes', () => {
    const k = coveredLines(model).findIndex((l) => l.basis.kind === 'perDriver' && l.amount > 0);
    expect(afterChange(model, priceChange(k, 1.37)).differences).toEqual([]);
  });

  it('after a fixed amount changes', () => {
    const k = coveredLines(model).findIndex((l) => l.basis.kind === 'fixed' && l.amount > 0);
    expect(afterChange(model, priceChange(k, 0.83)).differences).toEqual([]);
  });

  it("after a payer's count changes", () => {
    const p = model.payers.findIndex((x) => x.counts.pupils > 0);
    expect(afterChange(model, countChange(p, 1_234)).differences).toEqual([]);
  });

  it('after an index rate changes', () => {
    expect(afterChange(model, indexRateChange(2, 0.05)).differences).toEqual([]);
  });

  it('the check can fail: an unchanged engine result differs from the changed sheet', () => {
    const k = coveredLines(model).findIndex((l) => l.basis.kind === 'perDriver' && l.amount > 0);
    const plan = buildWritePlan(model, runEngine(model), OPTIONS);
    const sheet = sheetByKey(plan, `scenario:${model.alternatives[0]!.id}`);
    const cell = priceChange(k, 1.37).cell(plan, model);
    const original: EngineOutput = { problems: [], scenarios: runEngine(model).scenarios.slice(0, 1) };
    expect(scenarioChecks(plan, model, original, [{ sheet: sheet.name, ...cell }]).length).toBeGreaterThan(0);
  });

  it('holds for random models and a random price, count or index rate (property)', () => {
    const arbitrary = modelArb.chain((m) => {
      const lines = coveredLines(m).length;
      const changes: fc.Arbitrary<Change>[] = [
        fc
          .tuple(fc.integer({ min: 0, max: m.payers.length - 1 }), fc.integer({ min: 1, max: 900 }))
          .map(([p, d]) => countChange(p, d)),
        fc
          .tuple(
            fc.integer({ min: 1, max: m.parameters.horizonYears - 1 }),
            fc.double({ min: 0, max: 0.1, noNaN: true }),
          )
          .map(([i, r]) => indexRateChange(i, r)),
      ];
      if (lines > 0) {
        changes.push(
          fc
            .tuple(fc.integer({ min: 0, max: lines - 1 }), fc.double({ min: 0.5, max: 2, noNaN: true }))
            .map(([k, f]) => priceChange(k, f)),
        );
      }
      return fc.tuple(fc.constant(m), fc.oneof(...changes));
    });
    fc.assert(
      fc.property(arbitrary, ([m, change]) => {
        const changedModel = clone(m);
        change.apply(changedModel);
        fc.pre(runEngine(m).scenarios.length > 0 && sameEntries(m, changedModel));
        expect(afterChange(m, change).differences).toEqual([]);
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});

/** The index rate cell: the row labelled "Indexsats in i året" (label in column C). */
function indexRateChange(i: number, rate: number): Change {
  return {
    cell: (plan, model) => {
      const sheet = sheetByKey(plan, `scenario:${model.alternatives[0]!.id}`);
      const row = sheet.rows.findIndex((r) => r[2]?.value === label('sv', 'indexRate'));
      return { row, col: 3 + i, value: rate };
    },
    apply: (model) => {
      model.parameters.indexRates[model.parameters.baseYear + i] = rate;
    },
  };
}
