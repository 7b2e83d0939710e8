import { describe, expect, it } from 'vitest';
import type { DisplayUnit } from '../../../src/engine/model';
import { buildWritePlan, FORMATS, moneyFormat } from '../../../src/workbook/write';
import { OPTIONS, smallModel, smallOutput } from './fixtures';
import { rowOf, sheetByKey } from './helpers';

function planIn(unit: DisplayUnit) {
  const model = smallModel();
  model.parameters.displayUnit = unit;
  return buildWritePlan(model, smallOutput(model), OPTIONS);
}

describe('moneyFormat', () => {
  it('scales the shown value by the display unit while the cell keeps kronor', () => {
    expect(moneyFormat('kr')).toBe('#,##0');
    expect(moneyFormat('tkr')).toBe('#,##0,');
    expect(moneyFormat('mnkr')).toBe('#,##0.0,,');
  });
});

describe('buildWritePlan: number formats by display unit', () => {
  for (const unit of ['kr', 'tkr', 'mnkr'] as const) {
    it(`formats money in ${unit} and keeps whole kronor in the cells`, () => {
      const plan = planIn(unit);
      const sheet = sheetByKey(plan, 'scenario:alt1');
      const sum = sheet.rows[rowOf(sheet, 'Summa kostnader')]!;
      for (const cell of sum.slice(3, 8)) {
        expect(cell?.numberFormat).toBe(moneyFormat(unit));
        expect(Number.isInteger(cell?.value)).toBe(true);
      }
      const summary = sheetByKey(plan, 'summary');
      expect(summary.rows[rowOf(summary, 'Ett kontrakt')]![2]!.numberFormat).toBe(moneyFormat(unit));
    });

    it(`names the unit ${unit} in the section headings and the note`, () => {
      const sheet = sheetByKey(planIn(unit), 'scenario:alt1');
      expect(sheet.rows.some((r) => r[0]?.value === `Fördelning per betalare (${unit})`)).toBe(true);
      expect(sheet.rows.some((r) => String(r[0]?.value).startsWith(`Belopp i ${unit} exklusive moms`))).toBe(true);
    });
  }

  it('shows cost per pupil and per user in kr with two decimals whatever the unit', () => {
    const sheet = sheetByKey(planIn('mnkr'), 'scenario:alt1');
    const row = sheet.rows[rowOf(sheet, 'Kostnad per användare och betalare (kr)') + 2]!;
    for (const cell of row.slice(3, 7)) expect(cell?.numberFormat).toBe(FORMATS.perUnit);
    expect(row[3]!.value).toBe(138.08);
  });

  it('shows "–" for a payer without pupils, never 0 or an error', () => {
    const sheet = sheetByKey(planIn('tkr'), 'scenario:alt1');
    const sfi = rowOf(sheet, 'Kostnad per elev/barn och betalare (kr)') + 3; // the sfi payer has no pupils
    expect(sheet.rows[sfi]!.slice(3, 7).map((c) => c?.value)).toEqual(['–', '–', '–', '–']);
  });

  it('formats rates as percentages and years without separators', () => {
    const sheet = sheetByKey(planIn('kr'), 'scenario:alt1');
    const rates = sheet.rows.find((r) => r[0]?.value === 'Diskonteringsränta')!;
    expect(rates[1]!.numberFormat).toBe('0.00%');
    const yearHeader = sheet.rows.find((r) => r[2]?.value === 'År')!;
    expect(yearHeader[3]!.numberFormat).toBe('0');
  });
});
