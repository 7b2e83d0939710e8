/**
 * planToGrid: what a workbook would hold after a plan is applied, as the grid
 * the reader reads — without Excel. Pure; values only (a formula contributes
 * its cached value), number formats kept (the reader needs '%'), tables
 * become TableInfo. It lets every layer test read(write(x)).
 */
import type { CellValue, SheetGrid, TableInfo, WorkbookGrid } from './grid';
import type { PlannedSheet } from './plan';
import { parseRange } from './read/a1';

export function planToGrid(sheets: PlannedSheet[]): WorkbookGrid {
  return { sheets: sheets.map(sheetToGrid) };
}

function sheetToGrid(sheet: PlannedSheet): SheetGrid {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const values: CellValue[][] = sheet.rows.map((row) =>
    Array.from({ length: width }, (_, col) => row[col]?.value ?? null),
  );
  const numberFormats: string[][] = sheet.rows.map((row) =>
    Array.from({ length: width }, (_, col) => row[col]?.numberFormat ?? 'General'),
  );
  const tables: TableInfo[] = (sheet.tables ?? []).map((t) => {
    const r = parseRange(t.range);
    return { name: t.name, headerRow: r.top, firstColumn: r.left, lastRow: r.bottom, lastColumn: r.right };
  });
  const grid: SheetGrid = { name: sheet.name, values, numberFormats, tables };
  if (sheet.marker !== undefined) grid.marker = sheet.marker;
  return grid;
}
