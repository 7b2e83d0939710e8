import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWritePlan } from '../../../src/workbook/write';
import { OPTIONS, smallModel, smallOutput } from './fixtures';
import { rowOf, sheetByKey } from './helpers';
import { buildHyperFormula, recalcMismatches, toHyperFormulaSheets } from './recalc';
import { modelAndOutput } from './randomScenario';

describe('buildWritePlan: cached values equal what the formulas compute (HyperFormula)', () => {
  it('holds for the small model in Swedish', () => {
    const model = smallModel();
    const { mismatches, formulas } = recalcMismatches(buildWritePlan(model, smallOutput(model), OPTIONS));
    expect(formulas).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });

  it('holds for the small model in English', () => {
    const model = smallModel();
    const plan = buildWritePlan(model, smallOutput(model), { ...OPTIONS, language: 'en' });
    expect(recalcMismatches(plan).mismatches).toEqual([]);
  });

  it('holds for random horizons, counts, units, entries and splits (property)', () => {
    fc.assert(
      fc.property(modelAndOutput, ({ model, output }) => {
        expect(recalcMismatches(buildWritePlan(model, output, OPTIONS)).mismatches).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('notices a cached value that differs from the formula (the check can fail)', () => {
    const model = smallModel();
    const plan = buildWritePlan(model, smallOutput(model), OPTIONS);
    const scenario = sheetByKey(plan, 'scenario:alt1');
    const sumRow = rowOf(scenario, 'Summa kostnader');
    const cell = scenario.rows[sumRow]![3]!;
    cell.value = (cell.value as number) + 1;
    const { mismatches } = recalcMismatches(plan);
    expect(mismatches.map((m) => m.at)).toEqual([`${scenario.name}!R${sumRow + 1}C4`]);
  });
});

describe('scenario sheet snapshot', () => {
  it('recalculates cost per user when a user count in the snapshot changes', () => {
    const model = smallModel();
    const plan = buildWritePlan(model, smallOutput(model), OPTIONS);
    const sheet = sheetByKey(plan, 'scenario:alt1');
    const payerRow = rowOf(sheet, 'Utbildningsförvaltningen – grundskola'); // the snapshot's payer table comes first
    const usersCol = 7; // H: Användare
    expect(sheet.rows[payerRow]![usersCol]!.value).toBe(75_000);

    const hf = buildHyperFormula(
      toHyperFormulaSheets(plan, (name, row, col) =>
        name === sheet.name && row === payerRow && col === usersCol ? 50_000 : undefined,
      ),
    );
    const perUserHeader = rowOf(sheet, 'Kostnad per användare och betalare (kr)') + 1;
    const id = hf.getSheetId(sheet.name)!;
    const allocRow = rowOf(sheet, 'Fördelning per betalare (tkr)') + 2;
    const amount2024 = sheet.rows[allocRow]![3]!.value as number;
    expect(hf.getCellValue({ sheet: id, row: perUserHeader + 1, col: 3 })).toBe(
      Math.round((amount2024 / 50_000) * 100) / 100,
    );
    hf.destroy();
  });
});
