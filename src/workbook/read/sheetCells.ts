/**
 * What the reader asks of a sheet's cells beyond their value: whether a cell
 * holds a formula the file never calculated, and whether a cell or a row is
 * blank. A never-calculated formula is not blank: a blank cell means
 * something (0, a default, "this row is empty"), an unknown value does not.
 */
import type { SheetGrid } from '../grid';
import { isBlank } from './parseText';

/** Header rows are searched among a sheet's first rows only: far down, a data row could look like one. */
export const HEADER_SEARCH_ROWS = 200;

const uncalculatedBySheet = new WeakMap<SheetGrid, Set<number>>();

/** Cells as one number (row × 2^14 + col: Excel has 16 384 columns), for a Set. */
const key = (row: number, col: number): number => row * 16_384 + col;

function uncalculated(sheet: SheetGrid): Set<number> {
  let set = uncalculatedBySheet.get(sheet);
  if (!set) {
    set = new Set((sheet.uncalculatedFormulas ?? []).map((c) => key(c.row, c.col)));
    uncalculatedBySheet.set(sheet, set);
  }
  return set;
}

/** The cell holds a formula without a computed value (its value reads as null). */
export function isUncalculated(sheet: SheetGrid, row: number, col: number): boolean {
  return (sheet.uncalculatedFormulas?.length ?? 0) > 0 && uncalculated(sheet).has(key(row, col));
}

/** The merged area the cell is merged into, when it is not that area's top-left cell (which holds the value). */
export function mergedInto(
  sheet: SheetGrid,
  row: number,
  col: number,
): { top: number; left: number; bottom: number; right: number } | undefined {
  return sheet.mergedAreas?.find(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
  );
}

/** Blank: no value, or only whitespace, and no formula waiting to be calculated. */
export function isBlankCell(sheet: SheetGrid, row: number, col: number): boolean {
  return isBlank(sheet.values[row]?.[col] ?? null) && !isUncalculated(sheet, row, col);
}

/** Every cell of the row within [first, last] is blank. */
export function rowIsBlank(sheet: SheetGrid, row: number, first: number, last: number): boolean {
  for (let col = first; col <= last; col++) if (!isBlankCell(sheet, row, col)) return false;
  return true;
}

/** True when the row is hidden (by the user or a filter). */
export function isHiddenRow(sheet: SheetGrid, row: number): boolean {
  return sheet.hiddenRows?.includes(row) ?? false;
}
