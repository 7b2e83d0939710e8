/**
 * Reading the INPUTS into a WorkbookGrid in one sync, even on a session's
 * first read: what the task pane reads before every inspect, save and write.
 * Also the pieces the full read (read.ts) shares: the remembered structure,
 * discovery, and turning loaded ranges into sheet grids.
 *
 * Office.js can call methods only on objects it already has, and a
 * collection's items arrive only with a sync, so one sync cannot read "every
 * sheet's used range". It can read objects by NAME, and the names the reader
 * needs are known without asking Excel: the schema's sheet names and table
 * names (src/workbook/schema). One batch therefore queues
 * - every sheet's name, every table's name and sheet, and every
 *   workbook-scoped name with its formula: the sheet markers (src/workbook/marker.ts), so
 *   every sheet's marker is known without addressing the sheet;
 * - per input sheet (by name): the used range with values, valueTypes and
 *   number formats, the visible view of its first column (hidden rows), and
 *   its legacy marker and pending mark (a generated sheet is not input even
 *   under an input name);
 * - per schema table (by name): its cells, address and sheet, and that
 *   sheet's legacy marker and pending mark, so a table moved to a sheet of
 *   any name is still read (painted into that sheet's grid at its place; the
 *   rest of that sheet is not read: the reader looks at nothing outside such
 *   a table);
 * - per other table on an input sheet (by name): its address, so the grid
 *   lists it: the pure reader takes no header row inside a table on the
 *   sheet for a block's (src/workbook/read/locate.ts "claims" its rows), and
 *   without the table a user's own table whose header row holds a block's
 *   header texts would read differently here than in the full read and the
 *   .xlsx reader.
 * The grid lists every sheet (with its marker), the schema tables and every
 * table on an input sheet; other tables (on the user's own sheets, on the
 * generated sheets) are not in it: the pure reader looks there only for
 * schema tables, and each would cost a getItem.
 *
 * Which names: the structure remembered from the session's last read or
 * write (sheet names, table names and each table's sheet); on the first
 * read, the schema's own layout (the four sheets in the given language,
 * every schema table), which is what the add-in's template and sample
 * write. Every batch also loads every table's name and sheet, so it sees
 * what it did not ask for. Syncs:
 * - 1 whenever those sheets and tables exist and every table on an input
 *   sheet was asked for, whatever other sheets and tables the workbook has:
 *   the first read of a workbook laid out as the template (no table of the
 *   user's own on an input sheet), and every read after;
 * - 2 when the loaded names show an input-named sheet, a schema table or a
 *   table on an input sheet the batch did not ask for (added or renamed
 *   since the structure was known; on a session's first read, any table of
 *   the user's own on an input sheet, whose name nothing told in advance):
 *   it reads again on the structure it just loaded;
 * - 3 when a name the batch asked for is missing (an input sheet or a table
 *   deleted or renamed, or an optional schema table the workbook never
 *   had): the batch fails with ItemNotFound, one sync discovers the names
 *   and one reads. The next read takes 1.
 *
 * Legacy markers (sheet-scoped, written by the previous version) are read
 * only on the sheets this batch holds: input-named sheets and the sheets of
 * schema tables. A generated sheet of the previous version elsewhere counts
 * as the user's here until the next write, which recognises it (the write
 * probes every sheet), replaces it or gives it the workbook-scoped marker.
 *
 * Why `getItem` and not `getItemOrNullObject(name).getUsedRangeOrNullObject()`:
 * Excel documents what a *OrNullObject call returns, not what calls made on
 * the null object it returns do; the emulation fails them (see
 * src/hosts/emulation/clientObject.ts), and code that works there does not
 * depend on the answer. OrNullObject (ExcelApi 1.4) is used only for the
 * sheet-scoped names, loaded and tested with isNullObject, never called on;
 * the manifest requires ExcelApi 1.7, so no isSetSupported guard is needed.
 */
import type { CellValue, SheetGrid, TableInfo, WorkbookGrid } from '../../workbook/grid';
import type { Language } from '../../workbook/schema/choices';
import { BLOCKS, SHEETS } from '../../workbook/schema/format';
import { normaliseKey } from '../../workbook/schema/normalise';
import { parseRect, splitSheetAddress, tryParseCell } from '../../workbook/a1';
import { adapterError, excelErrorCode } from './errors';
import type { WorkbookMarkers } from '../../workbook/marker';
import { loadWorkbookNames, markersOf, probeSheet, sheetMarker, type SheetProbe } from './sheetMarkers';
import type { ExcelRun } from './types';

