/**
 * Where the Office.js adapter keeps the sheet marker: a hidden, sheet-scoped
 * defined name `SkolkostnadMarker` whose formula is a text constant
 * (="skolkostnad:scenario%3Aalt-1|…"), the same storage the .xlsx adapter
 * uses (src/xlsx/markers.ts), so a workbook made by the command line is
 * recognised by the add-in and the other way round.
 *
 * Why a sheet-scoped name and not worksheet custom properties: names need
 * ExcelApi 1.4 (`formula` 1.7) instead of 1.12, survive every Excel version
 * and LibreOffice, and follow the sheet when the user renames or moves it.
 *
 * While a write is in progress, a new sheet carries `SkolkostnadPending`
 * instead (="<write id>"): if both the write and its rollback fail, the next
 * write recognises and removes such leftovers; the reader ignores them.
 */

export const MARKER_NAME = 'SkolkostnadMarker';
export const PENDING_NAME = 'SkolkostnadPending';

/** A text as a formula constant: ="…" with quotes doubled. */
export function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** The text of a ="…" constant formula; undefined for any other formula. */
export function textOfFormula(formula: string): string | undefined {
  const m = /^=?"((?:[^"]|"")*)"$/.exec(formula.trim());
  return m ? m[1]!.replace(/""/g, '"') : undefined;
}
