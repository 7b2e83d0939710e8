import { describe, expect, it } from 'vitest';
import { horizonYears, indexFactors, monthOf, monthsInYear, yearOfMonth } from '../../src/engine/calendar';
import type { Parameters } from '../../src/engine/model';

const parameters = (overrides: Partial<Parameters> = {}): Parameters => ({
  baseYear: 2024,
  horizonYears: 4,
  indexRates: {},
  defaultIndexRate: 0,
  discountRate: 0,
  costPerFte: 0,
  displayUnit: 'kr',
  ...overrides,
});

describe('horizonYears', () => {
  it('runs from the base year for horizonYears years', () => {
    expect(horizonYears(parameters())).toEqual([2024, 2025, 2026, 2027]);
  });
  it('is empty for a zero horizon', () => {
    expect(horizonYears(parameters({ horizonYears: 0 }))).toEqual([]);
  });
});

describe('indexFactors', () => {
  it('is 1 in the base year and compounds the default rate after it', () => {
    const factors = indexFactors(parameters({ defaultIndexRate: 0.1 }));
    expect(factors[0]).toBe(1);
    expect(factors[1]).toBeCloseTo(1.1, 12);
    expect(factors[3]).toBeCloseTo(1.331, 12);
  });
  it('uses a year-specific rate going into that year, and ignores a rate for the base year', () => {
    const factors = indexFactors(
      parameters({
        defaultIndexRate: 0.02,
        indexRates: { 2024: 0.5, 2026: 0.05 },
      }),
    );
    expect(factors[0]).toBe(1);
    expect(factors[1]).toBeCloseTo(1.02, 12);
    expect(factors[2]).toBeCloseTo(1.02 * 1.05, 12);
    expect(factors[3]).toBeCloseTo(1.02 * 1.05 * 1.02, 12);
  });
  it('stays flat at 1 when every rate is zero', () => {
    expect(indexFactors(parameters())).toEqual([1, 1, 1, 1]);
  });
});

describe('monthOf', () => {
  it.each([
    ['2024-08-15', 2024 * 12 + 7],
    ['2024-01-01', 2024 * 12],
    ['2024-12', 2024 * 12 + 11],
  ])('reads %s as a month index', (date, expected) => {
    expect(monthOf(date)).toBe(expected);
  });
  it.each(['', '2024-13-01', '15/8/2024', 'hösten 2024'])('rejects %j', (date) => {
    expect(monthOf(date)).toBeNull();
  });
});

describe('yearOfMonth', () => {
  it('gives the calendar year of a month index', () => {
    expect(yearOfMonth(2024 * 12 + 11)).toBe(2024);
    expect(yearOfMonth(2025 * 12)).toBe(2025);
  });
});

describe('monthsInYear', () => {
  const aug2024 = 2024 * 12 + 7;
  it.each([
    [aug2024, aug2024 + 24, 2024, 5],
    [aug2024, aug2024 + 24, 2025, 12],
    [aug2024, aug2024 + 24, 2026, 7],
    [aug2024, aug2024 + 24, 2027, 0],
    [aug2024, aug2024 + 24, 2023, 0],
  ])('span [%d, %d) has in %d: %d months', (start, end, year, months) => {
    expect(monthsInYear(start, end, year)).toBe(months);
  });
});
