/** Jump to a cell (the task pane's "go to cell" for a problem): activate its sheet and select it, one sync. */
import { adapterError, excelErrorCode, ExcelAdapterError } from './errors';
import type { ExcelRun } from './types';

export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  try {
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  } catch (error) {
    if (excelErrorCode(error) === 'ItemNotFound') {
      throw new ExcelAdapterError(
        'ItemNotFound',
        {
          sv: `Bladet ”${sheet}” finns inte (längre) i arbetsboken.`,
          en: `The sheet “${sheet}” is not (or no longer) in the workbook.`,
        },
        error,
      );
    }
    throw adapterError({ sv: `Kunde inte gå till ${sheet}!${cell}`, en: `Could not go to ${sheet}!${cell}` }, error);
  }
}
