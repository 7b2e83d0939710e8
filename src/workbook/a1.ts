/**
 * A1 addresses as plain numbers, shared by the pure workbook layer, both
 * hosts and the Excel emulation: 0-based rows and columns matching the
 * WorkbookGrid (row 0 = Excel row 1). One implementation, so 'AA' means the
 * same column everywhere. Two families: parseCell/parseRange read our own
 * addresses and throw on anything else; tryParseCell/parseRect read
 * addresses as Office.js returns them (sheet part split off with
 * splitSheetAddress) and give undefined for what is not inside Excel's grid.
 */

export interface RangePos {
  top: number;
  left: number;
  bottom: number; // inclusive
  right: number; // inclusive
}

/** Excel's grid: 1 048 576 rows × 16 384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) {
    throw new RangeError(`column index must be a non-negative integer, got ${col}`);
  }
  // Every formula the writer builds spells its columns: the first columns' letters are made once.
  if (col < LETTERS_KEPT) return (lettersOf[col] ??= spellColumn(col));
  return spellColumn(col);
}

const LETTERS_KEPT = 1024;
const lettersOf: string[] = [];

function spellColumn(col: number): string {
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

/** 'B3:D9', or 'B3' for one cell (as Excel reports single-cell addresses; rangeAddress always gives both corners). */
export function rectAddress(r: RangePos): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

const GRID_CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 'C12' or '$C$12' → 0-based position; undefined when not a cell inside the grid. */
export function tryParseCell(text: string): { row: number; col: number } | undefined {
  const m = GRID_CELL.exec(text.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]) - 1;
  if (col < 1 || col > MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return undefined;
  return { row, col: col - 1 };
}

/** 'A1:F20' or 'A1' (no sheet part) → bounds, corners normalised; undefined when invalid. */
export function parseRect(text: string): RangePos | undefined {
  const parts = text.split(':');
  if (parts.length > 2) return undefined;
  const a = tryParseCell(parts[0]!);
  const b = parts.length === 2 ? tryParseCell(parts[1]!) : a;
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

export function rectRows(r: RangePos): number {
  return r.bottom - r.top + 1;
}

export function rectColumns(r: RangePos): number {
  return r.right - r.left + 1;
}

export function rectsOverlap(a: RangePos, b: RangePos): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
