import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../src/engine/scenario';
import type { CostModel } from '../../../src/engine/model';
import { compileModel, isUncertain } from '../../../src/engine/simulation/compile';
import { evaluate, likelyValues } from '../../../src/engine/simulation/evaluate';
import { stockholmSample } from '../../../src/sample/stockholm';
import { degenerateModelArb, rangedModelArb, withDegenerateRanges } from './helpers';

/** The compiled evaluation at likely values against the engine, for every alternative. */
function expectEngineFigures(model: CostModel): void {
  const compiled = compileModel(model);
  expect(compiled.alternatives).toHaveLength(model.alternatives.length);
  model.alternatives.forEach((alternative, a) => {
    const engine = computeScenario(model, alternative);
    const compiledFigures = evaluate(compiled, a, likelyValues(compiled));
    expect(compiledFigures.totalByYear).toEqual(engine.totalByYear);
    expect(compiledFigures.total).toBe(engine.total);
    expect(compiledFigures.npv).toBe(engine.npv);
  });
}

describe('compileModel', () => {
  it('lists every cost line with a range and a used amount as an input, tiered lines not', () => {
    const model = stockholmSample();
    const compiled = compileModel(model);
    expect(compiled.inputs.map((i) => i.lineId)).toEqual(model.costLines.filter(isUncertain).map((l) => l.id));
    expect(compiled.inputs.length).toBe(model.costLines.filter((l) => l.basis.kind !== 'tiered').length);
    for (const input of compiled.inputs) expect(input.min <= input.likely && input.likely <= input.max).toBe(true);
  });

  it('reproduces the engine exactly for the Stockholm sample at likely values: per year, total and NPV', () => {
    expectEngineFigures(stockholmSample());
    expectEngineFigures(withDegenerateRanges(stockholmSample()));
  });

  it('reproduces the engine exactly for random models with degenerate ranges (min = likely = max)', () => {
    fc.assert(
      fc.property(degenerateModelArb, (model) => expectEngineFigures(model)),
      { numRuns: 300 },
    );
  });

  it('reproduces the engine exactly at likely values when the ranges are wide', () => {
    fc.assert(
      fc.property(rangedModelArb, (model) => expectEngineFigures(model)),
      { numRuns: 300 },
    );
  });

  it('keeps entries that are zero at the likely value but not at the max', () => {
    const model = stockholmSample();
    const line = model.costLines.find((l) => l.basis.kind === 'fixed' && l.recurrence === 'yearly')!;
    line.amount = 0;
    line.range = { min: 0, max: 1_000_000_00 };
    const compiled = compileModel(model);
    const u = compiled.inputs.findIndex((i) => i.lineId === line.id);
    const values = likelyValues(compiled);
    values[u] = line.range.max;
    const atMax = evaluate(compiled, 0, values).total;
    const engine = computeScenario(
      { ...model, costLines: model.costLines.map((l) => (l === line ? { ...l, amount: line.range!.max } : l)) },
      model.alternatives[0]!,
    );
    expect(atMax).toBe(engine.total);
    expect(atMax).toBeGreaterThan(evaluate(compiled, 0, likelyValues(compiled)).total);
  });

  it('reproduces the engine exactly with any line at its max, others at likely', () => {
    fc.assert(
      fc.property(rangedModelArb, fc.nat(), (model, pick) => {
        const compiled = compileModel(model);
        if (compiled.inputs.length === 0) return;
        const u = pick % compiled.inputs.length;
        const input = compiled.inputs[u]!;
        const values = likelyValues(compiled);
        values[u] = input.max;
        const moved: CostModel = {
          ...model,
          costLines: model.costLines.map((l) => (l.id === input.lineId ? { ...l, amount: input.max } : l)),
        };
        const engine = computeScenario(moved, moved.alternatives[0]!);
        const figures = evaluate(compiled, 0, values);
        expect(figures.totalByYear).toEqual(engine.totalByYear);
        expect(figures.npv).toBe(engine.npv);
      }),
      { numRuns: 300 },
    );
  });

  it('shares each payer within 1 kr per entry of the engine (weights unrounded instead of largest remainder)', () => {
    const model = stockholmSample();
    const compiled = compileModel(model);
    model.alternatives.forEach((alternative, a) => {
      const engine = computeScenario(model, alternative);
      const figures = evaluate(compiled, a, likelyValues(compiled));
      compiled.payers.forEach((payer, p) => {
        const engineTotal = engine.payerTotals.find((t) => t.payerId === payer.id)!.total;
        expect(Math.abs(figures.payerTotals[p]! - engineTotal)).toBeLessThanOrEqual(100 * engine.entries.length);
      });
      const sum = figures.payerTotals.reduce((x, y) => x + y, 0);
      const unallocated = engine.unallocatedByYear.reduce((x, y) => x + y, 0);
      expect(Math.abs(sum - (engine.total - unallocated))).toBeLessThan(1);
    });
  });

  it('compiles no alternative and returns the problems when the model has errors', () => {
    const model = stockholmSample();
    const line = model.costLines.find(isUncertain)!;
    line.range = { min: line.amount + 100, max: line.amount + 200 }; // likely outside its range
    const compiled = compileModel(model);
    expect(compiled.problems.some((p) => p.severity === 'error' && p.code === 'invalidRange')).toBe(true);
    expect(compiled.alternatives).toEqual([]);
  });
});
