/**
 * A1 geometry for the Office.js adapter and the Excel emulation: column
 * letters, cell and range addresses, sheet-qualified addresses as Office.js
 * returns them ('Kostnader'!A1:F20 or Kostnader!A1:F20). 0-based rows and
 * columns, matching the WorkbookGrid (row 0 = Excel row 1). Pure strings.
 */
import { cellAddress } from '../workbook/a1';

export interface Rect {
  top: number;
  left: number;
  bottom: number; // inclusive
  right: number; // inclusive
}

/** Excel's grid: 1 048 576 rows × 16 384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export { cellAddress, columnLetters, quoteSheetName } from '../workbook/a1';

/** 'B3:D9', or 'B3' for one cell (as Excel reports single-cell addresses). */
export function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 'C12' or '$C$12' → 0-based position; undefined when not a cell inside the grid. */
export function parseCell(text: string): { row: number; col: number } | undefined {
  const m = CELL.exec(text.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]) - 1;
  if (col < 1 || col > MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return undefined;
  return { row, col: col - 1 };
}

/** 'A1:F20' or 'A1' (no sheet part) → Rect, corners normalised; undefined when invalid. */
export function parseRect(text: string): Rect | undefined {
  const parts = text.split(':');
  if (parts.length > 2) return undefined;
  const a = parseCell(parts[0]!);
  const b = parts.length === 2 ? parseCell(parts[1]!) : a;
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * Split "'It''s'!A1:B2" or "Blad1!A1" into sheet and local address. The sheet
 * part is undefined when the address has none.
 */
export function splitSheetAddress(text: string): { sheet?: string; local: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function rectColumns(r: Rect): number {
  return r.right - r.left + 1;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
