/**
 * Turns an ExcelJS cell value into the grid's plain CellValue, the way
 * Office.js reports `values`: dates as Excel serial numbers, rich text and
 * hyperlinks as their plain text, formulas as their cached result, errors as
 * { error }. The reader downstream then sees the same thing from both hosts.
 */

import type { CellValue } from '../../workbook/grid';

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0 in the 1900 system, after its 1900 leap-year bug) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** The 1904 date system starts 1 462 days later. */
const DATE_1904_OFFSET = 1_462;

/** ExcelJS gives dates as JS Dates in UTC; Excel stores the serial number. */
export function dateToSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
  // Dates written by Excel are whole days or exact fractions; ExcelJS's
  // Date round trip can leave 1e-10 of drift, which a reader would see as "not a whole date".
  return Math.round(serial * 1e8) / 1e8;
}

type RichTextRun = { text?: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function toCellValue(raw: unknown, date1904 = false): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : { error: '#NUM!' };
  if (typeof raw === 'string') return raw === '' ? null : raw;
  if (typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return dateToSerial(raw, date1904);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only a bigint, symbol or function (each with its own toString) gets here; ExcelJS gives none
  if (!isObject(raw)) return String(raw);
  if (typeof raw.error === 'string') return { error: raw.error };
  if (Array.isArray(raw.richText)) {
    const text = (raw.richText as RichTextRun[]).map((run) => run.text ?? '').join('');
    return text === '' ? null : text;
  }
  if ('formula' in raw || 'sharedFormula' in raw) {
    // A formula without a cached result (never calculated) reads as empty,
    // as it would in a program that does not recalculate.
    return toCellValue(raw.result, date1904);
  }
  if ('hyperlink' in raw || 'text' in raw) return toCellValue(raw.text, date1904);
  return null;
}
