/**
 * The one seam between the use cases and a workbook host. Every host —
 * Office.js inside Excel (src/hosts/officejs/host.ts), an .xlsx file for the command
 * line (src/hosts/xlsx/host.ts), the in-memory host for tests (memoryHost.ts) —
 * implements this contract, and nothing above it touches a host object:
 * the use cases see grids and plans, plain data.
 */
import type { CellRef } from '../engine/model';
import type { SheetGrid, WorkbookGrid } from '../workbook/grid';
import type { WritePlan } from '../workbook/plan';
import type { ReadConstants } from '../workbook/contentDigest';
import type { Text as Bilingual } from '../engine/messages';

/** What a host says after applying a plan: what it skipped or adapted (e.g. print setup on an older Excel). */
export interface ApplyReport {
  notes: Bilingual[];
}

/** A value written into one cell of an input sheet (the pane's "save to Parametrar"). */
export interface CellWrite {
  cell: string;
  value: number | string;
}

/** A formula of the analyst's, as the host stores it: in a cell of their own sheet, or a defined name. */
export interface UserFormula {
  /** The sheet; '' for a defined name. */
  sheet: string;
  /** The cell (A1); the name's name for a defined name. */
  cell: string;
  formula: string;
}

export interface WorkbookHost {
  /** The workbook as stored now: every sheet's values, formats, tables and our markers. Read afresh on every call. */
  readGrid(): Promise<WorkbookGrid>;
  /**
   * The full contents (values) of the named sheets as stored now, in the
   * order asked; a name the workbook lacks is left out. readGrid may hold
   * only the input sheets' cells (Office.js reads no more before every
   * check): this reads a sheet of ours back, the comparison sheet whose foot
   * keeps the previous generation's summary (src/workbook/changesStore.ts).
   */
  readSheets(names: string[]): Promise<SheetGrid[]>;
  /** Apply a plan: the whole plan or, on failure, an error with nothing of the user's changed. */
  applyPlan(plan: WritePlan): Promise<ApplyReport>;
  /** Write plain values into cells of one sheet (Parametrar), where the host edits a live workbook. */
  writeCells?(sheet: string, cells: CellWrite[]): Promise<void>;
  /**
   * Append rows to one of the analyst's tables (the decision trail), where the
   * host edits a live workbook: into the blank rows at the table's end first,
   * then growing the table. Each row has one value per table column; every
   * value is stored as text, never parsed. Returns each row's first cell.
   */
  appendTableRows?(table: string, rows: string[][]): Promise<CellRef[]>;
  /** Select a cell, activating its sheet, where the host has a selection (not a file). */
  selectCell?(at: CellRef): Promise<void>;
  /**
   * The analyst's formulas (on sheets without our marker, and defined names
   * other than our markers) that refer to any of `sheets`: read before
   * sheets of ours are deleted, to say which formulas would break.
   */
  formulasReferringTo(sheets: string[]): Promise<UserFormula[]>;
  /**
   * The constant cells (src/workbook/contentDigest.ts) of each of `sheets`
   * as stored now, by the names given, to hold against their markers'
   * digests: read before sheets of ours are rewritten, to tell the ones
   * someone typed into.
   */
  sheetConstants(sheets: string[]): Promise<Map<string, ReadConstants>>;
}
