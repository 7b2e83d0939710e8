/**
 * Reading the workbook into a WorkbookGrid, in one sync.
 *
 * Office.js can only call methods (getUsedRange, getRange) on objects it has,
 * and the items of a collection arrive only with a sync. So "every sheet's
 * used range" needs the sheet names first. The reader therefore keeps the
 * workbook's structure (sheet and table names) from its previous read, per
 * run function, and reads everything with ONE sync on that structure; the
 * same sync loads the current names, and if they differ (a sheet or table
 * added, renamed or deleted) — or a sheet is gone (ItemNotFound) — it
 * rediscovers the structure (one more sync) and reads again. First read of a
 * session: 2 syncs; every read after: 1.
 *
 * Per sheet: the used range (values only) with address, values, valueTypes
 * (to tell the error #N/A from the text '#N/A') and number formats, padded
 * so the grid starts at A1; hidden rows from the visible view of the used
 * range's first column (`Range.getVisibleView().cellAddresses`, ExcelApi
 * 1.3: one object per sheet, where `rowHidden` would need one per row and a
 * row count known before the sync); the marker from the sheet-scoped name.
 * Per table: name, range address and sheet.
 */
import type { CellValue, SheetGrid, TableInfo, WorkbookGrid } from '../workbook/grid';
import { parseCell, parseRect, splitSheetAddress } from './a1';
import { adapterError, excelErrorCode } from './errors';
import { MARKER_NAME, PENDING_NAME, textOfFormula } from './marker';
import type { ExcelRun } from './types';

export interface WorkbookStructure {
  sheets: string[];
  tables: string[];
}

export interface ReadOptions {
  /** Read cell contents only of these sheets (ignoring case); other sheets come with name and marker only. */
  sheetNames?: string[];
  /** The structure from an earlier read; by default the one this module remembers for `run`. */
  structure?: WorkbookStructure;
}

export interface ReadResult {
  grid: WorkbookGrid;
  structure: WorkbookStructure;
  syncs: number;
}

const remembered = new WeakMap<ExcelRun, WorkbookStructure>();

const READING = { sv: 'Kunde inte läsa arbetsboken', en: 'Could not read the workbook' };

/** The grid of every sheet (contents of `sheetNames` only, when given). */
export async function readWorkbookGrid(run: ExcelRun, options: ReadOptions | string[] = {}): Promise<WorkbookGrid> {
  return (await readWorkbook(run, Array.isArray(options) ? { sheetNames: options } : options)).grid;
}

export async function readWorkbook(run: ExcelRun, options: ReadOptions = {}): Promise<ReadResult> {
  try {
    let syncs = 0;
    const known = options.structure ?? remembered.get(run);
    if (known) {
      const attempt = await readOn(run, known, options.sheetNames);
      syncs += 1;
      if (attempt.ok) {
        remembered.set(run, known);
        return { grid: attempt.grid, structure: known, syncs };
      }
    }
    const structure = await discover(run);
    syncs += 1;
    const second = await readOn(run, structure, options.sheetNames);
    syncs += 1;
    if (!second.ok) throw new Error('the workbook changed while it was being read; try again');
    remembered.set(run, structure);
    return { grid: second.grid, structure, syncs };
  } catch (error) {
    throw adapterError(READING, error);
  }
}

async function discover(run: ExcelRun): Promise<WorkbookStructure> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    const tables = ctx.workbook.tables.load('items/name');
    await ctx.sync();
    return { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) };
  });
}

/** Same names, in any order (moving a sheet changes nothing the reader needs). */
function sameNames(a: string[], b: string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && set.size === new Set(b).size && b.every((x) => set.has(x));
}

/** Tell the reader the structure a write left, so the next read needs one sync. */
export function rememberStructure(run: ExcelRun, structure: WorkbookStructure): void {
  remembered.set(run, structure);
}

type Attempt = { ok: true; grid: WorkbookGrid } | { ok: false };

