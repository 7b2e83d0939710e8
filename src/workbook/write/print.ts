/**
 * Print setup of generated sheets: A4 landscape, fit to one page wide (never
 * to a page tall), narrow margins, the sheet name in the header and "page n
 * of m" in the footer (Excel header/footer codes &A, &P, &N, which the
 * adapters pass through unchanged; the generation stamp is added by
 * withStampedFooter in index.ts).
 *
 * Why narrow margins: the sample's scenario sheet is three label columns, ten
 * years, total and present value: 199 characters, about 1 100 pt wide.
 * Fitted to the 799 pt between 0.3" margins of a landscape A4 page, its 11 pt
 * text prints at 8 pt (8.2 pt measured in LibreOffice's PDF); with Excel's
 * default 0.7" margins (741 pt) it would be 7.4 pt.
 */
import {
  heldRows,
  sheetRowCount,
  withSheetFields,
  type PageMargins,
  type PlannedSheet,
  type PrintSetup,
} from '../plan';
import { parseCell, parseRange } from '../a1';
import { label, type Language } from '../labels';

export const PRINT_MARGINS: PageMargins = { left: 0.3, right: 0.3, top: 0.55, bottom: 0.55, header: 0.2, footer: 0.2 };

export interface PrintOptions {
  /** A1 print area; default the used range. */
  area?: string;
  /** Rows repeated at the top of every page, 0-based and inclusive. */
  titleRows?: { first: number; last: number };
  orientation?: PrintSetup['orientation'];
}

export function printSetup(language: Language, options: PrintOptions = {}): PrintSetup {
  const setup: PrintSetup = {
    orientation: options.orientation ?? 'landscape',
    fitToWidth: true,
    margins: PRINT_MARGINS,
    header: label(language, 'printHeader'),
    footer: label(language, 'printFooter'),
  };
  if (options.area !== undefined) setup.area = options.area;
  if (options.titleRows !== undefined) setup.titleRows = options.titleRows;
  return setup;
}

/** A4 in points, and the height of a row of 11 pt text (Excel's default row). */
const A4 = { short: 595.3, long: 841.9 };
const ROW_POINTS = 15;
/**
 * Share of the estimated rows per page that a page may fill: a title or a
 * subtitle row is taller than a default row, and a host may round its scale
 * down.
 */
const PAGE_FILL = 0.95;

/**
 * Manual page breaks for a sheet with charts, so that no chart is cut in
 * two: each section (a subtitle with its table and the chart beside it, or a
 * band of charts below the tables) starts a new page when it would not fit on
 * the rest of the current one. A table may still run on to the next page,
 * below the repeated rows, where it is as readable as before. The pages are
 * estimated as Excel lays them out: the scale that fits the print area's
 * columns to the page width, then rows of 15 pt at that scale (LibreOffice's
 * rows are lower, so it fits more on a page, never less).
 */
export function withPageBreaks(sheet: PlannedSheet): PlannedSheet {
  const print = sheet.print;
  if (!print) return sheet;
  const area = print.area
    ? parseRange(print.area)
    : { top: 0, left: 0, bottom: sheetRowCount(sheet) - 1, right: (sheet.columnWidths?.length ?? 1) - 1 };
  const perPage = rowsPerPage(sheet, print, area);
  const starts = blockStarts(sheet, area);
  // A wrapped note is as tall as its lines: rows from `from` to `to` in default rows.
  const extra = new Map((sheet.wrappedNotes ?? []).map((n) => [n.row, n.lines - 1]));
  const height = (from: number, to: number): number => {
    let rows = to - from + 1;
    for (const [row, more] of extra) if (row >= from && row <= to) rows += more;
    return rows;
  };
  const breaks: number[] = [];
  let pageTop = area.top;
  starts.forEach((start, i) => {
    const end = (starts[i + 1] ?? area.bottom + 1) - 1;
    if (start > pageTop && height(pageTop, end) > perPage) {
      breaks.push(start);
      pageTop = start;
    }
    // A section longer than a page runs on; the next page starts where the host breaks it.
    while (height(pageTop, end) > perPage) pageTop += perPage;
  });
  return breaks.length === 0 ? sheet : withSheetFields(sheet, { print: { ...print, rowBreaks: breaks } });
}

/** A column of w characters in points: w digit widths of 7 px plus 5 px of padding, at 0.75 pt a pixel. */
export function columnPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** The A4 page inside the margins (Excel's defaults when the setup has none), in points. */
export function printableSize(print: PrintSetup): { width: number; height: number } {
  const m = print.margins ?? { left: 0.7, right: 0.7, top: 0.55, bottom: 0.55, header: 0.2, footer: 0.2 };
  const [pageWidth, pageHeight] = print.orientation === 'landscape' ? [A4.long, A4.short] : [A4.short, A4.long];
  return { width: pageWidth - (m.left + m.right) * 72, height: pageHeight - (m.top + m.bottom) * 72 };
}

/** Default rows a page of the print area holds, with room to spare (PAGE_FILL). */
function rowsPerPage(sheet: PlannedSheet, print: PrintSetup, area: { left: number; right: number }): number {
  const page = printableSize(print);
  let content = 0;
  for (let c = area.left; c <= area.right; c++) content += columnPoints(sheet.columnWidths?.[c] ?? 8.43);
  const scale = print.fitToWidth ? Math.min(1, page.width / content) : 1;
  const titles = print.titleRows ? print.titleRows.last - print.titleRows.first + 1 : 0;
  const rows = page.height / (ROW_POINTS * scale);
  return Math.max(1, Math.floor(rows * PAGE_FILL) - titles);
}

/** Rows where a section starts: a subtitle, or a chart's top edge, within the print area (never in lazy rows). */
function blockStarts(sheet: PlannedSheet, area: { top: number; bottom: number }): number[] {
  const starts = new Set<number>();
  heldRows(sheet).forEach((row, r) => {
    if (row[0]?.style === 'subtitle' && r >= area.top && r <= area.bottom) starts.add(r);
  });
  for (const chart of sheet.charts ?? []) {
    const top = parseCell(chart.topLeft).row;
    // A chart beside its table starts a row or two below the table's subtitle: the same section.
    const section = [...starts].some((s) => top >= s && top - s <= 2);
    if (!section && top >= area.top && top <= area.bottom) starts.add(top);
  }
  return [...starts].sort((a, b) => a - b);
}
