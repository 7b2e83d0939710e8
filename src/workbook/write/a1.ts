/**
 * A1 addresses and references for the formulas the writer emits: column
 * letters, absolute/relative cell addresses, ranges, and sheet-qualified
 * references with Excel's quoting rules. Pure string work, no host objects.
 */

import { columnLetters } from '../a1';

export { columnLetters };

/** A cell position, 0-based, as the plan's rows array holds it. */
export interface Pos {
  row: number;
  col: number;
}

/**
 * 0-based position → 'C12'. `absolute` writes '$C$12', used where a formula
 * pins a parameter (base year, discount rate) so a copied formula stays right.
 */
export function address(pos: Pos, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(pos.col)}${d}${pos.row + 1}`;
}

/** 'C12:H12' from two positions. */
export function rangeAddress(from: Pos, to: Pos): string {
  return `${address(from)}:${address(to)}`;
}

/**
 * A sheet name as a formula needs it: always quoted, with every apostrophe
 * doubled ('It''s'). Quoting a name that would not need it is valid in Excel
 * and LibreOffice alike, and simpler than deciding which names need it.
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to a cell on another sheet: 'Alt 1'!C12. */
export function sheetRef(sheet: string, pos: Pos): string {
  return `${quoteSheetName(sheet)}!${address(pos)}`;
}
