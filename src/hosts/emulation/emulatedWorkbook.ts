/**
 * The emulated workbook as tests and the browser preview use it:
 * `createEmulatedWorkbook()` gives a workbook with `run` (a drop-in for
 * `Excel.run`), sync counters, failure injection, loaders for a WorkbookGrid
 * or PlannedSheet[], and inspection helpers that bypass the proxies.
 * No Node APIs: it bundles for the browser.
 *
 * Like Excel, a workbook always has a sheet: `createEmulatedWorkbook()` with
 * no sheets starts with a blank 'Blad1', which the loaders replace.
 */
import type { SheetGrid, WorkbookGrid } from '../../workbook/grid';
import type { PlannedSheet } from '../../workbook/plan';
import { parseRect, rectAddress, tryParseCell } from '../../workbook/a1';
import { markerFormula, markerName } from '../../workbook/marker';
import { EmulatedContext, type SyncHost, type SyncStats } from './context';
import { cellKey } from './range';
import { checkSheetName } from './rules';
import { findSheet, newSheet, type BookState, type CellState, type NameState, type SheetState } from './state';
import { strict } from './strict';

/** The shape of Excel.run that the adapter takes; the emulation's `run` has it. */
export type EmulatedRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface FailurePlan {
  /** Fail the n-th sync from now (1 = the next one). */
  atSync: number;
  /** Operations of that sync applied before failing; default: a seeded random prefix (0…all). */
  applied?: number;
}

export interface CellSnapshot {
  value: CellState['value'];
  formula?: string;
  numberFormat: string;
}

export interface EmulatedWorkbook {
  run: EmulatedRun;
  stats: SyncStats;
  /** Resets the sync counters (not the workbook). */
  resetStats(): void;
  failAtSync(plan: FailurePlan | number): void;
  sheetNames(): string[];
  cell(sheet: string, address: string): CellSnapshot | undefined;
  /** The raw state of a sheet (read-only use): cells, sheet-scoped names, tables via `tables()`. */
  sheet(name: string): SheetState | undefined;
  /** The workbook-scoped defined names (copies), where the markers live. */
  names(): NameState[];
  tables(): { name: string; sheet: string; address: string; showTotals: boolean }[];
  activeSheet(): string | undefined;
  /** Everything, as plain JSON, for comparing a workbook before and after. */
  snapshot(): unknown;
  /**
   * Add sheets from a WorkbookGrid (values, formats, hidden rows, tables,
   * markers: stored as the adapter stores them, src/workbook/marker.ts).
   */
  loadGrid(grid: WorkbookGrid): void;
  /** Add sheets from a write plan's sheets, as if the add-in had written them (for the preview). */
  loadPlannedSheets(sheets: PlannedSheet[], marker?: (sheet: PlannedSheet) => string): void;
}

/** Deterministic pseudo-random numbers, so a failing case can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DEFAULT_SHEET = 'Blad1';

/** The blank default sheet of a new workbook, which loading sheets replaces (as opening a template would). */
function dropUntouchedDefault(book: BookState): void {
  const only = book.sheets.length === 1 ? book.sheets[0]! : undefined;
  if (
    only &&
    only.name === DEFAULT_SHEET &&
    only.cells.size === 0 &&
    only.names.length === 0 &&
    !book.tables.some((t) => t.sheet === only)
  ) {
    book.sheets = [];
    book.active = null;
    only.deleted = true;
  }
}

function addSheet(book: BookState, name: string): SheetState {
  const sheet = newSheet(book, checkSheetName(book, name, 'loadGrid'));
  book.sheets.push(sheet);
  if (!book.active) book.active = sheet;
  return sheet;
}

function loadSheetGrid(book: BookState, grid: SheetGrid): void {
  const sheet = addSheet(book, grid.name);
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const numberFormat = grid.numberFormats?.[r]?.[c] ?? 'General';
      if (value === null && numberFormat === 'General') return;
      sheet.cells.set(cellKey(r, c), { value, numberFormat });
    }),
  );
  for (const r of grid.hiddenRows ?? []) sheet.hiddenRows.add(r);
  for (const t of grid.tables) {
    book.counter += 1;
    book.tables.push({
      id: `{T${book.counter}}`,
      name: t.name,
      sheet,
      rect: { top: t.headerRow, left: t.firstColumn, bottom: t.lastRow, right: t.lastColumn },
      showTotals: false,
    });
  }
  if (grid.marker !== undefined) addMarker(book, sheet, grid.marker);
}

/** A marker as the adapter writes it: a hidden workbook-scoped name pointing at the sheet. */
function addMarker(book: BookState, sheet: SheetState, text: string): void {
  book.counter += 1;
  const name = markerName('loaded', book.counter);
  book.names.push({ name, formula: markerFormula(sheet.name, text), visible: false, comment: '' });
}

