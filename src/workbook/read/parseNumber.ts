/**
 * Numbers as people type them in a Swedish workbook: real numbers, or text
 * like "1 234,50" (space, no-break or thin space as thousands separator,
 * decimal comma), "−12" (U+2212 minus), "12 %", "3,5 mnkr", "250 tkr", "95 kr".
 *
 * Separator rules (documented in docs/workbook-format.md):
 * - spaces of any kind inside a number are thousands separators;
 * - one comma or one dot alone is the decimal separator ("1,5" = "1.5");
 * - with both, the last one is the decimal separator ("1.234,5", "1,234.5");
 * - repeated commas or dots are thousands separators only in groups of three.
 */
import type { CellValue } from '../grid';
import type { DisplayUnit } from '../../engine/model';
import { INVISIBLE } from '../schema/normalise';

export interface ParsedNumber {
  value: number;
  /** The text ended with '%' (value is the number before it, e.g. 12 for "12 %"). */
  percent: boolean;
  /** The text ended with a money unit. */
  unit?: DisplayUnit;
}

const UNIT_SUFFIXES: readonly [RegExp, DisplayUnit][] = [
  [/(mnkr|mkr|msek|milj\.?kr|miljonerkronor)$/, 'mnkr'],
  [/(tkr|ksek|tsek|tusenkronor)$/, 'tkr'],
  [/(kr\.?|kronor|sek|:-)$/, 'kr'],
];

const MINUS = /^[\u2212\u2013\u2012-]/;

/** A number from a cell, or undefined when the cell does not hold one. */
export function parseNumber(value: CellValue): ParsedNumber | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, percent: false } : undefined;
  if (typeof value !== 'string') return undefined;
  let text = value
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, '');
  let percent = false;
  let unit: DisplayUnit | undefined;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1);
  } else {
    for (const [suffix, u] of UNIT_SUFFIXES) {
      if (suffix.test(text)) {
        unit = u;
        text = text.replace(suffix, '');
        break;
      }
    }
  }
  let sign = 1;
  if (text.startsWith('+')) text = text.slice(1);
  else if (MINUS.test(text)) {
    sign = -1;
    text = text.slice(1);
  }
  const magnitude = parseUnsigned(text);
  if (magnitude === undefined) return undefined;
  const result: ParsedNumber = { value: sign * magnitude, percent };
  if (unit) result.unit = unit;
  // -0 would compare unequal to 0 in tests and print as "-0".
  if (Object.is(result.value, -0)) result.value = 0;
  return result;
}

function parseUnsigned(text: string): number | undefined {
  if (!/^[0-9.,]+$/.test(text) || !/[0-9]/.test(text)) return undefined;
  const commas = count(text, ',');
  const dots = count(text, '.');
  let canonical: string;
  if (commas > 0 && dots > 0) {
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    if (count(text, decimal) > 1) return undefined;
    const [whole, fraction] = text.split(decimal) as [string, string];
    if (!groupedByThree(whole, thousands)) return undefined;
    canonical = `${whole.split(thousands).join('')}.${fraction}`;
  } else if (commas > 1 || dots > 1) {
    const separator = commas > 1 ? ',' : '.';
    if (!groupedByThree(text, separator)) return undefined;
    canonical = text.split(separator).join('');
  } else {
    canonical = text.replace(',', '.');
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(canonical)) return undefined;
  const n = Number(canonical);
  return Number.isFinite(n) ? n : undefined;
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** "1.234.567" with '.' → true; "12.34" → false (a first group of 1–3 digits, then groups of exactly 3). */
function groupedByThree(text: string, separator: string): boolean {
  const groups = text.split(separator);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/**
 * The number read from a text like "1,500" or "1.234 kr": one comma or dot
 * followed by exactly three digits, which the rule above reads as a decimal
 * (1,5) while an English-style or pasted figure may have meant 1 500. The
 * value read, or undefined when the text is not such a number ("0,500" and
 * "12,50" are clearly decimals; a real number cell is never ambiguous).
 */
export function ambiguousSeparator(value: CellValue): number | undefined {
  if (typeof value !== 'string') return undefined;
  const digits = value
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, '')
    .replace(/^[+\u2212\u2013\u2012-]/, '');
  // Not with %: "2,500 %" cannot mean 2 500 %.
  const m = /^([1-9]\d{0,2})[.,](\d{3})[^\d.,%]*$/.exec(digits);
  if (!m) return undefined;
  return parseNumber(value)?.value;
}
