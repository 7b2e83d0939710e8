/**
 * The one seam between the use cases and a workbook host. Every host —
 * Office.js inside Excel (src/excel/host.ts), an .xlsx file for the command
 * line (src/xlsx/host.ts), the in-memory host for tests (memoryHost.ts) —
 * implements this contract, and nothing above it touches a host object:
 * the use cases see grids and plans, plain data.
 */
import type { CellRef } from '../engine/model';
import type { WorkbookGrid } from '../workbook/grid';
import type { WritePlan } from '../workbook/plan';
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

/** A formula in one of the analyst's own sheets, as the host stores it. */
export interface UserFormula {
  sheet: string;
  cell: string;
  formula: string;
}

export interface WorkbookHost {
  /** The workbook as stored now: every sheet's values, formats, tables and our markers. Read afresh on every call. */
  readGrid(): Promise<WorkbookGrid>;
  /** Apply a plan: the whole plan or, on failure, an error with nothing of the user's changed. */
  applyPlan(plan: WritePlan): Promise<ApplyReport>;
  /** Write plain values into cells of one sheet (Parametrar), where the host edits a live workbook. */
  writeCells?(sheet: string, cells: CellWrite[]): Promise<void>;
  /** Select a cell, activating its sheet, where the host has a selection (not a file). */
  selectCell?(at: CellRef): Promise<void>;
  /**
   * The formulas of the analyst's own sheets (not ours), where the host can
   * read them: used to say which formulas break before a sheet of ours is removed.
   */
  readUserFormulas?(): Promise<UserFormula[]>;
}
