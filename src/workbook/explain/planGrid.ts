/**
 * An ExplainGrid over planned sheets: what the workbook holds after a plan is
 * applied (values are the cached values). For tests and the browser preview.
 */
import type { PlannedSheet } from '../plan';
import type { ExplainGrid } from './types';

export function gridFromPlan(sheets: PlannedSheet[]): ExplainGrid {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const cell = (sheet: string, row: number, col: number) => byName.get(sheet.toLowerCase())?.rows[row]?.[col];
  return {
    value: (sheet, row, col) => cell(sheet, row, col)?.value ?? null,
    formula: (sheet, row, col) => cell(sheet, row, col)?.formula,
  };
}