/** The workbook's sheet and table names: all a batch needs to address everything by name. */
export interface WorkbookStructure {
  sheets: string[];
  tables: string[];
  /**
   * The sheet of each table, in the order of `tables`, when whoever made the
   * structure loaded it: the input read then asks for the tables on input
   * sheets by name. Without it, a table of the user's own on an input sheet
   * costs the next input read a second sync.
   */
  tableSheets?: string[];
}

export interface InputReadOptions {
  /** The structure from an earlier read; by default the one remembered for `run`. */
  structure?: WorkbookStructure;
  /** The language whose sheet names a first read expects (default Swedish, the template's default). */
  language?: Language;
}

export interface InputReadResult {
  grid: WorkbookGrid;
  /** The structure as loaded by the read (remembered for the next read through `run`). */
  structure: WorkbookStructure;
  syncs: number;
}

export const READING = { sv: 'Kunde inte läsa arbetsboken', en: 'Could not read the workbook' };

const remembered = new WeakMap<ExcelRun, WorkbookStructure>();

/** Tell the readers the structure a write left, so the next read needs one sync. */
export function rememberStructure(run: ExcelRun, structure: WorkbookStructure): void {
  remembered.set(run, structure);
}

export function recallStructure(run: ExcelRun): WorkbookStructure | undefined {
  return remembered.get(run);
}

/** Queues the loads `structureOf` reads: every sheet's name, every table's name and sheet. */
export function loadStructure(ctx: Excel.RequestContext): {
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
} {
  return {
    sheets: ctx.workbook.worksheets.load('items/name'),
    tables: ctx.workbook.tables.load('items/name,items/worksheet/name'),
  };
}

/** The structure from the collections `loadStructure` queued, after the sync. */
export function structureOf(loaded: ReturnType<typeof loadStructure>): WorkbookStructure {
  return {
    sheets: loaded.sheets.items.map((s) => s.name),
    tables: loaded.tables.items.map((t) => t.name),
    tableSheets: loaded.tables.items.map((t) => t.worksheet.name),
  };
}

/** One sync: every sheet and table name, and each table's sheet. */
export async function discoverStructure(run: ExcelRun): Promise<WorkbookStructure> {
  return run(async (ctx) => {
    const loaded = loadStructure(ctx);
    await ctx.sync();
    return structureOf(loaded);
  });
}

const INPUT_SHEET_KEYS = new Set(SHEETS.flatMap((s) => [s.sv, s.en, ...s.aliases]).map(normaliseKey));
const SCHEMA_TABLES = Object.values(BLOCKS).map((b) => b.table);
const SCHEMA_TABLE_KEYS = new Set(SCHEMA_TABLES.map((t) => t.toLowerCase()));

/** A sheet the reader may take input from (src/workbook/read/locate.ts compares names the same way). */
function isInputSheetName(name: string): boolean {
  return INPUT_SHEET_KEYS.has(normaliseKey(name));
}

function isSchemaTable(name: string): boolean {
  return SCHEMA_TABLE_KEYS.has(name.toLowerCase());
}

/** What one batch asks for, by name. */
interface Targets {
  /** Sheets read whole (used range, hidden rows, legacy marker). */
  read: string[];
  /** Schema tables, read and positioned. */
  tables: string[];
  /** Other tables on input sheets: positioned only (their cells are in the sheet's used range). */
  positioned: string[];
}

/** The tables of `structure` on input-named sheets, other than schema tables (none when their sheets are unknown). */
function otherTablesOnInputSheets(structure: WorkbookStructure): string[] {
  const sheets = structure.tableSheets;
  if (!sheets) return [];
  return structure.tables.filter((t, i) => !isSchemaTable(t) && isInputSheetName(sheets[i] ?? ''));
}

function targetsOf(structure: WorkbookStructure): Targets {
  return {
    read: structure.sheets.filter(isInputSheetName),
    tables: structure.tables.filter(isSchemaTable),
    positioned: otherTablesOnInputSheets(structure),
  };
}

/** The schema's layout: what the template and the sample write. */
function expectedTargets(language: Language): Targets {
  return { read: SHEETS.map((s) => s[language]), tables: SCHEMA_TABLES, positioned: [] };
}

/** The input grid: input sheets whole, schema tables wherever they are, every sheet with its marker. */
export async function readInputGrid(run: ExcelRun, options: InputReadOptions = {}): Promise<InputReadResult> {
  try {
    const known = options.structure ?? remembered.get(run);
    const first = await readTargets(run, known ? targetsOf(known) : expectedTargets(options.language ?? 'sv'));
    let syncs = 1;
    if (first.kind === 'read') return done(run, first, syncs);
    let structure: WorkbookStructure;
    if (first.kind === 'incomplete') structure = first.structure;
    else {
      structure = await discoverStructure(run);
      syncs += 1;
    }
    const second = await readTargets(run, targetsOf(structure));
    syncs += 1;
    if (second.kind !== 'read') throw new Error('the workbook changed while it was being read; try again');
    return done(run, second, syncs);
  } catch (error) {
    throw adapterError(READING, error);
  }
}

