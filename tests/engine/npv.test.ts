import { describe, expect, it } from 'vitest';
import { discountFactor, npv, npvDifference } from '../../src/engine/npv';

describe('discountFactor', () => {
  it('does not discount the base year', () => {
    expect(discountFactor(0.05, 2024, 2024)).toBe(1);
  });
  it('divides by (1 + rate)^(year − base)', () => {
    expect(discountFactor(0.1, 2026, 2024)).toBeCloseTo(1 / 1.21, 14);
  });
});

describe('npv', () => {
  const years = [2024, 2025, 2026];
  it('equals the nominal sum at 0 %', () => {
    expect(npv([100_000, 200_000, 300_000], years, 2024, 0)).toBe(600_000);
  });
  it('discounts and rounds once to whole kronor at the end', () => {
    // 1000 + 1000/1.1 + 1000/1.21 = 2735.537… kr → 2736 kr
    expect(npv([100_000, 100_000, 100_000], years, 2024, 0.1)).toBe(273_600);
  });
  it('is zero for an empty stream', () => {
    expect(npv([], [], 2024, 0.025)).toBe(0);
  });
});

describe('npvDifference', () => {
  const years = [2024, 2025];
  it('discounts the year-by-year differences and rounds once', () => {
    // a: 1000 + 1000/1.1 = 1909.09 kr; b: 1000 + 0/1.1 = 1000 kr → 909.09 kr → 909 kr
    expect(npvDifference([100_000, 100_000], [100_000, 0], years, 2024, 0.1)).toBe(90_900);
  });
  it('differs from the difference of two rounded NPVs when both round the other way', () => {
    // a = 10 kr + 0.44 kr/1.1 = 10.40 kr (→ 10), b = 0 kr + 0.66 kr/1.1 = 0.60 kr (→ 1);
    // rounded separately 10 − 1 = 9 kr, the difference itself 9.80 kr → 10 kr.
    const a = [1_000, 44];
    const b = [0, 66];
    expect(npv(a, years, 2024, 0.1) - npv(b, years, 2024, 0.1)).toBe(900);
    expect(npvDifference(a, b, years, 2024, 0.1)).toBe(1_000);
  });
  it('is the NPV of the negated stream when the first is zero', () => {
    expect(npvDifference([0, 0], [100_000, 100_000], years, 2024, 0.1)).toBe(-190_900);
  });
});
