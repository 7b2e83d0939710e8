/**
 * A1 addresses as plain numbers: the adapter's only geometry. 0-based rows
 * and columns, matching the WorkbookGrid (row 0 = Excel row 1).
 */

import { columnLetters, quoteSheetName, type RangePos } from '../../workbook/a1';

export { cellAddress, columnLetters, parseCell, parseRange, rangeAddress, type RangePos } from '../../workbook/a1';

export interface CellPos {
  row: number;
  col: number;
}

/** A sheet name as it must appear in a formula: quoted, with ' doubled. */
export const quoteSheet = quoteSheetName;

/** Absolute reference 'Sheet'!$B$2:$D$9 for chart series and defined names. */
export function absoluteRef(sheet: string, r: RangePos): string {
  const a = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = a(r.top, r.left);
  const end = a(r.bottom, r.right);
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}
