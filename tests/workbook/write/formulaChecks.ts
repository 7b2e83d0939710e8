/**
 * Readers for the formula tests: which cells of a scenario sheet's cost
 * table and allocation section are formulas, and a recalculated copy of a
 * plan (HyperFormula) with some snapshot cells changed.
 */
import type { HyperFormula } from 'hyperformula';
import type { PlannedSheet, WritePlan } from '../../../src/workbook/plan';
import { rowOf } from './helpers';
import { buildHyperFormula, toHyperFormulaSheets } from './recalc';

/** Rows (0-based) of a section: from the row after its header to the row before `endLabel`. */
export function sectionRows(sheet: PlannedSheet, title: string, endLabel: string): number[] {
  const header = rowOf(sheet, title) + 1;
  const end = sheet.rows.findIndex((r, i) => i > header && r[0]?.value === endLabel);
  return Array.from({ length: end - header - 1 }, (_, i) => header + 1 + i);
}

/** Non-zero year cells of the given rows that are plain values, as 'R12C4'. */
export function valueCells(sheet: PlannedSheet, rows: number[], years: number): string[] {
  const out: string[] = [];
  for (const row of rows) {
    for (let col = 3; col < 3 + years; col++) {
      const cell = sheet.rows[row]?.[col];
      if (cell && cell.formula === undefined && cell.value !== 0) out.push(`R${row + 1}C${col + 1}`);
    }
  }
  return out;
}

export interface Recalculated {
  hf: HyperFormula;
  value(sheet: string, row: number, col: number): unknown;
}

/** A HyperFormula copy of the plan with the given cells replaced ('Sheet' → 'row,col' → value). */
export function recalculate(
  plan: WritePlan,
  changes: { sheet: string; row: number; col: number; value: number }[] = [],
): Recalculated {
  const hf = buildHyperFormula(
    toHyperFormulaSheets(
      plan,
      (name, row, col) => changes.find((c) => c.sheet === name && c.row === row && c.col === col)?.value,
    ),
  );
  return {
    hf,
    value: (sheet, row, col) => hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col }),
  };
}
