/**
 * The Office.js host: the use-case port (src/app/port.ts) over an ExcelRun —
 * Office's Excel.run inside Excel, the emulation's run in the browser preview
 * and in tests. Translates only; every Office object stays in this folder.
 */
import type { WorkbookHost } from '../../app/port';
import { sheetsNamed } from '../../workbook/grid';
import { readWorkbookGrid } from './read';
import { sheetConstants } from './sheetContents';
import { formulasReferringTo } from './userFormulas';
import { selectCell } from './select';
import { appendTableRows } from './tableRows';
import type { ExcelRun, IsSetSupported } from './types';
import { applyWritePlan } from './write/applyWritePlan';
import { adapterError } from './errors';

export function createOfficeHost(run: ExcelRun, isSetSupported: IsSetSupported): WorkbookHost {
  return {
    readGrid: () => readWorkbookGrid(run),
    // The full read, contents of the named sheets only (the others come with name and marker).
    readSheets: async (names) => sheetsNamed(await readWorkbookGrid(run, names), names),
    async applyPlan(plan) {
      const report = await applyWritePlan(run, plan, { isSetSupported });
      return { notes: report.notes };
    },
    async writeCells(sheet, cells) {
      try {
        // One batch, plain values: the parameters are numbers and one unit text.
        await run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          for (const { cell, value } of cells) worksheet.getRange(cell).values = [[value]];
          await context.sync();
        });
      } catch (error) {
        throw adapterError(
          { sv: `Kunde inte skriva i bladet ${sheet}`, en: `Could not write to the sheet ${sheet}` },
          error,
        );
      }
    },
    appendTableRows: (table, rows) => appendTableRows(run, table, rows),
    selectCell: (at) => selectCell(run, at.sheet, at.cell),
    formulasReferringTo: (sheets) => formulasReferringTo(run, sheets),
    sheetConstants: (sheets) => sheetConstants(run, sheets),
  };
}
