/**
 * A write plan: everything the add-in writes into a workbook, as plain data,
 * except the rows of a large block that a writer produces as it writes them
 * (LazyRows, below: the plan holds what produces them, not their cells).
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
  /**
   * Rows of cells starting at A1; null = leave empty. A sheet made by
   * lazySheet holds some rows as LazyRows: reading `rows` there produces
   * them all (once, then kept), which is right for a reader that looks at
   * cells but not for a writer: writers go through sheetRows.
   */
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

/**
 * Rows a writer produces as it writes them, instead of the plan holding
 * them cell by cell: the allocation block of a scenario sheet (nine cells a
 * payer and cost entry, 695 000 of the 739 000 cells of the sample with 16×
 * its payers; src/workbook/write/allocationBlock.ts). The plan keeps what
 * produces them and the few facts it needs about them itself.
 *
 * Lazy rows hold no note, warning or subtitle in column A: the layout that
 * looks for those (wrapped notes, page breaks) reads the held rows only.
 */
export interface LazyRows {
  /** 0-based sheet row of the first row. */
  first: number;
  /** How many rows; each holds at least one cell. */
  count: number;
  /** The longest row's length (cells from column A). */
  width: number;
  /** The rows, top to bottom, new objects on every call: each as `rows` would hold it. */
  produce(): Iterable<(PlannedCell | null)[]>;
  /**
   * Every cell without a formula, row by row and left to right, as
   * plannedConstants (src/workbook/contentDigest.ts) takes it from held
   * rows, without producing the rows: the marker's digest of the sheet.
   */
  constants(visit: (row: number, col: number, value: PlannedValue) => void): void;
  /**
   * A few rows holding, per column and number format, the smallest and the
   * largest number of these rows (NumberExtremes, src/workbook/write/columnFit.ts):
   * fitted column widths are the same over them as over all the rows. Written nowhere.
   */
  extremes: (PlannedCell | null)[][];
}

/** A sheet's rows as lazySheet keeps them: held rows (a lazy row empty there) and the lazy ranges, top to bottom. */
interface LazyBody {
  held: (PlannedCell | null)[][];
  lazy: readonly LazyRows[];
  materialised?: (PlannedCell | null)[][];
}

/**
 * Kept beside the sheet rather than in it: a copy of the sheet (`{ ...sheet,
 * rows }`, as tests and benchmarks make) reads `rows` and is a plain sheet
 * whose rows are all held, never one whose lazy ranges no longer match its rows.
 */
const bodies = new WeakMap<PlannedSheet, LazyBody>();

/**
 * A sheet whose rows `lazy` are produced when it is written. `held` holds
 * every other row, and an empty row at each lazy one. Reading `rows`
 * produces and keeps all of them (tests, the in-memory host, the preview).
 */
export function lazySheet(
  fields: Omit<PlannedSheet, 'rows'>,
  held: (PlannedCell | null)[][],
  lazy: readonly LazyRows[],
): PlannedSheet {
  const ranges = lazy.filter((l) => l.count > 0).sort((a, b) => a.first - b.first);
  if (ranges.length === 0) return { ...fields, rows: held };
  const body: LazyBody = { held, lazy: ranges };
  const sheet = { ...fields } as PlannedSheet;
  Object.defineProperty(sheet, 'rows', {
    enumerable: true,
    configurable: true,
    get: () => (body.materialised ??= [...rowsOf(body)]),
  });
  bodies.set(sheet, body);
  return sheet;
}

/** The sheet's body while its lazy rows are still lazy; undefined for a plain sheet or once `rows` was read. */
function lazyBody(sheet: PlannedSheet): LazyBody | undefined {
  const body = bodies.get(sheet);
  return body?.materialised === undefined ? body : undefined;
}

function* rowsOf(body: LazyBody): Generator<(PlannedCell | null)[]> {
  let r = 0;
  for (const range of body.lazy) {
    for (; r < range.first; r++) yield body.held[r] ?? [];
    let produced = 0;
    for (const row of range.produce()) {
      yield row;
      produced += 1;
    }
    if (produced !== range.count)
      throw new Error(`lazy rows at ${range.first + 1}: ${produced} produced, ${range.count} planned`);
    r += produced;
  }
  for (; r < body.held.length; r++) yield body.held[r]!;
}

/**
 * Every row of the sheet from A1, top to bottom: held rows as they are,
 * lazy rows produced as they are reached and not kept. The one way a writer
 * reads a sheet's cells.
 */
