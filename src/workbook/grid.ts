/**
 * The raw workbook as the adapters read it: plain grids of cell values, the
 * same whether they came from Office.js (`src/hosts/officejs/`) or from an .xlsx file
 * through ExcelJS (`src/hosts/xlsx/`). The pure reader (`src/workbook/read/`) turns
 * this into a CostModel plus problems; it never sees a host object.
 */

/** An Excel error value such as '#REF!', '#DIV/0!', '#N/A'. */
export interface ErrorValue {
  error: string;
}

/**
 * One cell's value as stored: numbers (dates are Excel serial numbers), text,
 * booleans, an error, or null for empty.
 */
export type CellValue = number | string | boolean | ErrorValue | null;

export interface TableInfo {
  /** Excel table name, e.g. 'tblKostnader'. */
  name: string;
  /** 0-based row/column of the header row's first cell within the sheet grid. */
  headerRow: number;
  firstColumn: number;
  /** Inclusive last row (data) and last column, 0-based. */
  lastRow: number;
  lastColumn: number;
}

export interface SheetGrid {
  name: string;
  /** Rows × columns of the used range, starting at A1 (row 0 = Excel row 1). */
  values: CellValue[][];
  /** Number formats, same shape as values ('General', '0%', 'yyyy-mm-dd' …); may be omitted. */
  numberFormats?: string[][];
  /** Row indexes (0-based) hidden by the user or by a filter. */
  hiddenRows?: number[];
  /**
   * Cells (0-based) holding a formula with no computed value in the file: an
   * .xlsx written by a program that does not calculate. Their value above is
   * null, so every other consumer sees what it always saw; the reader reports
   * them instead of taking them for blank (a blank means something: 0, a
   * default, or "this row is empty"). Office.js always calculates: never set there.
   */
  uncalculatedFormulas?: { row: number; col: number }[];
  /**
   * Merged areas (0-based, inclusive). Their value sits in the top-left cell,
   * the others read as null; the reader reports a merged-over cell it needs
   * instead of taking it for blank. May be omitted (Office.js adapter).
   */
  mergedAreas?: { top: number; left: number; bottom: number; right: number }[];
  tables: TableInfo[];
  /** Marker of a sheet the add-in generated (see plan.ts), or undefined for the user's own sheets. */
  marker?: string;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/**
 * The sheets of a grid with the given names (ignoring case, as Excel
 * compares sheet names), in the order asked; names the grid lacks are left
 * out. The hosts' readSheets (src/app/port.ts).
 */
export function sheetsNamed(grid: WorkbookGrid, names: readonly string[]): SheetGrid[] {
  return names.flatMap((name) => {
    const sheet = grid.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    return sheet ? [sheet] : [];
  });
}