async function readOn(run: ExcelRun, structure: WorkbookStructure, only?: string[]): Promise<Attempt> {
  const wanted = only && new Set(only.map((n) => n.toLowerCase()));
  try {
    return await run(async (ctx) => {
      const allSheets = ctx.workbook.worksheets.load('items/name');
      const allTables = ctx.workbook.tables.load('items/name');
      const sheets = structure.sheets.map((name) => {
        const ws = ctx.workbook.worksheets.getItem(name);
        const marker = ws.names.getItemOrNullObject(MARKER_NAME).load('formula');
        const pending = ws.names.getItemOrNullObject(PENDING_NAME);
        if (wanted && !wanted.has(name.toLowerCase())) return { name, marker, pending };
        const used = ws.getUsedRange(true).load('address,values,valueTypes,numberFormat');
        const visible = used.getColumn(0).getVisibleView().load('cellAddresses');
        return { name, marker, pending, used, visible };
      });
      const tables = structure.tables.map((name) => {
        const table = ctx.workbook.tables.getItem(name);
        return { name, range: table.getRange().load('address'), sheet: table.worksheet.load('name') };
      });
      await ctx.sync();

      const nowSheets = allSheets.items.map((s) => s.name);
      const nowTables = allTables.items.map((t) => t.name);
      if (!sameNames(nowSheets, structure.sheets) || !sameNames(nowTables, structure.tables)) return { ok: false };

      const inOrder = nowSheets.map((name) => sheets.find((s) => s.name === name)!);
      const grids: SheetGrid[] = inOrder.map((s) => {
        const grid: SheetGrid = { name: s.name, values: [], tables: [] };
        if (!s.marker.isNullObject && s.pending.isNullObject) {
          const text = textOfFormula(s.marker.formula);
          if (text !== undefined) grid.marker = text;
        }
        if (s.used && s.visible) fillContents(grid, s.used, s.visible.cellAddresses);
        return grid;
      });
      for (const t of tables) {
        const grid = grids.find((g) => g.name === t.sheet.name);
        const info = tableInfo(t.name, t.range.address);
        if (grid && info) grid.tables.push(info);
      }
      return { ok: true, grid: { sheets: grids } };
    });
  } catch (error) {
    if (excelErrorCode(error) === 'ItemNotFound') return { ok: false };
    throw error;
  }
}

function cellValue(value: unknown, type: string): CellValue {
  if (type === 'Empty' || value === '') return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** Values from the used range, padded with empty cells so row 0 / column 0 are Excel's row 1 / column A. */
function fillContents(grid: SheetGrid, used: Excel.Range, visibleAddresses: string[][]): void {
  const rect = parseRect(splitSheetAddress(used.address).local);
  if (!rect) throw new Error(`unexpected used range address '${used.address}'`);
  const values = used.values;
  const types = used.valueTypes as string[][];
  const formats = used.numberFormat as string[][];
  const width = rect.right + 1;
  const blankValues = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const blankFormats = (): string[] => new Array<string>(width).fill('General');
  const outValues: CellValue[][] = [];
  const outFormats: string[][] = [];
  for (let r = 0; r <= rect.bottom; r++) {
    const row = blankValues();
    const fmt = blankFormats();
    if (r >= rect.top) {
      for (let c = rect.left; c <= rect.right; c++) {
        row[c] = cellValue(values[r - rect.top]![c - rect.left], types[r - rect.top]![c - rect.left]!);
        fmt[c] = formats[r - rect.top]![c - rect.left]!;
      }
    }
    outValues.push(row);
    outFormats.push(fmt);
  }
  // A blank sheet's used range is A1 with nothing in it: an empty grid.
  const blank = rect.bottom === 0 && rect.right === 0 && outValues[0]![0] === null;
  grid.values = blank ? [] : outValues;
  if (!blank) grid.numberFormats = outFormats;
  const visibleRows = new Set(visibleAddresses.map((row) => parseCell(row[0] ?? '')?.row));
  const hidden: number[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) if (!visibleRows.has(r)) hidden.push(r);
  if (hidden.length > 0) grid.hiddenRows = hidden;
}

function tableInfo(name: string, address: string): TableInfo | undefined {
  const rect = parseRect(splitSheetAddress(address).local);
  if (!rect) return undefined;
  return { name, headerRow: rect.top, firstColumn: rect.left, lastRow: rect.bottom, lastColumn: rect.right };
}
