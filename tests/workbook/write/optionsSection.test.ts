import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import { stockholmSample } from '../../../src/sample/stockholm';
import { label } from '../../../src/workbook/labels';
import { buildWritePlan } from '../../../src/workbook/write';
import { OPTIONS } from './fixtures';
import { sheetByKey } from './helpers';

describe('Jämförelse: totals with and without option years', () => {
  it('shows the way Parametrar counts as formulas of the scenario sheets and the other way as the engine computed it', () => {
    const model = stockholmSample();
    const output = runEngine(model);
    const plan = buildWritePlan(model, output, OPTIONS);
    const sheet = plan.sheets.find((s) => s.kind === 'comparison')!;
    const header = sheet.rows.findIndex((r) => r[3]?.value === label('sv', 'totalWithoutOptions'));
    expect(header).toBeGreaterThan(0);
    output.scenarios.forEach((s, k) => {
      const row = sheet.rows[header + 1 + k]!;
      expect(row[0]?.value).toBe(s.name);
      expect(row[1]?.formula).toContain(sheetByKey(plan, `scenario:${s.alternativeId}`).name);
      expect(row[1]?.value).toBe(s.total / 100);
      expect(s.optionsOtherWay?.countOptions).toBe(false);
      expect(row[3]?.value).toBe(s.optionsOtherWay!.total / 100);
      // Without option years the 8-year contracts end in 2032 and their successors are procured: dearer.
      expect(s.optionsOtherWay!.total).toBeGreaterThan(s.total);
    });
  });
});
