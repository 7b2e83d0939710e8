import { describe, expect, it } from 'vitest';
import { discountFactor, npv } from '../../src/engine/npv';

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
