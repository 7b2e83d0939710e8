/**
 * The pane's glue against the real modules on the Stockholm sample: the
 * step-wise engine run equals runEngine, "save to Parametrar" finds cells the
 * reader reads back, and the Review figures follow from the engine's results.
 */
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import { stockholmSample } from '../../../src/sample/stockholm';
import { inputSheetsPlan } from '../../../src/workbook/inputs';
import { planToGrid } from '../../../src/workbook/planToGrid';
import { readModel } from '../../../src/workbook/read';
import { engineSteps } from '../../../src/faces/taskpane/services/engineSteps';
import { parameterWrites } from '../../../src/app/parameterWrites';
import { applyChoices, defaultChoices } from '../../../src/app/choices';
import { summarise } from '../../../src/faces/taskpane/ui/review';
import { tryParseCell } from '../../../src/workbook/a1';

describe('engineSteps', () => {
  it('yields once per alternative and returns exactly what runEngine returns', () => {
    const model = stockholmSample();
    const steps = engineSteps(model);
    const done: number[] = [];
    let next = steps.next();
    while (!next.done) {
      done.push(next.value);
      next = steps.next();
    }
    expect(done).toEqual(model.alternatives.map((_, i) => i + 1));
    expect(next.value).toEqual(runEngine(model));
  });
  it('stops after validation when the model has errors', () => {
    const model = structuredClone(stockholmSample());
    model.alternatives[0]!.contracts[0]!.solutionIds.push('Ingen sådan lösning');
    const steps = engineSteps(model);
    const first = steps.next();
    expect(first.done).toBe(true);
    expect(first.value).toEqual({ problems: runEngine(model).problems, scenarios: [] });
  });
});

describe('parameterWrites on the real input sheets', () => {
  it('writes the chosen parameters where the reader reads them', () => {
    const sample = stockholmSample();
    const grid = planToGrid(inputSheetsPlan(sample, { language: 'sv', illustrative: true }));
    const choices = {
      ...defaultChoices(sample),
      horizonYears: 7,
      indexRate: 0.021,
      discountRate: 0.035,
      displayUnit: 'mnkr' as const,
    };
    const writes = parameterWrites(grid, choices);
    if ('missing' in writes) throw new Error(`not found: ${writes.missing}`);
    const sheet = grid.sheets.find((s) => s.name === writes.sheet)!;
    for (const { cell, value } of writes.cells) {
      const { row, col } = tryParseCell(cell)!;
      sheet.values[row]![col] = value;
    }
    const read = readModel(grid);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.model?.parameters).toMatchObject({
      horizonYears: 7,
      defaultIndexRate: 0.021,
      discountRate: 0.035,
      displayUnit: 'mnkr',
    });
  });
});

describe('summarise', () => {
  it('gives each payer its horizon total and average cost per pupil and year', () => {
    const model = applyChoices(stockholmSample(), defaultChoices(stockholmSample()));
    const scenario = runEngine(model).scenarios[0]!;
    const summary = summarise(model, scenario);
    expect(summary.total).toBe(scenario.total);
    expect(summary.payers.reduce((sum, p) => sum + p.total, 0)).toBeLessThanOrEqual(scenario.total);
    for (const row of summary.payers) {
      const payer = model.payers.find((p) => p.id === row.payerId)!;
      expect(row.perPupilPerYear).toBe(Math.round(row.total / scenario.years.length / payer.counts.pupils));
    }
  });
  it('says "not applicable" (null) for a payer without pupils, never 0 or Infinity', () => {
    const model = structuredClone(stockholmSample());
    model.payers[0]!.counts.pupils = 0;
    const summary = summarise(model, runEngine(model).scenarios[0]!);
    expect(summary.payers.find((p) => p.payerId === model.payers[0]!.id)?.perPupilPerYear).toBeNull();
  });
});
