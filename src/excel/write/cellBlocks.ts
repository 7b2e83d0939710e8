/**
 * Pure: a planned sheet's cells as the arrays Office.js takes, cut into
 * row blocks whose estimated request size stays under a budget, so a large
 * plan is spread over several syncs instead of hitting Excel on the web's
 * 5 MB request limit.
 *
 * Text is written as text: every text cell gets number format '@' before its
 * value is set, so '=HYPERLINK("http://x")', '+1' or '@SUM(A1)' taken from
 * the inputs is stored as typed instead of being turned into a formula.
 * Formulas go through `Range.formulas`, one operation per run of adjacent
 * formula cells in a row, after the values (which give formula cells their
 * cached value until Excel recalculates).
 */
import type { CellStyle, PlannedCell, PlannedSheet } from '../../workbook/plan';

export type Scalar = string | number | boolean;

export interface FormulaRun {
  row: number; // sheet row, 0-based
  col: number;
  formulas: string[];
}

export interface StyleRun {
  row: number;
  col: number;
  count: number;
  style: CellStyle;
}

export interface CellBlock {
  top: number; // sheet row of the block's first row
  rows: number;
  columns: number;
  values: Scalar[][];
  numberFormats: string[][];
  formulas: FormulaRun[];
  styles: StyleRun[];
  /** Estimated request bytes of the block's operations. */
  bytes: number;
}

/**
 * Per-operation overhead of an Office.js request (object path, action type,
 * ids), estimated high: the emulation measures about 60 bytes, Office.js
 * sends more; 200 leaves a margin.
 */
export const OPERATION_BYTES = 200;

/** What each style sets: one Office.js property write per entry. */
export const STYLE_FORMATS: Record<
  CellStyle,
  { bold?: boolean; italic?: boolean; size?: number; color?: string; fill?: string }
> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: '#404040' },
  header: { bold: true, fill: '#DDEBF7' },
  label: {},
  total: { bold: true },
  note: { italic: true, color: '#595959' },
  warning: { bold: true, color: '#C00000' },
  input: { fill: '#FFF2CC' },
};

export function styleOperations(style: CellStyle): number {
  return Object.keys(STYLE_FORMATS[style]).length;
}

const encoder = new TextEncoder();

/** UTF-8 size of a value's JSON: what it weighs in the request (å, ä, ö are two bytes). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

function numberFormatOf(cell: PlannedCell | null): string {
  if (!cell) return 'General';
  if (cell.formula === undefined && typeof cell.value === 'string') return '@';
  return cell.numberFormat ?? 'General';
}

function valueOf(cell: PlannedCell | null): Scalar {
  return cell === null || cell.value === null ? '' : cell.value;
}

interface RowParts {
  values: Scalar[];
  numberFormats: string[];
  formulas: FormulaRun[];
  styles: StyleRun[];
  bytes: number;
}

function rowParts(row: (PlannedCell | null)[], r: number, columns: number): RowParts {
  const values: Scalar[] = [];
  const numberFormats: string[] = [];
  const formulas: FormulaRun[] = [];
  const styles: StyleRun[] = [];
  for (let c = 0; c < columns; c++) {
    const cell = row[c] ?? null;
    values.push(valueOf(cell));
    numberFormats.push(numberFormatOf(cell));
    if (cell?.formula !== undefined) {
      const last = formulas[formulas.length - 1];
      if (last && last.col + last.formulas.length === c) last.formulas.push(cell.formula);
      else formulas.push({ row: r, col: c, formulas: [cell.formula] });
    }
    const style = cell?.style;
    if (style && styleOperations(style) > 0) {
      const last = styles[styles.length - 1];
      if (last && last.style === style && last.col + last.count === c) last.count += 1;
      else styles.push({ row: r, col: c, count: 1, style });
    }
  }
  const bytes =
    jsonBytes(values) +
    jsonBytes(numberFormats) +
    formulas.reduce((n, f) => n + jsonBytes(f.formulas) + 2 * OPERATION_BYTES, 0) +
    styles.reduce((n, s) => n + (1 + styleOperations(s.style)) * OPERATION_BYTES, 0);
  return { values, numberFormats, formulas, styles, bytes };
}

/** The sheet's cells in blocks of whole rows, each under `budget` estimated bytes (a single huge row stands alone). */
export function cellBlocks(sheet: PlannedSheet, budget: number): CellBlock[] {
  const columns = sheet.rows.reduce((n, row) => Math.max(n, row.length), 0);
  if (columns === 0 || sheet.rows.length === 0) return [];
  const blocks: CellBlock[] = [];
  let current: CellBlock | undefined;
  sheet.rows.forEach((row, r) => {
    const parts = rowParts(row, r, columns);
    if (!current || (current.bytes + parts.bytes > budget && current.rows > 0)) {
      current = {
        top: r,
        rows: 0,
        columns,
        values: [],
        numberFormats: [],
        formulas: [],
        styles: [],
        bytes: 3 * OPERATION_BYTES,
      };
      blocks.push(current);
    }
    current.rows += 1;
    current.values.push(parts.values);
    current.numberFormats.push(parts.numberFormats);
    current.formulas.push(...parts.formulas);
    current.styles.push(...parts.styles);
    current.bytes += parts.bytes;
  });
  return blocks;
}
