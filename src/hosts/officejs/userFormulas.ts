/**
 * The analyst's formulas that refer to given sheets, read through Office.js
 * in two syncs: the sheets and the workbook's names first (which sheets are
 * ours, by marker), then the formulas of the used range of every other sheet.
 * Asked only before sheets of ours are deleted, so the analyst hears which
 * of their formulas would turn into #REF!.
 */
import type { UserFormula } from '../../app/port';
import { cellAddress } from '../../workbook/a1';
import { adapterError } from './errors';
import { isMarkerName } from '../../workbook/marker';
import { loadWorkbookNames, markersOf } from './sheetMarkers';
import { sheetRefs } from '../../workbook/formulaRefs';
import type { ExcelRun } from './types';

export async function formulasReferringTo(run: ExcelRun, sheets: string[]): Promise<UserFormula[]> {
  if (sheets.length === 0) return [];
  const targets = new Set(sheets.map((s) => s.toLowerCase()));
  const refersToTarget = (formula: string): boolean => sheetRefs(formula).some((n) => targets.has(n.toLowerCase()));
  try {
    return await run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets.load('items/name');
      const names = loadWorkbookNames(ctx);
      await ctx.sync();
      const ours = markersOf(
        names,
        worksheets.items.map((w) => w.name),
      ).bySheet;
      const used = worksheets.items
        .filter((w) => !ours.has(w.name.toLowerCase()))
        .map((w) => ({ sheet: w.name, range: w.getUsedRangeOrNullObject().load('formulas,rowIndex,columnIndex') }));
      await ctx.sync();
      const out: UserFormula[] = [];
      for (const { sheet, range } of used) {
        if (range.isNullObject) continue;
        (range.formulas as unknown[][]).forEach((row, r) =>
          row.forEach((f, c) => {
            if (typeof f === 'string' && f.startsWith('=') && refersToTarget(f))
              out.push({ sheet, cell: cellAddress(range.rowIndex + r, range.columnIndex + c), formula: f });
          }),
        );
      }
      for (const n of names.items) {
        if (!isMarkerName(n.name) && typeof n.formula === 'string' && refersToTarget(n.formula))
          out.push({ sheet: '', cell: n.name, formula: n.formula });
      }
      return out;
    });
  } catch (error) {
    throw adapterError(
      { sv: 'Kunde inte läsa formlerna i dina egna blad', en: 'Could not read the formulas of your own sheets' },
      error,
    );
  }
}