function loadPlanned(book: BookState, planned: PlannedSheet, marker?: string): void {
  const sheet = addSheet(book, planned.name);
  planned.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const state: CellState = {
        value: cell.value,
        numberFormat: cell.numberFormat ?? (typeof cell.value === 'string' ? '@' : 'General'),
      };
      if (cell.formula) state.formula = cell.formula;
      sheet.cells.set(cellKey(r, c), state);
    }),
  );
  planned.columnWidths?.forEach((w, c) => sheet.columnWidths.set(c, w));
  if (planned.freeze) sheet.freeze = { ...planned.freeze };
  if (planned.tabColor) sheet.tabColor = planned.tabColor.toUpperCase();
  for (const t of planned.tables ?? []) {
    const rect = parseRect(t.range);
    if (!rect) throw new Error(`loadPlannedSheets: bad table range '${t.range}'`);
    book.counter += 1;
    book.tables.push({ id: `{T${book.counter}}`, name: t.name, sheet, rect, showTotals: t.showTotals ?? false });
  }
  for (const v of planned.validations ?? []) sheet.validations.push({ address: v.range, list: v.list.join(',') });
  if (marker !== undefined) addMarker(book, sheet, marker);
}

function snapshotSheet(book: BookState, s: SheetState): unknown {
  const cells = [...s.cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, cell]) => [
      rectAddress({
        top: Math.floor(key / 16_384),
        left: key % 16_384,
        bottom: Math.floor(key / 16_384),
        right: key % 16_384,
      }),
      cell,
    ]);
  // Copies, not the live state: a later write to the same sheet (rewritten in place) must not change a snapshot.
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    tabColor: s.tabColor,
    cells: copy(cells),
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
    rowHeights: [...s.rowHeights.entries()].sort(([a], [b]) => a - b),
    merged: [...s.merged],
    columnWidths: [...s.columnWidths.entries()].sort(([a], [b]) => a - b),
    freeze: copy(s.freeze),
    pageLayout: copy(s.pageLayout),
    charts: copy(s.charts),
    names: copy(s.names),
    validations: copy(s.validations),
    tables: book.tables
      .filter((t) => t.sheet === s)
      .map((t) => ({ id: t.id, name: t.name, rect: t.rect, showTotals: t.showTotals })),
  };
}

export function createEmulatedWorkbook(
  sheets: WorkbookGrid | SheetGrid[] = [],
  options: { seed?: number } = {},
): EmulatedWorkbook {
  const book: BookState = { sheets: [], tables: [], names: [], active: null, counter: 0 };
  const stats: SyncStats = { syncs: 0, bytesPerSync: [], operationsPerSync: [] };
  const failures: { at: number; applied?: number }[] = [];
  const random = lcg(options.seed ?? 1);
  const host: SyncHost = {
    book,
    stats,
    takeFailure(syncNumber, opCount) {
      const i = failures.findIndex((f) => f.at === syncNumber);
      if (i < 0) return undefined;
      const [f] = failures.splice(i, 1);
      return f!.applied ?? Math.floor(random() * (opCount + 1));
    },
  };

  // Like Excel.run: operations still queued when the batch resolves are synced then.
  const run: EmulatedRun = async (batch) => {
    const ctx = strict(new EmulatedContext(host), 'RequestContext');
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.close();
    }
  };

  const wb: EmulatedWorkbook = {
    run,
    stats,
    resetStats() {
      stats.syncs = 0;
      stats.bytesPerSync.length = 0;
      stats.operationsPerSync.length = 0;
      failures.length = 0;
    },
    failAtSync(plan) {
      const p = typeof plan === 'number' ? { atSync: plan } : plan;
      failures.push({ at: stats.syncs + p.atSync, ...(p.applied !== undefined ? { applied: p.applied } : {}) });
    },
    sheetNames: () => book.sheets.map((s) => s.name),
    cell(sheetName, address) {
      const s = findSheet(book, sheetName);
      const pos = tryParseCell(address);
      if (!s || !pos) return undefined;
      const c = s.cells.get(cellKey(pos.row, pos.col));
      if (!c) return undefined;
      return {
        value: c.value,
        numberFormat: c.numberFormat,
        ...(c.formula !== undefined ? { formula: c.formula } : {}),
      };
    },
    sheet: (name) => findSheet(book, name),
    names: () => book.names.map((n) => ({ ...n })),
    tables: () =>
      book.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: rectAddress(t.rect),
        showTotals: t.showTotals,
      })),
    activeSheet: () => book.active?.name,
    snapshot: () => ({
      active: book.active?.id ?? null,
      sheets: book.sheets.map((s) => snapshotSheet(book, s)),
      names: JSON.parse(JSON.stringify(book.names)) as NameState[],
    }),
    loadGrid(grid) {
      if (grid.sheets.length > 0) dropUntouchedDefault(book);
      for (const s of grid.sheets) loadSheetGrid(book, s);
    },
    loadPlannedSheets(planned, marker) {
      if (planned.length > 0) dropUntouchedDefault(book);
      for (const s of planned) loadPlanned(book, s, marker?.(s));
    },
  };
  const initial = Array.isArray(sheets) ? { sheets } : sheets;
  if (initial.sheets.length === 0) {
    // Excel has no workbook without a sheet: a new one has a blank 'Blad1' (Swedish Excel).
    addSheet(book, DEFAULT_SHEET);
  } else wb.loadGrid(initial);
  return wb;
}
