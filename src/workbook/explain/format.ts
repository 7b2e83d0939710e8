/**
 * Numbers as a reader of the explanation expects them: Swedish with a space
 * as thousands separator and a decimal comma, English with a comma and a
 * point (the 'sheet' style of src/workbook/numberText.ts, the one number
 * formatter). Never 'NaN': a value that is not a finite number is '–'.
 */
import type { CellValue } from '../grid';
import { formatNumber as formatFigure } from '../numberText';
import type { ExplainLanguage } from './types';

/** `x` with between `min` and `max` decimals (trailing zeros beyond `min` dropped), as a sentence in a sheet writes it. */
export function formatNumber(x: number, language: ExplainLanguage, min = 0, max = 2): string {
  return formatFigure(x, language, { min, max, style: 'sheet' });
}

/** Whole kronor (or öre when not whole) with the unit: '4 863 123 kr'. */
export function formatKr(x: number, language: ExplainLanguage): string {
  return `${formatNumber(x, language, Number.isInteger(x) ? 0 : 2, 2)} kr`;
}

/** An index factor: 4 decimals, as the index is never rounded on the sheet. */
export function formatFactor(x: number, language: ExplainLanguage): string {
  return formatNumber(x, language, 4, 4);
}

/** Any cell value as text: numbers formatted, text as it is, errors by their code, empty as 0. */
export function formatValue(value: CellValue, language: ExplainLanguage): string {
  if (value === null) return '0';
  if (typeof value === 'number') return formatNumber(value, language, 0, 4);
  if (typeof value === 'boolean') return String(value).toUpperCase();
  if (typeof value === 'string') return value;
  return value.error;
}
