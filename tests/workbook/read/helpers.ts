/**
 * Small builders for reader tests: a workbook typed by hand (no tables, as
 * after a copy-paste), the template workbook, and addressing a table cell by
 * its header so tests say "the first payer's Elever/barn", not "D7".
 */
import type { CellValue, SheetGrid, WorkbookGrid } from '../../../src/workbook/grid';
import { inputSheetsPlan, templateModel } from '../../../src/workbook/inputs';
import { planToGrid } from '../../../src/workbook/planToGrid';
import { cellAddress } from '../../../src/workbook/read/a1';
import type { Language } from '../../../src/workbook/schema';

export function workbook(sheets: Record<string, CellValue[][]>): WorkbookGrid {
  return { sheets: Object.entries(sheets).map(([name, values]) => ({ name, values, tables: [] })) };
}

/** A minimal complete workbook as an analyst might type it: no tables, Swedish text values. */
export function typedWorkbook(): Record<string, CellValue[][]> {
  return {
    Kostnader: [
      ['Lösning'],
      ['Schema'],
      ['Frånvaro'],
      [],
      [],
      ['Lösning', 'Kostnadsslag', 'Typ', 'Prismodell', 'Belopp'],
      ['Schema', 'licens', 'årlig', 'per elev', '95 kr'],
      ['Frånvaro', 'införande', 'engångs', 'fast', '1,5 mnkr'],
    ],
    Kontrakt: [
      ['Alternativ', 'Kontrakt', 'Lösningar', 'Skolformer', 'Driftstart', 'Längd (år)'],
      ['Ett kontrakt', 'Allt', 'Schema; Frånvaro', 'grundskola, grundsärskola', '1 augusti 2025', 4],
    ],
    Resurser: [
      ['Betalare', 'Organisation', 'Skolform', 'Elever/barn', 'Personal'],
      ['Grundskola', 'UF', 'grundskola', '1 000', 100],
      ['Anpassad', 'UF', 'grundsärskola', 50, 20],
      [],
      [],
      ['Betalare', 'Schema', 'Frånvaro'],
      ['Grundskola', 'ja', 'x'],
      ['Anpassad', 'nej', '50 %'],
    ],
    Parametrar: [
      ['Parameter', 'Värde'],
      ['Basår', 2025],
      ['Horisont (år)', 10],
      ['Index per år', '2 %'],
      ['Diskonteringsränta', '2,5 %'],
      ['Kostnad per årsarbetare', '850 tkr'],
    ],
  };
}

export function templateGrid(language: Language = 'sv'): WorkbookGrid {
  return planToGrid(inputSheetsPlan(templateModel(), { language, illustrative: false }));
}

export function sheetOf(grid: WorkbookGrid, name: string): SheetGrid {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`test: no sheet ${name}`);
  return sheet;
}

/** Where a table's column sits: the header cell's row and column, by table name and header text. */
export function columnOf(
  grid: WorkbookGrid,
  table: string,
  header: string,
): { sheet: SheetGrid; headerRow: number; col: number } {
  for (const sheet of grid.sheets) {
    const info = sheet.tables.find((t) => t.name === table);
    if (!info) continue;
    const col = (sheet.values[info.headerRow] ?? []).findIndex((v) => v === header);
    if (col < 0) throw new Error(`test: no header ${header} in ${table}`);
    return { sheet, headerRow: info.headerRow, col };
  }
  throw new Error(`test: no table ${table}`);
}

/** Sets the n-th data cell (1-based) of a table column; returns its A1 address. */
export function setCell(grid: WorkbookGrid, table: string, header: string, value: CellValue, n = 1): string {
  const { sheet, headerRow, col } = columnOf(grid, table, header);
  const row = headerRow + n;
  while (sheet.values.length <= row) sheet.values.push([]);
  sheet.values[row]![col] = value;
  return cellAddress(row, col);
}

/** Renames a header cell of a table (or blanks it with null); returns its A1 address. */
export function setHeader(grid: WorkbookGrid, table: string, header: string, value: CellValue): string {
  const { sheet, headerRow, col } = columnOf(grid, table, header);
  sheet.values[headerRow]![col] = value;
  return cellAddress(headerRow, col);
}

/** Appends a data row to a table (the table grows by one row); cells by header. */
export function addRow(grid: WorkbookGrid, table: string, cells: Record<string, CellValue>): number {
  for (const sheet of grid.sheets) {
    const info = sheet.tables.find((t) => t.name === table);
    if (!info) continue;
    const row = info.lastRow + 1;
    // Shift everything below down by one row, as Excel does when a table grows.
    sheet.values.splice(row, 0, []);
    sheet.numberFormats?.splice(row, 0, []);
    for (const other of sheet.tables) {
      if (other === info) continue;
      if (other.headerRow >= row) {
        other.headerRow++;
        other.lastRow++;
      }
    }
    info.lastRow = row;
    for (const [header, value] of Object.entries(cells)) {
      const col = (sheet.values[info.headerRow] ?? []).findIndex((v) => v === header);
      if (col < 0) throw new Error(`test: no header ${header} in ${table}`);
      sheet.values[row]![col] = value;
    }
    return row;
  }
  throw new Error(`test: no table ${table}`);
}
