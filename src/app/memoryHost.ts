/**
 * The in-memory host: a WorkbookGrid that plans are applied to, with the same
 * sheet rules as the real hosts — a planned sheet replaces the sheet of ours
 * it names in `replaces` in place (same tab), a new one is added after the
 * others, and a planned name equal to a sheet of the user's stops the whole
 * write. For tests of the use cases, and wherever a workbook is only data.
 */
import type { CellRef } from '../engine/model';
import { cellAddress, parseCell } from '../workbook/a1';
import { sheetsNamed, type CellValue, type WorkbookGrid } from '../workbook/grid';
import { readConstants, type ConstantCell, type ReadConstants } from '../workbook/contentDigest';
import type { WritePlan } from '../workbook/plan';
import { planToGrid } from '../workbook/planToGrid';
import type { CellWrite, WorkbookHost } from './port';

export interface MemoryHost extends WorkbookHost {
  /** The workbook now (read it, do not change it: use the port). */
  readonly grid: WorkbookGrid;
  /** Every plan applied, in order. */
  readonly applied: WritePlan[];
  /** Replaces the workbook's contents, as an analyst editing between two presses would. */
  edit(change: (grid: WorkbookGrid) => void): void;
}

export function createMemoryHost(initial: WorkbookGrid): MemoryHost {
  let grid: WorkbookGrid = structuredClone(initial);
  const applied: WritePlan[] = [];
  // A grid holds values only: which cells of the sheets it wrote hold formulas, by sheet name, as "row,col".
  const formulaCells = new Map<string, Set<string>>();
  return {
    get grid() {
      return grid;
    },
    applied,
    edit(change) {
      change(grid);
    },
    readGrid: () => Promise.resolve(structuredClone(grid)),
    readSheets: (names) => Promise.resolve(structuredClone(sheetsNamed(grid, names))),
    // A grid holds values only: no formula of the analyst's can refer to anything.
    formulasReferringTo: () => Promise.resolve([]),
    sheetConstants(sheets) {
      const out = new Map<string, ReadConstants>();
      for (const name of sheets) {
        const sheet = grid.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
        const formulas = formulaCells.get(name.toLowerCase()) ?? new Set<string>();
        const cells: ConstantCell[] = [];
        sheet?.values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (formulas.has(`${r},${c}`)) return;
            if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
              cells.push({ row: r, col: c, value });
          }),
        );
        out.set(name, readConstants(cells));
      }
      return Promise.resolve(out);
    },
    applyPlan(plan) {
      const remove = new Set((plan.remove ?? []).map((n) => n.toLowerCase()));
      const next = structuredClone(grid);
      next.sheets = next.sheets.filter((s) => s.marker === undefined || !remove.has(s.name.toLowerCase()));
      for (const planned of plan.sheets) {
        const sheet = planToGrid([planned]).sheets[0]!;
        const replaced =
          planned.replaces === undefined ? -1 : next.sheets.findIndex((s) => s.name === planned.replaces);
        const clash = next.sheets.findIndex(
          (s, i) => i !== replaced && s.name.toLowerCase() === planned.name.toLowerCase(),
        );
        if (clash >= 0)
          return Promise.reject(new Error(`memory host: the sheet '${planned.name}' exists and is not ours`));
        if (replaced >= 0) next.sheets[replaced] = sheet;
        else next.sheets.push(sheet);
        const formulas = new Set<string>();
        planned.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell?.formula !== undefined) formulas.add(`${r},${c}`);
          }),
        );
        formulaCells.set(planned.name.toLowerCase(), formulas);
      }
      grid = next;
      applied.push(plan);
      return Promise.resolve({ notes: [] });
    },
    appendTableRows(tableName: string, rows: string[][]) {
      const sheet = grid.sheets.find((s) => s.tables.some((t) => t.name.toLowerCase() === tableName.toLowerCase()));
      const table = sheet?.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
      if (!sheet || !table) return Promise.reject(new Error(`memory host: no table '${tableName}'`));
      const blank = (r: number) => (sheet.values[r] ?? []).every((v) => v === null || v === '');
      let top = table.lastRow + 1;
      while (top - 1 > table.headerRow && blank(top - 1)) top--;
      for (let r = table.lastRow + 1; r < top + rows.length; r++)
        for (let c = table.firstColumn; c <= table.lastColumn; c++)
          if ((sheet.values[r]?.[c] ?? null) !== null)
            return Promise.reject(
              new Error(`memory host: cells below '${tableName}' are not empty (Excel shifts them)`),
            );
      const at: CellRef[] = [];
      rows.forEach((row, i) => {
        const r = top + i;
        while (sheet.values.length <= r) sheet.values.push([]);
        const cells: CellValue[] = sheet.values[r]!;
        row.forEach((value, c) => {
          while (cells.length <= table.firstColumn + c) cells.push(null);
          cells[table.firstColumn + c] = value === '' ? null : value;
        });
        at.push({ sheet: sheet.name, cell: cellAddress(r, table.firstColumn) });
      });
      table.lastRow = Math.max(table.lastRow, top + rows.length - 1);
      return Promise.resolve(at);
    },
    writeCells(sheetName: string, cells: CellWrite[]) {
      const sheet = grid.sheets.find((s) => s.name === sheetName);
      if (!sheet) return Promise.reject(new Error(`memory host: no sheet '${sheetName}'`));
      for (const { cell, value } of cells) {
        const { row, col } = parseCell(cell);
        while (sheet.values.length <= row) sheet.values.push([]);
        const cells: CellValue[] = sheet.values[row]!;
        while (cells.length <= col) cells.push(null);
        cells[col] = value;
      }
      return Promise.resolve();
    },
  };
}
