/**
 * Long notes wrapped across the width a sheet prints: a note longer than
 * that width would run on past the print area and be cut on paper.
 */
import { heldRows, withSheetFields, type PlannedSheet, type WrappedNote } from '../plan';

/**
 * Characters of note text per digit width of column: the notes' italic
 * Calibri averages about 0.8 of a digit's width a character, and a line
 * keeps some room to spare for word breaks.
 */
const CHARS_PER_WIDTH = 1.1;

/**
 * The sheet with every long note or warning in column A, alone in its row,
 * wrapped over columns A to `lastColumn`. Lazy rows hold none (LazyRows).
 */
export function withWrappedNotes(sheet: PlannedSheet, lastColumn: number): PlannedSheet {
  const widths = sheet.columnWidths ?? [];
  let span = 0;
  for (let c = 0; c <= lastColumn; c++) span += widths[c] ?? 8.43;
  const perLine = Math.floor(span * CHARS_PER_WIDTH);
  const notes: WrappedNote[] = [];
  heldRows(sheet).forEach((row, r) => {
    const cell = row[0];
    if ((cell?.style !== 'note' && cell?.style !== 'warning') || typeof cell.value !== 'string') return;
    // Merging would hide anything else in the row.
    if (row.some((other, c) => c > 0 && other !== null && other !== undefined)) return;
    const lines = Math.ceil(cell.value.length / perLine);
    if (lines > 1) notes.push({ row: r, lastColumn, lines });
  });
  return notes.length === 0 ? sheet : withSheetFields(sheet, { wrappedNotes: notes });
}
