/**
 * A1 addresses as plain numbers: the adapter's only geometry. 0-based rows
 * and columns, matching the WorkbookGrid (row 0 = Excel row 1).
 */

export interface CellPos {
  row: number;
  col: number;
}

export interface RangePos {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetters(col: number): string {
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

export function parseCell(address: string): CellPos {
  const m = CELL.exec(address.trim());
  if (!m) throw new Error(`not an A1 cell address: '${address}'`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** 'B2:D9' (or a single cell 'B2'), optionally with a sheet prefix which is ignored. */
export function parseRange(range: string): RangePos {
  const local = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [a, b] = local.split(':');
  const start = parseCell(a);
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

/** A sheet name as it must appear in a formula: quoted, with ' doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Absolute reference 'Sheet'!$B$2:$D$9 for chart series and defined names. */
export function absoluteRef(sheet: string, r: RangePos): string {
  const a = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = a(r.top, r.left);
  const end = a(r.bottom, r.right);
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}
