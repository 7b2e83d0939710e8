/**
 * The emulated workbook's state: plain data the proxies read and change when
 * a sync executes their queued operations. Nothing here knows about proxies.
 */
import type { CellValue } from '../../workbook/grid';
import type { RangePos } from '../../workbook/a1';

export interface CellFont {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
}

export interface CellState {
  /** Constant value, or the last value written to a formula cell (the emulation does not calculate). */
  value: CellValue;
  formula?: string;
  numberFormat: string;
  font?: CellFont;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: 'Top' | 'Center' | 'Bottom';
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  rect: RangePos;
  showTotals: boolean;
}

/** Where the other axis crosses this one (Excel.ChartAxisPosition; 'Custom' is not modelled). */
export type AxisPosition = 'Automatic' | 'Maximum' | 'Minimum';

export interface ChartState {
  name: string;
  type: string;
  source: string; // A1 address on the same sheet
  seriesBy: string;
  title: string;
  position?: { topLeft: string; bottomRight: string };
  /** The category axis: plotted last to first (ExcelApi 1.7), and where the value axis crosses it (1.8). */
  categoryAxis: { reversePlotOrder: boolean; position: AxisPosition };
}

/** A defined name, workbook-scoped (BookState.names) or sheet-scoped (SheetState.names). */
export interface NameState {
  name: string;
  /** Formula text, e.g. '=IF(FALSE,'Alt 1'!$A$1,"skolkostnad:…")', '="…"' or '=Blad1!$A$1'. */
  formula: string;
  visible: boolean;
  comment: string;
}

export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: string;
  /** Rows repeated at the top of every page, as set ('$1:$9'). */
  printTitleRows?: string;
  /** Columns repeated at the left of every page, as set ('$A:$A'). */
  printTitleColumns?: string;
  /** In points, as Office.js takes them. */
  margins: PageMarginsState;
  /** Manual page breaks: 0-based rows that start a page (horizontalPageBreaks). */
  rowBreaks: number[];
  centerHeader: string;
  centerFooter: string;
}

export interface PageMarginsState {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** Excel's "Normal" margins of a new sheet, in points (0.7", 0.75", 0.3"). */
export const DEFAULT_MARGINS: PageMarginsState = {
  left: 50.4,
  right: 50.4,
  top: 54,
  bottom: 54,
  header: 21.6,
  footer: 21.6,
};

export interface ValidationState {
  address: string;
  list: string;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  /** Key: row * MAX_COLUMNS + col. */
  cells: Map<number, CellState>;
  hiddenRows: Set<number>;
  /** Row heights set by RangeFormat.rowHeight, in points; other rows have the default. */
  rowHeights: Map<number, number>;
  /** Merged areas (Range.merge), as A1 ranges. */
  merged: string[];
  columnWidths: Map<number, number>; // points
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutState;
  charts: ChartState[];
  names: NameState[];
  validations: ValidationState[];
  deleted: boolean;
}

export interface BookState {
  sheets: SheetState[];
  tables: TableState[];
  /** Workbook-scoped defined names, in the order they were added. */
  names: NameState[];
  active: SheetState | null;
  selection?: { sheetId: string; address: string };
  counter: number;
}

export function newSheet(book: BookState, name: string): SheetState {
  book.counter += 1;
  const hex = book.counter.toString(16).padStart(12, '0');
  return {
    id: `{00000000-0001-0000-0000-${hex}}`,
    name,
    visibility: 'Visible',
    tabColor: '',
    cells: new Map(),
    hiddenRows: new Set(),
    rowHeights: new Map(),
    merged: [],
    columnWidths: new Map(),
    freeze: { rows: 0, columns: 0 },
    pageLayout: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      margins: { ...DEFAULT_MARGINS },
      rowBreaks: [],
      centerHeader: '',
      centerFooter: '',
    },
    charts: [],
    names: [],
    validations: [],
    deleted: false,
  };
}

/** Find a live sheet by name (ignoring case, as Excel does) or by id. */
export function findSheet(book: BookState, key: string): SheetState | undefined {
  const lower = key.toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === lower || s.id === key);
}

/** Find a table by name (ignoring case) or id. */
export function findTable(book: BookState, key: string): TableState | undefined {
  const lower = key.toLowerCase();
  return book.tables.find((t) => t.name.toLowerCase() === lower || t.id === key);
}
