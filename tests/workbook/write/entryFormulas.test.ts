import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import type { CostModel } from '../../../src/engine/model';
import { stockholmSample } from '../../../src/sample/stockholm';
import { label } from '../../../src/workbook/labels';
import { buildWritePlan } from '../../../src/workbook/write';
import { modelArb } from '../../engine/arbitraries';
import { OPTIONS } from './fixtures';
import { formulaCellsOnly, scenarioChecks } from './scenarioChecks';

describe('buildWritePlan: the formula of a cost entry', () => {
  it('multiplies the price in whole öre, the quantity, the index factor and the share of the year, and rounds once', () => {
    const model = stockholmSample();
    const output = runEngine(model);
    const plan = buildWritePlan(model, output, OPTIONS);
    const formulas = plan.sheets.flatMap((s) => s.rows.flat()).map((c) => c?.formula ?? '');
    // e.g. =ROUND(ROUND($E$45*100,0)*$D$180*F$70*F$160/100,0): price (kr→öre) × quantity × index × months/12
    const perUnit = /^=ROUND\(ROUND\(\$[A-Z]+\$\d+\*100,0\)\*[A-Z]+\d+\*[A-Z]+\$\d+\*[A-Z]+\d+\/100,0\)$/;
    expect(formulas.some((f) => perUnit.test(f))).toBe(true);
    // the index factor chains the rates: =D70*(1+E69)
    expect(formulas.some((f) => /^=[A-Z]+\d+\*\(1\+[A-Z]+\d+\)$/.test(f))).toBe(true);
  });
});

describe('buildWritePlan on engine results: entries and allocations are formulas of the snapshot', () => {
  it('writes every cost entry and every allocation of the Stockholm sample as a formula, and says so', () => {
    const model = stockholmSample();
    const output = runEngine(model);
    const plan = buildWritePlan(model, output, { ...OPTIONS, illustrative: true });
    for (const scenario of output.scenarios) {
      const { values, note } = formulaCellsOnly(plan, model, scenario);
      expect(values, scenario.name).toEqual([]);
      expect(note, scenario.name).toBe(label('sv', 'formulaNote'));
    }
  });

  it('recalculates the Stockholm sample to the engine, with allocations adding up to the totals', () => {
    const model = stockholmSample();
    const output = runEngine(model);
    const plan = buildWritePlan(model, output, OPTIONS);
    expect(scenarioChecks(plan, model, output)).toEqual([]);
  });

  it('holds for random valid models: formulas only, recalculated equal to the engine (property)', () => {
    fc.assert(
      fc.property(modelArb, (model: CostModel) => {
        const output = runEngine(model);
        const plan = buildWritePlan(model, output, OPTIONS);
        for (const scenario of output.scenarios) expect(formulaCellsOnly(plan, model, scenario).values).toEqual([]);
        expect(scenarioChecks(plan, model, output)).toEqual([]);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
