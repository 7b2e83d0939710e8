/**
 * Number formats of generated sheets (Excel invariant codes; Excel shows them
 * with the user's locale, so a Swedish Excel prints "1 234" with a space).
 *
 * Money cells always hold whole kronor; the display unit only changes the
 * format: a trailing ',' in a format divides the shown value by 1 000, so
 * '#,##0,' shows 1 234 567 kr as "1 235" (tkr) while the cell keeps the exact
 * krona for formulas. Per-pupil and per-user figures are always kr with two
 * decimals, whatever the unit: 95,10 kr would read as "0" in tkr.
 */
import type { DisplayUnit } from '../../engine/model';

const MONEY_FORMATS: Record<DisplayUnit, string> = {
  kr: '#,##0',
  tkr: '#,##0,',
  mnkr: '#,##0.0,,',
};

export function moneyFormat(unit: DisplayUnit): string {
  return MONEY_FORMATS[unit];
}

export const FORMATS = {
  perUnit: '#,##0.00',
  /** Prices in the snapshot keep their öre (95,10 kr). */
  price: '#,##0.00',
  count: '#,##0',
  /** Usage shares and FTE can be fractional. */
  decimal: '#,##0.00',
  percent: '0.00%',
  share: '0%',
  indexFactor: '0.0000',
  year: '0',
  text: '@',
} as const;
