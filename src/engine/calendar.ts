/**
 * Calendar arithmetic of the horizon: which years are in it, index factors,
 * and how many months of a service period fall in a year. Dates are ISO
 * 'YYYY-MM-DD' strings; only the year and month matter (a go-live on any day of
 * a month counts the whole month), which keeps every fraction a multiple of 1/12
 * that a workbook formula can show as "months / 12".
 */

import type { Parameters } from './model';

/** Months since year 0: a half-open month axis where [start, end) spans are easy to intersect. */
export type MonthIndex = number;

/** The calendar years of the horizon: baseYear … baseYear + horizonYears − 1. */
export function horizonYears(parameters: Parameters): number[] {
  const count = Math.max(0, Math.floor(parameters.horizonYears));
  return Array.from({ length: count }, (_, i) => parameters.baseYear + i);
}

/**
 * Index factor per horizon year. factor(baseYear) = 1;
 * factor(y) = factor(y − 1) × (1 + rate(y)) with rate(y) = indexRates[y] ?? defaultIndexRate.
 * Never rounded: the rounding happens once, on the entry it multiplies.
 */
export function indexFactors(parameters: Parameters): number[] {
  const factors: number[] = [];
  let factor = 1;
  for (const year of horizonYears(parameters)) {
    if (year > parameters.baseYear) factor *= 1 + rateFor(parameters, year);
    factors.push(factor);
  }
  return factors;
}

function rateFor(parameters: Parameters, year: number): number {
  const rate = parameters.indexRates[year];
  return rate ?? parameters.defaultIndexRate;
}

/**
 * Parses 'YYYY-MM-DD' (or 'YYYY-MM') to a month index, or null when it is not
 * such a date. Remembered per text: a model has a few dozen dates, and every
 * scenario asks for them again (a sixth of the sample's run went to parsing).
 */
export function monthOf(isoDate: string): MonthIndex | null {
  const known = parsedMonths.get(isoDate);
  if (known !== undefined) return known;
  const month = parseMonth(isoDate);
  if (parsedMonths.size >= MAX_PARSED_MONTHS) parsedMonths.clear();
  parsedMonths.set(isoDate, month);
  return month;
}

const parsedMonths = new Map<string, MonthIndex | null>();
const MAX_PARSED_MONTHS = 4096;

function parseMonth(isoDate: string): MonthIndex | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(isoDate.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return year * 12 + (month - 1);
}

export function yearOfMonth(month: MonthIndex): number {
  return Math.floor(month / 12);
}

/** Number of months of the half-open span [start, end) that fall in `year` (0–12). */
export function monthsInYear(start: MonthIndex, end: MonthIndex, year: number): number {
  const from = Math.max(start, year * 12);
  const to = Math.min(end, year * 12 + 12);
  return Math.max(0, to - from);
}
