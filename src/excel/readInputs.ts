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
 * - every sheet's name and every table's name and sheet (to list the workbook
 *   and to check that nothing was missed);
 * - per input sheet (by name): the used range with values, valueTypes and
 *   number formats, the visible view of its first column (hidden rows), and
 *   the marker (a generated sheet is not input even under an input name);
 * - per table: its range's address, its sheet's name and marker (reached
 *   through the table, so no sheet name is needed), and for the schema's
 *   tables also the cells, so a table moved to a sheet of any name is still
 *   read (painted into that sheet's grid at its place; the rest of that sheet
 *   is not read: the reader looks at nothing outside such a table).
 *
 * Which names: the structure remembered from the session's last read or
 * write; on the first read, the schema's own layout (the four sheets in the
 * given language, every schema table), which is what the add-in's template
 * and sample write. After the sync the loaded names say whether the batch saw
 * everything: a sheet neither asked for by name nor holding a table asked
 * for (its marker is needed: a user's sheet or one the add-in generated), an
 * input-named sheet not read, or a table not positioned makes it read again
 * on the structure it just loaded (2 syncs in all).
 *
 * Why `getItem` and not `getItemOrNullObject(name).getUsedRangeOrNullObject()`:
 * Excel documents what a *OrNullObject call returns, not what calls made on
 * the null object it returns do; the emulation fails them (see
 * src/excel-emulation/clientObject.ts), and code that works there does not
 * depend on the answer. So a name the batch expected but the workbook lacks
 * (an input sheet missing or renamed, a table not there) fails the whole
 * batch with ItemNotFound, and the reader rediscovers: 3 syncs on that first
 * read, 1 on every read after. OrNullObject (ExcelApi 1.4) is used only for
 * the marker names, loaded and tested with isNullObject, never called on; the
 * manifest requires ExcelApi 1.7, so no isSetSupported guard is needed.
 */
import type { CellValue, SheetGrid, TableInfo, WorkbookGrid } from '../workbook/grid';
import type { Language } from '../workbook/schema/choices';
import { BLOCKS, SHEETS } from '../workbook/schema/format';
import { normaliseKey } from '../workbook/schema/normalise';
import { parseCell, parseRect, splitSheetAddress } from './a1';
import { adapterError, excelErrorCode } from './errors';
import { MARKER_NAME, PENDING_NAME, textOfFormula } from './marker';
import type { ExcelRun } from './types';

/** The workbook's sheet and table names: all a batch needs to address everything by name. */
export interface WorkbookStructure {
  sheets: string[];
  tables: string[];
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

/** One sync: every sheet and table name. */
export async function discoverStructure(run: ExcelRun): Promise<WorkbookStructure> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    const tables = ctx.workbook.tables.load('items/name');
    await ctx.sync();
    return { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) };
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
  /** Sheets read whole (used range, hidden rows, marker). */
  read: string[];
  /** Sheets asked for their marker only. */
  markerOnly: string[];
  /** Tables positioned; schema tables also read. */
  tables: string[];
}

function targetsOf(structure: WorkbookStructure): Targets {
  return {
    read: structure.sheets.filter(isInputSheetName),
    markerOnly: structure.sheets.filter((name) => !isInputSheetName(name)),
    tables: structure.tables,
  };
}

