import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import { stockholmSample } from '../../../src/sample/stockholm';
import { label } from '../../../src/workbook/labels';
import { buildWritePlan } from '../../../src/workbook/write';
import { recalculate } from './formulaChecks';
import { OPTIONS } from './fixtures';
import { rowOf, sheetByKey } from './helpers';

describe('scenario sheet: baseline "re-procure as today" and the reference line', () => {
  const model = stockholmSample();
  const output = runEngine(model);
  const plan = buildWritePlan(model, output, OPTIONS);
  const scenario = output.scenarios[0]!;
  const sheet = sheetByKey(plan, `scenario:${scenario.alternativeId}`);

  it('shows "continue unchanged" only as a reference, labelled as not possible under LOU, recalculating to the engine', () => {
    const row = rowOf(sheet, label('sv', 'unchangedReference'));
    expect(label('sv', 'unchangedReference')).toContain('inte möjligt enligt LOU efter avtalets slut');
    const calc = recalculate({ ...plan, sheets: [sheet] });
    try {
      const years = scenario.years.length;
      const shown = scenario.years.map((_, i) => calc.value(sheet.name, row, 3 + i));
      expect(shown).toEqual(scenario.baseline.unchangedByYear.map((x) => x / 100));
      expect(calc.value(sheet.name, row, 3 + years)).toBe(scenario.baseline.unchangedTotal / 100);
      expect(calc.value(sheet.name, row, 4 + years)).toBe(scenario.baseline.unchangedNpv / 100);
      expect(sheet.rows[row]![3]!.formula).toBeDefined();
    } finally {
      calc.hf.destroy();
    }
  });

  it('compares with a baseline above the reference: the same prices plus procurement and contract management', () => {
    const b = scenario.baseline;
    expect(b.baselineTotal).toBeGreaterThan(b.unchangedTotal);
    expect(b.differenceTotal).toBe(scenario.total - b.baselineTotal);
    const baselineRow = rowOf(sheet, label('sv', 'baseline'));
    expect(sheet.rows[baselineRow]![3]!.formula).toContain('ROUND(');
    // The per-agreement procurement and FTE are averages of the alternatives' contracts, as formulas.
    const fte = sheet.rows.findIndex((r) => r[0]?.value === label('sv', 'baselineManagementFte'));
    expect(sheet.rows[fte]![3]!.formula).toMatch(/^=\(.+\)\/\d+$/);
  });
});
