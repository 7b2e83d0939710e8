/**
 * Cells of the input sheets, written exactly as the reader reads them back:
 * money in kr (öre / 100) with a Swedish-looking format, percentages as
 * fractions formatted with %, dates as Excel serials formatted yyyy-mm-dd,
 * yes/no as words, choices by their written label.
 */
import type { Ore } from '../../engine/model';
import type { PlannedCell } from '../plan';
import { isoToSerial } from '../read/parseDate';
import { YES_NO, type Language } from '../schema/choices';
import { kronor } from '../../engine/money';

export const empty = (): PlannedCell => ({ value: null, style: 'input' });

export const text = (value: string | null | undefined): PlannedCell => ({ value: value ?? null, style: 'input' });

export function money(ore: Ore | null | undefined): PlannedCell {
  if (ore === null || ore === undefined) return empty();
  // Whole kronor show without decimals; öre keep two.
  return { value: kronor(ore), numberFormat: ore % 100 === 0 ? '#,##0' : '#,##0.00', style: 'input' };
}

export function number(value: number | null | undefined): PlannedCell {
  if (value === null || value === undefined) return empty();
  return { value, numberFormat: Number.isInteger(value) ? '#,##0' : 'General', style: 'input' };
}

/** Years and small whole numbers: no thousands separator ("2 025" would look odd). */
export function plain(value: number | null | undefined): PlannedCell {
  if (value === null || value === undefined) return empty();
  return { value, numberFormat: '0', style: 'input' };
}

export function percent(fraction: number): PlannedCell {
  return { value: fraction, numberFormat: '0.0##%', style: 'input' };
}

export function date(iso: string): PlannedCell {
  return { value: isoToSerial(iso), numberFormat: 'yyyy-mm-dd', style: 'input' };
}

export function yesNo(value: boolean, language: Language): PlannedCell {
  return text(value ? YES_NO[language].yes : YES_NO[language].no);
}

/** Items of a list cell, joined as the reader splits them. */
export function list(items: string[]): PlannedCell {
  return text(items.join('; '));
}
