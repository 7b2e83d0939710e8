/**
 * The readers' entry points, and the FULL read: every sheet's contents.
 *
 * `readWorkbookGrid(run)` is the input read (readInputs.ts): one sync, also
 * on a session's first read of a workbook laid out as the schema says. It is
 * what the task pane calls before every inspect, save and write.
 *
 * `readWorkbook` and `readWorkbookGrid(run, sheetNames | options)` read the
 * contents of every sheet (or of the named ones): Office.js can only call
 * methods (getUsedRange) on objects it has, and the items of a collection
 * arrive only with a sync, so reading sheets of unknown names needs the names
 * first. This reader keeps the workbook's structure (sheet and table names)
 * from the previous read or write, per run function, and reads everything
 * with ONE sync on that structure; the same sync loads the current names, and
 * if they differ — or a sheet is gone (ItemNotFound) — it rediscovers the
 * structure (one more sync) and reads again. First full read of a session: 2
 * syncs (1 after an input read, which leaves the structure); every read after: 1.
 *
 * Per sheet: the used range (values only) with address, values, valueTypes
 * (to tell the error #N/A from the text '#N/A') and number formats, padded
 * so the grid starts at A1; hidden rows from the visible view of the used
 * range's first column (`Range.getVisibleView().cellAddresses`, ExcelApi
 * 1.3: one object per sheet, where `rowHidden` would need one per row and a
 * row count known before the sync); the marker from the workbook-scoped
 * names loaded in the same batch, or — every sheet is held here by name —
 * the legacy sheet-scoped one (src/workbook/marker.ts). Per table: name, range address
 * and sheet.
 */
import type { SheetGrid, WorkbookGrid } from '../../workbook/grid';
import { adapterError, excelErrorCode } from './errors';
import {
  discoverStructure,
  fillContents,
  loadStructure,
  READING,
  readInputGrid,
  recallStructure,
  rememberStructure,
  structureOf,
  tableInfo,
  type WorkbookStructure,
} from './readInputs';
import { loadWorkbookNames, markersOf, probeSheet, sheetMarker } from './sheetMarkers';
import type { ExcelRun } from './types';

export { readInputGrid, rememberStructure } from './readInputs';
export type { InputReadOptions, InputReadResult, WorkbookStructure } from './readInputs';

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

/**
 * Without options: the input grid (readInputs.ts), one sync. With sheet
 * names or options: every sheet's grid (contents of `sheetNames` only, when given).
 */
export async function readWorkbookGrid(run: ExcelRun, options?: ReadOptions | string[]): Promise<WorkbookGrid> {
  if (options === undefined) return (await readInputGrid(run)).grid;
  return (await readWorkbook(run, Array.isArray(options) ? { sheetNames: options } : options)).grid;
}

export async function readWorkbook(run: ExcelRun, options: ReadOptions = {}): Promise<ReadResult> {
  try {
    let syncs = 0;
    const known = options.structure ?? recallStructure(run);
    if (known) {
      const attempt = await readOn(run, known, options.sheetNames);
      syncs += 1;
      if (attempt.ok) {
        rememberStructure(run, attempt.structure);
        return { grid: attempt.grid, structure: attempt.structure, syncs };
      }
    }
    const structure = await discoverStructure(run);
    syncs += 1;
    const second = await readOn(run, structure, options.sheetNames);
    syncs += 1;
    if (!second.ok) throw new Error('the workbook changed while it was being read; try again');
    rememberStructure(run, second.structure);
    return { grid: second.grid, structure: second.structure, syncs };
  } catch (error) {
    throw adapterError(READING, error);
  }
}

/** Same names, in any order (moving a sheet changes nothing the reader needs). */
function sameNames(a: string[], b: string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && set.size === new Set(b).size && b.every((x) => set.has(x));
}

/** On success, the structure as loaded in the same batch (with each table's sheet, for the next input read). */
type Attempt = { ok: true; grid: WorkbookGrid; structure: WorkbookStructure } | { ok: false };

async function readOn(run: ExcelRun, structure: WorkbookStructure, only?: string[]): Promise<Attempt> {
  const wanted = only && new Set(only.map((n) => n.toLowerCase()));
  try {
    return await run(async (ctx) => {
      const loaded = loadStructure(ctx);
      const names = loadWorkbookNames(ctx);
      const sheets = structure.sheets.map((name) => {
        const ws = ctx.workbook.worksheets.getItem(name);
        const probe = probeSheet(ws);
        if (wanted && !wanted.has(name.toLowerCase())) return { name, probe };
        const used = ws.getUsedRange(true).load('address,values,valueTypes,numberFormat');
        const visible = used.getColumn(0).getVisibleView().load('cellAddresses');
        return { name, probe, used, visible };
      });
      const tables = structure.tables.map((name) => {
        const table = ctx.workbook.tables.getItem(name);
        return { name, range: table.getRange().load('address'), sheet: table.worksheet.load('name') };
      });
      await ctx.sync();

      const now = structureOf(loaded);
      const nowSheets = now.sheets;
      if (!sameNames(nowSheets, structure.sheets) || !sameNames(now.tables, structure.tables)) return { ok: false };

      const markers = markersOf(names, nowSheets);
      const inOrder = nowSheets.map((name) => sheets.find((s) => s.name === name)!);
      const grids: SheetGrid[] = inOrder.map((s) => {
        const grid: SheetGrid = { name: s.name, values: [], tables: [] };
        const marker = sheetMarker(s.name, markers, s.probe);
        if (marker !== undefined) grid.marker = marker;
        if (s.used && s.visible) fillContents(grid, s.used, s.visible.cellAddresses);
        return grid;
      });
      for (const t of tables) {
        const grid = grids.find((g) => g.name === t.sheet.name);
        const info = tableInfo(t.name, t.range.address);
        if (grid && info) grid.tables.push(info);
      }
      return { ok: true, grid: { sheets: grids }, structure: now };
    });
  } catch (error) {
    if (excelErrorCode(error) === 'ItemNotFound') return { ok: false };
    throw error;
  }
}
