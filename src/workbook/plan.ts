/**
 * A write plan: everything the add-in writes into a workbook, as plain data.
 * Built by pure functions (`src/workbook/write/`) from engine results, applied
 * by two thin adapters: Office.js (`src/hosts/officejs/`) and ExcelJS (`src/hosts/xlsx/`).
 * An adapter only translates; it decides nothing about content or layout.
 */

export type PlannedValue = number | string | boolean | null;

export type CellStyle = 'title' | 'subtitle' | 'header' | 'label' | 'total' | 'note' | 'warning' | 'input'; // snapshot input cells a reader may change

export interface PlannedCell {
  /** The value, or the cached value of the formula. Text is always written as text. */
  value: PlannedValue;
  /** Formula in Excel's invariant (en-US) syntax, starting with '='. */
  formula?: string;
  /** Excel number format code (invariant), e.g. '# ##0' is NOT valid: use '#,##0'. */
  numberFormat?: string;
  style?: CellStyle;
}

export interface PlannedTable {
  name: string;
  /** A1 range including the header row, e.g. 'A5:F20'. */
  range: string;
  showTotals?: boolean;
}

export interface PlannedChart {
  kind: 'line' | 'columnClustered' | 'barClustered' | 'columnStacked';
  title: string;
  /** A1 range of the source data including headers, on the same sheet. */
  dataRange: string;
  seriesBy: 'rows' | 'columns';
  /** Top-left and bottom-right cells where the chart is placed. */
  topLeft: string;
  bottomRight: string;
  /**
   * Draw the categories in the order of the data from the top down (a
   * tornado: largest bar first). Excel's bar charts put the first category at
   * the bottom; this reverses the category axis and keeps the value axis at
   * the bottom edge. Only meaningful for 'barClustered'.
   */
  categoriesTopDown?: boolean;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Fitted to `pagesWide` pages wide (one unless said), as many pages tall as needed. */
  fitToWidth: boolean;
  /**
   * With fitToWidth: how many pages wide (default 1). A wide input sheet
   * prints two pages wide at a readable size rather than one page of 5 pt
   * text, its first column repeated (titleColumns).
   */
  pagesWide?: number;
  /** With fitToWidth: also one page tall (the decision brief); otherwise as many pages tall as needed. */
  fitToHeight?: boolean;
  /** A1 print area, or undefined for the used range. */
  area?: string;
  /**
   * Rows printed at the top of every page (Excel's "rows to repeat at top"),
   * 0-based and inclusive; they print even where the print area leaves them out.
   */
  titleRows?: { first: number; last: number };
  /** Columns printed at the left of every page (Excel's "columns to repeat at left"), 0-based and inclusive. */
  titleColumns?: { first: number; last: number };
  /** Rows (0-based) that start a new page: manual breaks that keep a section and its chart on one page. */
  rowBreaks?: number[];
  /** Page margins in inches (as the .xlsx file stores them); undefined keeps the host's. */
  margins?: PageMargins;
  header?: string;
  footer?: string;
}

/** Page margins in inches; header and footer are their distances from the page's edge. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/**
 * A note in column A shown over columns A to `lastColumn` (merged), wrapped,
 * its row `lines` rows of 15 pt tall: the whole sentence on screen and on a
 * printed page, instead of a row that runs on past the print area.
 */
export interface WrappedNote {
  /** 0-based row of the note. */
  row: number;
  /** 0-based last column the note spans. */
  lastColumn: number;
  lines: number;
}

export type SheetKind = 'scenario' | 'comparison' | 'summary' | 'sensitivity' | 'input';

export interface PlannedSheet {
  /** Excel sheet name (≤ 31 chars, none of []:*?/\, unique ignoring case). */
  name: string;
  kind: SheetKind;
  /** Stable id of what this sheet shows, e.g. 'scenario:alt-2'; used with the marker to find our own sheets. */
  key: string;
  /** Rows of cells starting at A1; null = leave empty. */
  rows: (PlannedCell | null)[][];
  columnWidths?: number[]; // in characters
  freeze?: { rows: number; columns: number };
  tables?: PlannedTable[];
  charts?: PlannedChart[];
  print?: PrintSetup;
  /** Long notes shown across the page, wrapped (see WrappedNote). */
  wrappedNotes?: WrappedNote[];
  tabColor?: string;
  /** Drop-down lists (data validation) on input sheets, e.g. ja/nej. */
  validations?: PlannedValidation[];
  /**
   * The marker to store with this sheet (generated sheets only), built by
   * formatMarker in src/workbook/fingerprint.ts: prefix, key, input
   * fingerprint, generatedAt, version. Adapters store it verbatim.
   */
  marker?: string;
  /**
   * Name of the existing sheet this one replaces: a sheet the add-in made
   * earlier for the same key (recognised by its marker, never by name).
   */
  replaces?: string;
}

export interface PlannedValidation {
  /** A1 range, e.g. 'C6:C200'. */
  range: string;
  /** The allowed values, shown as a drop-down list. */
  list: string[];
  /**
   * The list is a suggestion: other values are accepted too (Excel's
   * 'information' alert instead of 'stop'). Used where the reader accepts more
   * than the list, e.g. a share like 50 % in the ja/nej usage matrix, or a key
   * name in Fördelning. Default false (only listed values).
   */
  allowOtherValues?: boolean;
}

/** Metadata stored with every generated sheet. */
export interface GenerationStamp {
  generatedAt: string; // ISO timestamp
  version: string; // add-in version
  inputFingerprint: string;
  language: 'sv' | 'en';
}

export interface WritePlan {
  sheets: PlannedSheet[];
  stamp: GenerationStamp;
  /** Sheet to activate after writing. */
  activate?: string;
  /**
   * Sheets of ours, by their current names, that this write deletes: a
   * generated sheet the plan no longer has and that would otherwise read as
   * not current (its alternative was deleted), or every generated sheet
   * (removeGeneratedSheets in src/app). Hosts delete only sheets that carry
   * our marker: an input sheet or the analyst's own is never deleted.
   */
  remove?: string[];
  /**
   * Sheets that could not get the name they wanted because a user's own sheet
   * (or another generated sheet) already has it; the task pane and CLI say so.
   */
  renamed?: { key: string; wanted: string; name: string }[];
}

/**
 * The marker that identifies a sheet the add-in wrote. Stored as a hidden
 * worksheet-level custom property / defined name by the adapters; a user's own
 * sheet never carries it, so it is never overwritten.
 */
export const SHEET_MARKER_PREFIX = 'skolkostnad:';
