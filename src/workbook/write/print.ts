/**
 * Print setup of generated sheets: landscape, fit to one page wide, the sheet
 * name in the header and "page n of m" in the footer (Excel header/footer
 * codes &A, &P, &N, which the adapters pass through unchanged).
 */
import type { PrintSetup } from '../plan';
import { label, type Language } from '../labels';

export function printSetup(language: Language, area?: string): PrintSetup {
  const setup: PrintSetup = {
    orientation: 'landscape',
    fitToWidth: true,
    header: label(language, 'printHeader'),
    footer: label(language, 'printFooter'),
  };
  if (area !== undefined) setup.area = area;
  return setup;
}
