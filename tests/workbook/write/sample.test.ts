import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import { stockholmSample } from '../../../src/sample/stockholm';
import { buildWritePlan } from '../../../src/workbook/write';
import { isValidSheetName } from '../../../src/workbook/sheetNames';
import { OPTIONS } from './fixtures';
import { rowOf, sheetByKey } from './helpers';
import { recalcMismatches } from './recalc';

describe('buildWritePlan on the Stockholm sample with the real engine', () => {
  const model = stockholmSample();
  const output = runEngine(model);
  const plan = buildWritePlan(model, output, { ...OPTIONS, illustrative: true });

  it('runs the engine without blocking problems', () => {
    expect(output.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(output.scenarios.length).toBe(model.alternatives.length);
  });

  it('writes a summary, a comparison and a sheet per alternative, all validly named', () => {
    expect(plan.sheets).toHaveLength(2 + model.alternatives.length);
    for (const sheet of plan.sheets) expect(isValidSheetName(sheet.name), sheet.name).toBe(true);
  });

  it('has every cached value equal to what HyperFormula computes from the formulas', () => {
    const { mismatches, formulas } = recalcMismatches(plan);
    expect(formulas).toBeGreaterThan(500);
    expect(mismatches).toEqual([]);
  });

  it("shows on each scenario sheet the engine's totals per year and per payer", () => {
    for (const scenario of output.scenarios) {
      const sheet = sheetByKey(plan, `scenario:${scenario.alternativeId}`);
      const years = scenario.years.length;
      const sum = sheet.rows[rowOf(sheet, 'Summa kostnader')]!;
      expect(sum.slice(3, 3 + years).map((c) => c?.value)).toEqual(scenario.totalByYear.map((o) => o / 100));
      expect(sum[3 + years]!.value).toBe(scenario.total / 100);
      const firstPayer = rowOf(sheet, 'Fördelning per betalare (kr)'.replace('kr', model.parameters.displayUnit)) + 2;
      model.payers.forEach((payer, i) => {
        const total = scenario.payerTotals.find((t) => t.payerId === payer.id)!.total;
        expect(sheet.rows[firstPayer + i]![3 + years]!.value, payer.name).toBe(total / 100);
      });
    }
  });
});
