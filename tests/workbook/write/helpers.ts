/**
 * Small readers over a write plan for the writer's tests: find a sheet by
 * key, a cell by A1 address, the row holding a label, every cell.
 */
import type { PlannedCell, PlannedSheet, WritePlan } from '../../../src/workbook/plan';
import { columnLetters } from '../../../src/workbook/write/a1';
import { parseCell } from '../../../src/workbook/a1';

export function sheetByKey(plan: WritePlan, key: string): PlannedSheet {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (sheet === undefined) throw new Error(`no sheet with key ${key}`);
  return sheet;
}

/** Cell at an A1 address such as 'D43'. */
export function cellAt(sheet: PlannedSheet, a1: string): PlannedCell | null {
  const { row, col } = parseCell(a1);
  return sheet.rows[row]?.[col] ?? null;
}

/** 0-based index of the first row whose column A shows `text`. */
export function rowOf(sheet: PlannedSheet, text: string): number {
  const index = sheet.rows.findIndex((r) => r[0]?.value === text);
  if (index < 0) throw new Error(`no row labelled ${text} on ${sheet.name}`);
  return index;
}

export interface Located {
  sheet: PlannedSheet;
  a1: string;
  cell: PlannedCell;
}

export function allCells(plan: WritePlan): Located[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((cells, row) =>
      cells.flatMap((cell, col) => (cell === null ? [] : [{ sheet, a1: `${columnLetters(col)}${row + 1}`, cell }])),
    ),
  );
}
