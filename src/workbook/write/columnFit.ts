/**
 * Column widths fitted to the numbers a column shows, so that a sheet fitted
 * to one page wide prints large enough to read (print.ts) while no number
 * turns into "####" on screen.
 *
 * Excel measures a column in widths of the digit "0" (plus 5 pixels of
 * padding). Digits in Calibri are all that wide; the separators, the sign and
 * the decimal point are about half as wide. So "1 009 900,99" (9 digits, 3
 * narrow signs) needs 10.5 digit widths, not 12: a column of 11 holds it.
 */
import type { PlannedCell } from '../plan';

/** What of a number format decides how wide its numbers are. */
interface FormatShape {
  decimals: number;
  /** 1, 1 000 (a trailing ',': tkr) or 1 000 000 (two: mnkr). */
  divisor: number;
  percent: boolean;
  grouped: boolean;
}

/** Per format: a sheet has a handful of formats and hundreds of thousands of numbers. */
const shapes = new Map<string, FormatShape>();

function formatShape(format: string): FormatShape {
  let shape = shapes.get(format);
  if (shape === undefined) {
    shape = {
      decimals: /\.(0+)/.exec(format)?.[1]?.length ?? 0,
      divisor: 1000 ** (/[0#](,+)%?$/.exec(format.replace(/[^0#.,%]/g, ''))?.[1]?.length ?? 0),
      percent: format.includes('%'),
      grouped: format.includes('#,##0'),
    };
    if (shapes.size < MAX_SHAPES) shapes.set(format, shape);
  }
  return shape;
}

/** Formats remembered at most (a plan has about ten; the bound keeps odd callers from growing the map). */
const MAX_SHAPES = 256;

/** Width, in digit widths, of a number as `numberFormat` shows it (Excel invariant codes of formats.ts). */
export function numberDisplayWidth(value: number, numberFormat: string | undefined): number {
  const { decimals, divisor, percent, grouped } = formatShape(numberFormat ?? 'General');
  const scaled = value / divisor;
  const shown = Math.abs(percent ? scaled * 100 : scaled);
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.round(shown)))) + 1);
  const groups = grouped ? Math.floor((integerDigits - 1) / 3) : 0;
  const narrow = groups + (decimals > 0 ? 1 : 0) + (value < 0 ? 1 : 0) + (percent ? 1 : 0);
  return integerDigits + decimals + narrow / 2;
}

/**
 * Per column from `firstColumn` on: the width (characters, as PlannedSheet
 * columnWidths) the widest number needs with a digit of room, within
 * [min, max]. Text is left out: labels sit in the label columns, and a
 * header wraps.
 */
export function fitNumberColumns(
  rows: readonly (readonly (PlannedCell | null)[])[],
  firstColumn: number,
  columnCount: number,
  bounds: { min: number; max: number },
): number[] {
  const widths = Array.from({ length: Math.max(0, columnCount - firstColumn) }, () => bounds.min);
  for (const row of rows) {
    for (let col = firstColumn; col < Math.min(row.length, columnCount); col++) {
      const cell = row[col];
      if (typeof cell?.value !== 'number') continue;
      const need = Math.ceil(numberDisplayWidth(cell.value, cell.numberFormat) + 1);
      const k = col - firstColumn;
      widths[k] = Math.min(bounds.max, Math.max(widths[k] as number, need));
    }
  }
  return widths;
}

interface Extent {
  numberFormat: string | undefined;
  min: number;
  max: number;
  nan: boolean;
}

/**
 * The smallest and the largest number a column shows, per number format,
 * for rows the plan does not hold (LazyRows.extremes). A number's width
 * (numberDisplayWidth) only grows with its size, apart from a minus sign
 * that a negative number adds: so the widest number of a column is its
 * largest or its most negative, and fitNumberColumns over the rows `rows()`
 * returns is what it is over every number added. NaN is kept as NaN.
 */
export class NumberExtremes {
  private readonly columns: Extent[][] = [];

  add(col: number, value: unknown, numberFormat: string | undefined): void {
    if (typeof value !== 'number') return;
    const extents = (this.columns[col] ??= []);
    let extent: Extent | undefined;
    for (const e of extents) if (e.numberFormat === numberFormat) extent = e;
    if (extent === undefined) {
      extent = { numberFormat, min: Infinity, max: -Infinity, nan: false };
      extents.push(extent);
    }
    if (Number.isNaN(value)) extent.nan = true;
    else {
      if (value < extent.min) extent.min = value;
      if (value > extent.max) extent.max = value;
    }
  }

  /** One row per number kept, the number in its column (with its format); nothing else in the row. */
  rows(): (PlannedCell | null)[][] {
    const out: (PlannedCell | null)[][] = [];
    this.columns.forEach((extents, col) => {
      for (const e of extents) {
        const values = [...(e.min <= e.max ? [e.min, e.max] : []), ...(e.nan ? [NaN] : [])];
        for (const value of values) {
          const row: (PlannedCell | null)[] = new Array<PlannedCell | null>(col).fill(null);
          row.push(e.numberFormat === undefined ? { value } : { value, numberFormat: e.numberFormat });
          out.push(row);
        }
      }
    });
    return out;
  }
}
