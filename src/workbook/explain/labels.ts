/**
 * What a cell is, in the sheet's own words: the text in the row's label
 * columns (A–C on every generated sheet, left of the cell) and the column's
 * header above it. E.g. 'Skolplattform · Schema · Licens, 2024' or
 * 'Indexfaktor, 2026'. Heuristics over values only, because that is all an
 * adapter can read cheaply; each rule below says which layout it serves.
 */
import type { ExplainGrid } from './types';

const LABEL_COLUMNS = 3;

export function isYear(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * The texts in the label columns of `row`, left of `col`. A number that is not
 * a year cuts off what lies left of it: in the header block a row holds pairs
 * (Diskonteringsränta 2,5 % | Antal kontrakt 1), and the value's own label is
 * the text right before it. Years stay (a helper row's year is part of its name).
 */
export function rowLabel(grid: ExplainGrid, sheet: string, row: number, col: number): string {
  let parts: string[] = [];
  for (let c = 0; c < Math.min(LABEL_COLUMNS, col); c++) {
    const v = grid.value(sheet, row, c);
    if (isText(v)) parts.push(v.trim());
    else if (isYear(v)) parts.push(String(v));
    else if (typeof v === 'number') parts = [];
  }
  return parts.join(' · ');
}

/**
 * The header above (row, col): the nearest text, or a year next to the year
 * before or after it (year headers are numbers on scenario sheets). The walk
 * crosses at most one empty cell (the index table leaves the base year's rate
 * empty) and stops at the second, so a value in the header block does not
 * pick up a note far above it.
 */
export function columnHeader(grid: ExplainGrid, sheet: string, row: number, col: number): string {
  let blanks = 0;
  for (let r = row - 1; r >= 0; r--) {
    const v = grid.value(sheet, r, col);
    if (v === null || v === '') {
      if (++blanks > 1) return '';
      continue;
    }
    if (isText(v)) return v.trim();
    if (isYear(v) && grid.formula(sheet, r, col) === undefined) {
      const before = grid.value(sheet, r, col - 1);
      const after = grid.value(sheet, r, col + 1);
      if (before === v - 1 || after === v + 1 || isText(before)) return String(v);
    }
  }
  return '';
}

/** Row label and column header together; the address when the sheet names neither. */
export function cellLabel(grid: ExplainGrid, sheet: string, row: number, col: number, address: string): string {
  const parts = [rowLabel(grid, sheet, row, col), columnHeader(grid, sheet, row, col)].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(', ') : address;
}

/** The shortest useful name of a row: its last label text ('antal elev'), or the address. */
export function shortRowLabel(grid: ExplainGrid, sheet: string, row: number, col: number, address: string): string {
  const parts = rowLabel(grid, sheet, row, col).split(' · ');
  return parts[parts.length - 1] || address;
}