function done(run: ExcelRun, read: Read, syncs: number): InputReadResult {
  remembered.set(run, read.structure);
  return { grid: read.grid, structure: read.structure, syncs };
}

type Read = { kind: 'read'; grid: WorkbookGrid; structure: WorkbookStructure };
type Attempt = Read | { kind: 'incomplete'; structure: WorkbookStructure } | { kind: 'missing' };

/** An input sheet read by name. */
interface SheetRead {
  sheet: Excel.Worksheet;
  probe: SheetProbe;
  used: Excel.Range;
  visible: Excel.RangeView;
}

/** A schema table, its cells, and its sheet (reached through the table, so no sheet name is needed). */
interface TableRead {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  probe: SheetProbe;
  range: Excel.Range;
  visible: Excel.RangeView;
}

/** Another table on an input sheet: only where it is. */
interface TablePosition {
  name: string;
  range: Excel.Range;
}

const CONTENTS = 'address,values,valueTypes,numberFormat';

async function readTargets(run: ExcelRun, targets: Targets): Promise<Attempt> {
  try {
    return await run(async (ctx) => {
      const loaded = loadStructure(ctx);
      const names = loadWorkbookNames(ctx);
      const sheets = targets.read.map((name): SheetRead => {
        const sheet = ctx.workbook.worksheets.getItem(name).load('name');
        const used = sheet.getUsedRange(true).load(CONTENTS);
        const visible = used.getColumn(0).getVisibleView().load('cellAddresses');
        return { sheet, probe: probeSheet(sheet), used, visible };
      });
      const tables = targets.tables.map((name): TableRead => {
        const table = ctx.workbook.tables.getItem(name).load('name');
        const sheet = table.worksheet.load('name');
        const range = table.getRange().load(CONTENTS);
        const visible = range.getColumn(0).getVisibleView().load('cellAddresses');
        return { table, sheet, probe: probeSheet(sheet), range, visible };
      });
      const positioned = targets.positioned.map((name): TablePosition => ({
        name,
        range: ctx.workbook.tables.getItem(name).getRange().load('address'),
      }));
      await ctx.sync();

      const structure = structureOf(loaded);
      if (!sawEverything(structure, sheets, tables, positioned)) return { kind: 'incomplete', structure };
      return {
        kind: 'read',
        grid: buildGrid(structure, markersOf(names, structure.sheets), sheets, tables, positioned),
        structure,
      };
    });
  } catch (error) {
    if (excelErrorCode(error) === 'ItemNotFound') return { kind: 'missing' };
    throw error;
  }
}

/**
 * Every input-named sheet read, every schema table read and every other table
 * on an input sheet positioned (other sheets need no look: their markers are
 * names; other tables are not in the grid).
 */
function sawEverything(
  structure: WorkbookStructure,
  sheets: SheetRead[],
  tables: TableRead[],
  others: TablePosition[],
): boolean {
  const read = new Set(sheets.map((p) => p.sheet.name.toLowerCase()));
  const positioned = new Set([...tables.map((p) => p.table.name), ...others.map((p) => p.name)].map(lower));
  return (
    structure.sheets.filter(isInputSheetName).every((name) => read.has(lower(name))) &&
    structure.tables.filter(isSchemaTable).every((name) => positioned.has(lower(name))) &&
    otherTablesOnInputSheets(structure).every((name) => positioned.has(lower(name)))
  );
}

function lower(name: string): string {
  return name.toLowerCase();
}

