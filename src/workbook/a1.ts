/**
 * A1 addresses as plain numbers, shared by the pure workbook layer and both
 * adapters: 0-based rows and columns matching the WorkbookGrid (row 0 = Excel
 * row 1). One implementation, so 'AA' means the same column everywhere.
 */

export interface RangePos {
  top: number;
  left: number;
  bottom: number; // inclusive
  right: number; // inclusive
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) {
    throw new RangeError(`column index must be a non-negative integer, got ${col}`);
  }
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** 'D7' or '$D$7' → { row: 6, col: 3 }; throws on anything else (our own addresses only). */
export function parseCell(address: string): { row: number; col: number } {
  const m = CELL.exec(address.trim());
  if (!m) throw new Error(`not an A1 cell address: '${address}'`);
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** 'B2:D9' or 'B2' (a sheet prefix is ignored) to 0-based bounds, corners normalised. */
export function parseRange(range: string): RangePos {
  const local = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [a, b] = local.split(':');
  const start = parseCell(a ?? '');
  const end = b === undefined ? start : parseCell(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function rangeAddress(r: RangePos): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/** A sheet name as it must appear in a formula or address: always quoted, apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
