/**
 * Renders one PlannedSheet into an ExcelJS worksheet: cells (text stays
 * text, formulas keep the engine's value as their cached result), number
 * formats, styles, column widths, freeze panes, tables, drop-down lists,
 * print setup and tab colour. Charts are not ExcelJS's business: charts.ts
 * adds them to the package afterwards.
 */

import type ExcelJS from 'exceljs';
import type { PlannedCell, PlannedSheet, PlannedTable, PlannedValidation } from '../workbook/plan';
import { absoluteRef, cellAddress, parseRange } from './a1';
import { argb, cellStyle } from './styles';

/** Excel refuses a list validation whose formula text is longer than this. */
const MAX_INLINE_LIST = 255;

export interface ListSource {
  /** Puts the values on the hidden list sheet and returns an absolute range to them. */
  rangeFor(values: string[]): string;
}

export function writeSheet(ws: ExcelJS.Worksheet, sheet: PlannedSheet, lists: ListSource): void {
  const textHeaders = (sheet.tables ?? []).flatMap((table) => addTable(ws, sheet, table));
  // By row object and column number: ws.getCell(r, c) builds an 'A1' string
  // and parses it back for every cell.
  sheet.rows.forEach((row, r) => {
    let target: ExcelJS.Row | undefined;
    row.forEach((cell, c) => {
      if (!cell) return;
      target ??= ws.getRow(r + 1);
      writeCell(target.getCell(c + 1), cell);
    });
  });
  for (const h of textHeaders) ws.getCell(h.row + 1, h.col + 1).value = h.name;
  sheet.columnWidths?.forEach((width, c) => {
    if (width > 0) ws.getColumn(c + 1).width = width;
  });
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: sheet.freeze.columns,
        ySplit: sheet.freeze.rows,
        topLeftCell: cellAddress(sheet.freeze.rows, sheet.freeze.columns),
      },
    ];
  }
  for (const v of sheet.validations ?? []) addValidation(ws, v, lists);
  if (sheet.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: sheet.print.orientation,
      paperSize: 9, // A4: the city's printers
      ...(sheet.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(sheet.print.area ? { printArea: sheet.print.area } : {}),
    };
    if (sheet.print.header || sheet.print.footer) {
      ws.headerFooter = {
        ...ws.headerFooter,
        ...(sheet.print.header ? { oddHeader: sheet.print.header } : {}),
        ...(sheet.print.footer ? { oddFooter: sheet.print.footer } : {}),
      };
    }
  }
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
}

export function writeCell(target: ExcelJS.Cell, cell: PlannedCell): void {
  if (cell.formula !== undefined) {
    const formula = cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula;
    // ExcelJS types `result` narrowly; a text or boolean cached result is valid OOXML (t="str"/"b").
    target.value = { formula } as ExcelJS.CellFormulaValue;
    // Set the cached result on the live model: ExcelJS's `value` setter drops
    // falsy results (0, false, ''), and a total of 0 must be cached as 0.
    if (cell.value !== null) (target.model as { result?: unknown }).result = cell.value;
  } else {
    // A plain string is written as a shared string (t="s"): text, never a
    // formula, whatever it starts with ('=', '+', '@', '-'). Line breaks
    // become '\n', Excel's own: a raw '\r' would not survive XML parsing.
    target.value =
      typeof cell.value === 'string' && cell.value.includes('\r') ? cell.value.replace(/\r\n?/g, '\n') : cell.value;
  }
  target.style = cellStyle(cell.style, cell.numberFormat);
}

function cellAt(sheet: PlannedSheet, row: number, col: number): PlannedCell | null {
  return sheet.rows[row]?.[col] ?? null;
}

function cellText(cell: PlannedCell | null): string {
  return cell?.value === null || cell?.value === undefined ? '' : String(cell.value);
}

/**
 * Excel repairs a file whose table has an empty or duplicate column name or
 * no data row, so both are made valid here (the header cell shows the name used).
 */
function addTable(
  ws: ExcelJS.Worksheet,
  sheet: PlannedSheet,
  table: PlannedTable,
): { row: number; col: number; name: string }[] {
  const r = parseRange(table.range);
  const seen = new Set<string>();
  // ExcelJS reads totalsRowResult but its typings omit it.
  const columns: (ExcelJS.TableColumnProperties & { totalsRowResult?: unknown })[] = [];
  for (let c = r.left; c <= r.right; c++) {
    let name = cellText(cellAt(sheet, r.top, c)).trim() || `Kolumn${c - r.left + 1}`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${name} ${n}`;
    seen.add(name.toLowerCase());
    columns.push({ name, filterButton: true });
  }
  const lastData = table.showTotals ? r.bottom - 1 : r.bottom;
  const rows: unknown[][] = [];
  for (let row = r.top + 1; row <= lastData; row++) {
    const values: unknown[] = [];
    for (let c = r.left; c <= r.right; c++) values.push(cellAt(sheet, row, c)?.value ?? null);
    rows.push(values);
  }
  if (rows.length === 0) rows.push(columns.map(() => null));
  if (table.showTotals) {
    columns.forEach((column, i) => {
      const total = cellAt(sheet, r.bottom, r.left + i);
      if (i === 0) column.totalsRowLabel = cellText(total);
      else if (total?.formula) {
        column.totalsRowFunction = 'custom';
        column.totalsRowFormula = total.formula.replace(/^=/, '');
        column.totalsRowResult = total.value;
      } else column.totalsRowFunction = 'none';
    });
  }
  ws.addTable({
    name: table.name,
    ref: cellAddress(r.top, r.left),
    headerRow: true,
    totalsRow: Boolean(table.showTotals),
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns,
    rows,
  });
  // The header cells must hold the (possibly repaired) column names as text:
  // a number (a year) or a formula in a table header is also "repaired" by Excel.
  return columns
    .map((column, i) => ({ row: r.top, col: r.left + i, name: column.name }))
    .filter((h) => {
      const planned = cellAt(sheet, h.row, h.col);
      return typeof planned?.value !== 'string' || planned.formula !== undefined || planned.value !== h.name;
    });
}

function addValidation(ws: ExcelJS.Worksheet, v: PlannedValidation, lists: ListSource): void {
  const inline = `"${v.list.join(',')}"`;
  const fitsInline = inline.length <= MAX_INLINE_LIST && v.list.every((x) => !x.includes(',') && !x.includes('"'));
  const validation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    formulae: [fitsInline ? inline : lists.rangeFor(v.list)],
  };
  // Present at run time since ExcelJS 1.x; missing from its Worksheet typings.
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    v.range,
    validation,
  );
}

/** Writes long or comma-holding drop-down lists to a hidden sheet, one column per list. */
export function hiddenListSheet(workbook: ExcelJS.Workbook, name: string): ListSource & { used(): boolean } {
  let ws: ExcelJS.Worksheet | undefined;
  const columns = new Map<string, string>();
  return {
    used: () => ws !== undefined,
    rangeFor(values: string[]): string {
      const key = JSON.stringify(values);
      const known = columns.get(key);
      if (known) return known;
      ws ??= workbook.addWorksheet(name, { state: 'hidden' });
      const col = columns.size;
      values.forEach((value, i) => {
        ws!.getCell(i + 1, col + 1).value = value;
      });
      const ref = absoluteRef(name, { top: 0, left: col, bottom: Math.max(values.length - 1, 0), right: col });
      columns.set(key, ref);
      return ref;
    },
  };
}
