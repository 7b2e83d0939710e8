import { describe, expect, it } from 'vitest';
import { perUnit, roundHalfAwayFromZero, roundToKronor, roundToOre } from '../../src/engine/money';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [2.5, 3],
    [-2.5, -3],
    [2.4999, 2],
    [-2.4999, -2],
    [0, 0],
    [1e12 + 0.5, 1e12 + 1],
  ])('rounds %d to %d like Excel ROUND(x, 0)', (x, expected) => {
    expect(roundHalfAwayFromZero(x)).toBe(expected);
  });
});

describe('roundToKronor', () => {
  it.each([
    [12_350, 12_400],
    [12_349, 12_300],
    [-12_350, -12_400],
    [99.9, 100],
    [49.9, 0],
  ])('rounds %d öre to whole kronor: %d öre', (ore, expected) => {
    expect(roundToKronor(ore)).toBe(expected);
  });
});

describe('roundToOre', () => {
  it('rounds half an öre away from zero', () => {
    expect(roundToOre(10.5)).toBe(11);
    expect(roundToOre(-10.5)).toBe(-11);
  });
});

describe('perUnit', () => {
  it('divides and rounds to whole öre', () => {
    expect(perUnit(100_000, 3)).toBe(33_333);
  });
  it('is null, not NaN or Infinity, when there are no units', () => {
    expect(perUnit(100_000, 0)).toBeNull();
    expect(perUnit(0, 0)).toBeNull();
  });
});
