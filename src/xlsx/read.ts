/**
 * Reads an .xlsx file into the host-independent WorkbookGrid: the same shape
 * the Office.js adapter produces, so the pure reader cannot tell them apart.
 *
 * Conventions (mirroring Office.js `values`): the grid starts at A1 and spans
 * the used range; empty cells are null; a merged area holds its value in the
 * top-left cell only; hidden rows include rows hidden by a filter (Excel
 * stores both the same way); markers come from the defined names (markers.ts).
 */

import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, TableInfo, WorkbookGrid } from '../workbook/grid';
import { parseRange } from './a1';
import { toCellValue } from './cellValue';
import { readMarkers } from './markers';
import { openPackage } from './package';

const FORMULA = ExcelJS.ValueType.Formula;

export async function readXlsxGrid(data: Uint8Array): Promise<WorkbookGrid> {
  const { workbook, workbookXml } = await openPackage(data);
  const markers = readMarkers(workbookXml);
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((worksheet) => {
    sheets.push(readSheet(worksheet, markers.get(worksheet.name), date1904));
  });
  return { sheets };
}

function readSheet(ws: ExcelJS.Worksheet, marker: string | undefined, date1904: boolean): SheetGrid {
  let rowCount = 0;
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (_cell, colNumber) => {
      rowCount = Math.max(rowCount, rowNumber);
      colCount = Math.max(colCount, colNumber);
    });
  });
  const tables = readTables(ws);
  for (const t of tables) {
    rowCount = Math.max(rowCount, t.lastRow + 1);
    colCount = Math.max(colCount, t.lastColumn + 1);
  }

  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    if (row.hidden) hiddenRows.push(r - 1);
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let c = 1; c <= colCount; c++) {
      const cell = row.getCell(c);
      const isMergedSlave = cell.isMerged && cell.master !== cell;
      rowValues.push(isMergedSlave ? null : toCellValue(rawValue(cell), date1904));
      rowFormats.push(cell.numFmt || 'General');
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }

  const grid: SheetGrid = { name: ws.name, values, numberFormats, hiddenRows, tables };
  if (marker !== undefined) grid.marker = marker;
  return grid;
}

/**
 * A formula cell's cached result comes from `cell.result`: ExcelJS's `value`
 * copy drops falsy results (0, false, ''), so a formula showing 0 would read
 * as empty.
 */
function rawValue(cell: ExcelJS.Cell): unknown {
  return cell.type === FORMULA ? { formula: cell.formula ?? '', result: cell.result } : cell.value;
}

/** ExcelJS keeps a loaded table's range in `tableRef`, an added one's in `ref`. */
interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

function readTables(ws: ExcelJS.Worksheet): TableInfo[] {
  const tables = (ws as unknown as { tables: Record<string, { table?: TableModel; model?: TableModel }> }).tables;
  const out: TableInfo[] = [];
  for (const entry of Object.values(tables ?? {})) {
    const model = entry.table ?? entry.model;
    const ref = model?.tableRef ?? model?.ref;
    if (!model || !ref || !ref.includes(':')) continue;
    const r = parseRange(ref);
    out.push({
      name: model.name,
      headerRow: r.top,
      firstColumn: r.left,
      // A totals row is not data: the grid's lastRow is the last data row.
      lastRow: model.totalsRow ? r.bottom - 1 : r.bottom,
      lastColumn: r.right,
    });
  }
  return out;
}