/** The schema's layout: what the template and the sample write. */
function expectedTargets(language: Language): Targets {
  return { read: SHEETS.map((s) => s[language]), markerOnly: [], tables: SCHEMA_TABLES };
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

interface SheetProbe {
  sheet: Excel.Worksheet;
  marker: Excel.NamedItem;
  pending: Excel.NamedItem;
  used?: Excel.Range;
  visible?: Excel.RangeView;
}

/** A table, its range, and the marker of its sheet (a sheet found through its table needs no name). */
interface TableProbe {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  marker: Excel.NamedItem;
  pending: Excel.NamedItem;
  range: Excel.Range;
  visible?: Excel.RangeView;
}

const CONTENTS = 'address,values,valueTypes,numberFormat';

async function readTargets(run: ExcelRun, targets: Targets): Promise<Attempt> {
  try {
    return await run(async (ctx) => {
      const allSheets = ctx.workbook.worksheets.load('items/name');
      const allTables = ctx.workbook.tables.load('items/name,items/worksheet/name');
      const probe = (name: string, read: boolean): SheetProbe => {
        const sheet = ctx.workbook.worksheets.getItem(name).load('name');
        const marker = sheetMarker(sheet);
        if (!read) return { sheet, ...marker };
        const used = sheet.getUsedRange(true).load(CONTENTS);
        return { sheet, ...marker, used, visible: used.getColumn(0).getVisibleView().load('cellAddresses') };
      };
      const sheets = [...targets.read.map((n) => probe(n, true)), ...targets.markerOnly.map((n) => probe(n, false))];
      const tables = targets.tables.map((name): TableProbe => {
        const table = ctx.workbook.tables.getItem(name).load('name');
        const sheet = table.worksheet.load('name');
        const marker = sheetMarker(sheet);
        if (!isSchemaTable(name)) return { table, sheet, ...marker, range: table.getRange().load('address') };
        const range = table.getRange().load(CONTENTS);
        return { table, sheet, ...marker, range, visible: range.getColumn(0).getVisibleView().load('cellAddresses') };
      });
      await ctx.sync();

      const structure = {
        sheets: allSheets.items.map((s) => s.name),
        tables: allTables.items.map((t) => t.name),
      };
      if (!sawEverything(structure, sheets, tables)) return { kind: 'incomplete', structure };
      return { kind: 'read', grid: buildGrid(structure, sheets, tables), structure };
    });
  } catch (error) {
    if (excelErrorCode(error) === 'ItemNotFound') return { kind: 'missing' };
    throw error;
  }
}

function sheetMarker(sheet: Excel.Worksheet): { marker: Excel.NamedItem; pending: Excel.NamedItem } {
  return {
    marker: sheet.names.getItemOrNullObject(MARKER_NAME).load('formula'),
    pending: sheet.names.getItemOrNullObject(PENDING_NAME),
  };
}

/** Every sheet's marker known (by name or through a table), every input-named sheet read, every table positioned. */
function sawEverything(structure: WorkbookStructure, sheets: SheetProbe[], tables: TableProbe[]): boolean {
  const probed = new Set([...sheets, ...tables].map((p) => p.sheet.name.toLowerCase()));
  const read = new Set(sheets.filter((p) => p.used).map((p) => p.sheet.name.toLowerCase()));
  const positioned = new Set(tables.map((p) => p.table.name.toLowerCase()));
  return (
    structure.sheets.every((name) => probed.has(name.toLowerCase())) &&
    structure.sheets.filter(isInputSheetName).every((name) => read.has(name.toLowerCase())) &&
    structure.tables.every((name) => positioned.has(name.toLowerCase()))
  );
}

function buildGrid(structure: WorkbookStructure, sheets: SheetProbe[], tables: TableProbe[]): WorkbookGrid {
  const grids: SheetGrid[] = structure.sheets.map((name) => {
    const p = [...sheets, ...tables].find((s) => s.sheet.name.toLowerCase() === name.toLowerCase())!;
    const grid: SheetGrid = { name, values: [], tables: [] };
    const marker = markerText(p.marker, p.pending);
    if (marker !== undefined) grid.marker = marker;
    if ('used' in p && p.used && p.visible) fillContents(grid, p.used, p.visible.cellAddresses);
    return grid;
  });
  const wasRead = new Set(sheets.filter((p) => p.used).map((p) => p.sheet.name.toLowerCase()));
  for (const t of tables) {
    const grid = grids.find((g) => g.name.toLowerCase() === t.sheet.name.toLowerCase());
    const info = tableInfo(t.table.name, t.range.address);
    if (!grid || !info) continue;
    grid.tables.push(info);
    if (t.visible && !wasRead.has(grid.name.toLowerCase())) paintTable(grid, t.range, t.visible.cellAddresses);
  }
  return { sheets: grids };
}

/** The marker text of a sheet the add-in finished writing; undefined for the user's own sheets. */
export function markerText(marker: Excel.NamedItem, pending: Excel.NamedItem): string | undefined {
  if (marker.isNullObject || !pending.isNullObject) return undefined;
  return textOfFormula(marker.formula);
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

/** Rows in [top, bottom] that the visible view (one address per visible row) leaves out. */
function addHiddenRows(grid: SheetGrid, rows: { top: number; bottom: number }, visibleAddresses: string[][]): void {
  const visible = new Set(visibleAddresses.map((row) => parseCell(row[0] ?? '')?.row));
  const hidden = new Set(grid.hiddenRows ?? []);
  for (let r = rows.top; r <= rows.bottom; r++) if (!visible.has(r)) hidden.add(r);
  if (hidden.size > 0) grid.hiddenRows = [...hidden].sort((a, b) => a - b);
}

/** Values from the used range, padded with empty cells so row 0 / column 0 are Excel's row 1 / column A. */
export function fillContents(grid: SheetGrid, used: Excel.Range, visibleAddresses: string[][]): void {
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
function paintTable(grid: SheetGrid, range: Excel.Range, visibleAddresses: string[][]): void {
  addHiddenRows(grid, copyRange(grid, range), visibleAddresses);
}

export function tableInfo(name: string, address: string): TableInfo | undefined {
  const rect = parseRect(splitSheetAddress(address).local);
  if (!rect) return undefined;
  return { name, headerRow: rect.top, firstColumn: rect.left, lastRow: rect.bottom, lastColumn: rect.right };
}