export function sheetRows(sheet: PlannedSheet): Iterable<(PlannedCell | null)[]> {
  const body = lazyBody(sheet);
  return body === undefined ? sheet.rows : rowsOf(body);
}

/** The rows the plan holds, a lazy row empty: for layout that never looks into lazy rows (see LazyRows). */
export function heldRows(sheet: PlannedSheet): readonly (readonly (PlannedCell | null)[])[] {
  return lazyBody(sheet)?.held ?? sheet.rows;
}

/** The sheet's lazy row ranges, top to bottom; none for a plain sheet. */
export function lazyRanges(sheet: PlannedSheet): readonly LazyRows[] {
  return lazyBody(sheet)?.lazy ?? [];
}

/** How many rows the sheet has (the last may be empty), without producing lazy ones. */
export function sheetRowCount(sheet: PlannedSheet): number {
  const body = lazyBody(sheet);
  if (body === undefined) return sheet.rows.length;
  return Math.max(body.held.length, ...body.lazy.map((l) => l.first + l.count));
}

/** The last row and column holding a cell, 0-based, or -1 for an empty sheet; without producing lazy rows. */
export function usedExtent(sheet: PlannedSheet): { lastRow: number; lastCol: number } {
  let lastRow = -1;
  let lastCol = -1;
  heldRows(sheet).forEach((row, r) => {
    if (row.length > 0) {
      lastRow = r;
      lastCol = Math.max(lastCol, row.length - 1);
    }
  });
  for (const l of lazyRanges(sheet)) {
    lastRow = Math.max(lastRow, l.first + l.count - 1);
    lastCol = Math.max(lastCol, l.width - 1);
  }
  return { lastRow, lastCol };
}

/**
 * One cell, 0-based. A table header or chart source is never in lazy rows;
 * were it, the sheet's rows would be produced and kept to answer.
 */
export function plannedCell(sheet: PlannedSheet, row: number, col: number): PlannedCell | null {
  const body = lazyBody(sheet);
  const inLazy = body?.lazy.some((l) => row >= l.first && row < l.first + l.count) ?? false;
  return (body === undefined || inLazy ? sheet.rows : body.held)[row]?.[col] ?? null;
}

/** The sheet with other fields (marker, footer, wrapped notes …), its rows shared and lazy rows kept lazy; a spread would produce them. */
export function withSheetFields(sheet: PlannedSheet, fields: Partial<Omit<PlannedSheet, 'rows'>>): PlannedSheet {
  const body = lazyBody(sheet);
  if (body === undefined) return { ...sheet, ...fields };
  return lazySheet({ ...fieldsOf(sheet), ...fields }, body.held, body.lazy);
}

/**
 * The sheet with every formula passed through `f`. Held rows and cells `f`
 * leaves as they are are shared, not copied, and a sheet without a changed
 * formula is returned itself; lazy rows stay lazy, `f` applied as they are produced.
 */
export function mapFormulas(sheet: PlannedSheet, f: (formula: string) => string): PlannedSheet {
  const mapRow = (row: (PlannedCell | null)[]): (PlannedCell | null)[] => {
    let out: (PlannedCell | null)[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell?.formula === undefined) continue;
      const formula = f(cell.formula);
      if (formula === cell.formula) continue;
      out ??= [...row];
      out[c] = { ...cell, formula };
    }
    return out ?? row;
  };
  const body = lazyBody(sheet);
  const rows = (body?.held ?? sheet.rows).map(mapRow);
  const changed = rows.some((row, r) => row !== (body?.held ?? sheet.rows)[r]);
  if (body === undefined) return changed ? { ...sheet, rows } : sheet;
  const lazy = body.lazy.map((l): LazyRows => ({
    ...l,
    *produce() {
      for (const row of l.produce()) yield mapRow(row);
    },
  }));
  return lazySheet(fieldsOf(sheet), rows, lazy);
}

/** Every field but `rows`, without reading `rows` (which would produce lazy rows). */
function fieldsOf(sheet: PlannedSheet): Omit<PlannedSheet, 'rows'> {
  const own: Record<string, unknown> = {};
  for (const key of Object.keys(sheet)) if (key !== 'rows') own[key] = sheet[key as keyof PlannedSheet];
  return own as Omit<PlannedSheet, 'rows'>;
}
