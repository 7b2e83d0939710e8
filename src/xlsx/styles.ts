/**
 * How each plan CellStyle looks in an .xlsx file. The plan names the role of
 * a cell; this is the one place that decides fonts, fills and borders for the
 * ExcelJS adapter (the Office.js adapter has its own twin), and it hands out
 * one shared style object per look and number format (see cellStyle).
 */

import type ExcelJS from 'exceljs';
import type { CellStyle } from '../workbook/plan';

const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export interface XlsxCellLook {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

export const CELL_LOOKS: Record<CellStyle, XlsxCellLook> = {
  title: { font: { bold: true, size: 16, color: { argb: 'FF1F3864' } } },
  subtitle: { font: { bold: true, size: 12, color: { argb: 'FF1F3864' } } },
  header: {
    font: { bold: true },
    fill: fill('FFD9E1F2'),
    border: { bottom: thin },
    alignment: { wrapText: true, vertical: 'bottom' },
  },
  label: {},
  total: { font: { bold: true }, border: { top: thin } },
  note: { font: { italic: true, color: { argb: 'FF595959' } } },
  warning: { font: { bold: true, color: { argb: 'FF9C0006' } }, fill: fill('FFFFC7CE') },
  input: { fill: fill('FFFFF2CC') },
};

/**
 * The style object for every cell with this look and number format: one
 * shared, frozen object per pair. ExcelJS's writer remembers the style id of
 * each style object it has seen (a WeakMap by identity); with a fresh object
 * per cell it rendered and hashed the style's XML once per cell — 0.35 of a
 * million times for a 10× plan. Frozen, because an ExcelJS setter such as
 * `cell.numFmt = …` writes into the cell's style object: on a shared one that
 * must fail loudly rather than restyle every cell that shares it.
 */
export function cellStyle(look: CellStyle | undefined, numberFormat: string | undefined): Partial<ExcelJS.Style> {
  const key = `${look ?? ''}\u0000${numberFormat ?? ''}`;
  let style = sharedStyles.get(key);
  if (!style) {
    const l = look ? CELL_LOOKS[look] : {};
    style = Object.freeze({
      ...(numberFormat ? { numFmt: numberFormat } : {}),
      ...(l.font ? { font: l.font } : {}),
      ...(l.fill ? { fill: l.fill } : {}),
      ...(l.border ? { border: l.border } : {}),
      ...(l.alignment ? { alignment: l.alignment } : {}),
    });
    sharedStyles.set(key, style);
  }
  return style;
}

/** Bounded by the looks (8) times the number formats the writers use (a dozen). */
const sharedStyles = new Map<string, Partial<ExcelJS.Style>>();

/** '#1F4E79', '1F4E79' or 'FF1F4E79' → 'FF1F4E79'. */
export function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}