function buildGrid(
  structure: WorkbookStructure,
  markers: WorkbookMarkers,
  sheets: SheetRead[],
  tables: TableRead[],
  others: TablePosition[],
): WorkbookGrid {
  const probes = new Map<string, SheetProbe>();
  for (const p of [...tables, ...sheets]) probes.set(p.sheet.name.toLowerCase(), p.probe);
  const grids: SheetGrid[] = structure.sheets.map((name) => {
    const grid: SheetGrid = { name, values: [], tables: [] };
    const marker = sheetMarker(name, markers, probes.get(name.toLowerCase()));
    if (marker !== undefined) grid.marker = marker;
    const read = sheets.find((s) => s.sheet.name.toLowerCase() === name.toLowerCase());
    if (read) fillContents(grid, read.used, read.visible.cellAddresses);
    return grid;
  });
  const wasRead = new Set(sheets.map((p) => p.sheet.name.toLowerCase()));
  for (const t of tables) {
    const grid = grids.find((g) => g.name.toLowerCase() === t.sheet.name.toLowerCase());
    const info = tableInfo(t.table.name, t.range.address);
    if (!grid || !info) continue;
    grid.tables.push(info);
    if (!wasRead.has(grid.name.toLowerCase())) paintTable(grid, t.range, t.visible.cellAddresses);
  }
  for (const t of others) {
    const sheet = splitSheetAddress(t.range.address).sheet;
    const grid = grids.find((g) => g.name.toLowerCase() === sheet?.toLowerCase());
    const info = tableInfo(t.name, t.range.address);
    if (grid && info) grid.tables.push(info);
  }
  // In the workbook's order, as the full read lists them.
  const order = new Map(structure.tables.map((name, i) => [lower(name), i]));
  for (const grid of grids)
    grid.tables.sort((a, b) => (order.get(lower(a.name)) ?? 0) - (order.get(lower(b.name)) ?? 0));
  return { sheets: grids };
}

function cellValue(value: unknown, type: string): CellValue {
  if (type === 'Empty' || value === '') return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** Rows × columns of blank cells and 'General' formats, grown to hold (bottom, right). */
function ensureSize(grid: SheetGrid, bottom: number, right: number): void {
  const width = Math.max(right + 1, grid.values[0]?.length ?? 0);
  const formats = (grid.numberFormats ??= []);
  for (let r = 0; r <= Math.max(bottom, grid.values.length - 1); r++) {
    const row = (grid.values[r] ??= []);
    const fmt = (formats[r] ??= []);
    while (row.length < width) row.push(null);
    while (fmt.length < width) fmt.push('General');
  }
}

/** Copies a loaded range (address, values, valueTypes, numberFormat) into the grid at its place. */
function copyRange(grid: SheetGrid, range: Excel.Range): { top: number; bottom: number } {
  const rect = parseRect(splitSheetAddress(range.address).local);
  if (!rect) throw new Error(`unexpected range address '${range.address}'`);
  ensureSize(grid, rect.bottom, rect.right);
  const types = range.valueTypes as string[][];
  const formats = range.numberFormat as string[][];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      grid.values[r]![c] = cellValue(range.values[r - rect.top]![c - rect.left], types[r - rect.top]![c - rect.left]!);
      grid.numberFormats![r]![c] = formats[r - rect.top]![c - rect.left]!;
    }
  }
  return { top: rect.top, bottom: rect.bottom };
}

/**
 * Rows in [top, bottom] that the visible view (one address per visible row) leaves out.
 * Office.js types the view's cellAddresses as any[][]; they are A1 texts.
 */
function addHiddenRows(
  grid: SheetGrid,
  rows: { top: number; bottom: number },
  visibleAddresses: VisibleAddresses,
): void {
  const visible = new Set(
    visibleAddresses.map(([address]) => tryParseCell(typeof address === 'string' ? address : '')?.row),
  );
  const hidden = new Set(grid.hiddenRows ?? []);
  for (let r = rows.top; r <= rows.bottom; r++) if (!visible.has(r)) hidden.add(r);
  if (hidden.size > 0) grid.hiddenRows = [...hidden].sort((a, b) => a - b);
}

type VisibleAddresses = readonly (readonly unknown[])[];

/** Values from the used range, padded with empty cells so row 0 / column 0 are Excel's row 1 / column A. */
export function fillContents(grid: SheetGrid, used: Excel.Range, visibleAddresses: VisibleAddresses): void {
  const rows = copyRange(grid, used);
  // A blank sheet's used range is A1 with nothing in it: an empty grid.
  if (grid.values.length === 1 && grid.values[0]!.length === 1 && grid.values[0]![0] === null) {
    grid.values = [];
    delete grid.numberFormats;
    return;
  }
  addHiddenRows(grid, rows, visibleAddresses);
}

/** A schema table on a sheet not read whole: its cells at their place, the rest of the sheet blank. */
function paintTable(grid: SheetGrid, range: Excel.Range, visibleAddresses: VisibleAddresses): void {
  addHiddenRows(grid, copyRange(grid, range), visibleAddresses);
}

export function tableInfo(name: string, address: string): TableInfo | undefined {
  const rect = parseRect(splitSheetAddress(address).local);
  if (!rect) return undefined;
  return { name, headerRow: rect.top, firstColumn: rect.left, lastRow: rect.bottom, lastColumn: rect.right };
}
