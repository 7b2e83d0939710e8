/**
 * How each plan CellStyle looks in an .xlsx file. The plan names the role of
 * a cell; this is the one place that decides fonts, fills and borders for the
 * .xlsx adapter (the Office.js adapter has its own twin); stylesXml.ts turns
 * them into styles.xml entries. The shapes are ExcelJS's style types, used
 * here as plain data.
 */

import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../workbook/plan';

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

/** '#1F4E79', '1F4E79' or 'FF1F4E79' → 'FF1F4E79'. */
export function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}
