/**
 * Print setup of generated sheets: A4 landscape, fit to one page wide (never
 * to a page tall), narrow margins, the sheet name in the header and "page n
 * of m" in the footer (Excel header/footer codes &A, &P, &N, which the
 * adapters pass through unchanged; the generation stamp is added by
 * withStampedFooter in index.ts).
 *
 * Why narrow margins: a scenario sheet is three label columns and a column
 * per year, about 190 characters wide. Fitted to the 784 pt between 0.3"
 * margins of a landscape A4 page, its 11 pt text prints at about 8 pt; with
 * Excel's default 0.7" margins (741 pt) it would be 7.6 pt.
 */
import type { PageMargins, PrintSetup } from '../plan';
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
