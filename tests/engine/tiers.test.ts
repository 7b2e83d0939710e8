import { describe, expect, it } from 'vitest';
import { graduatedTierCost, tierCost, volumeTierCost } from '../../src/engine/tiers';
import type { TierBand } from '../../src/engine/model';

// 1–100 at 10 kr, 101–1000 at 8 kr, 1001+ at 5 kr (öre).
const bands: TierBand[] = [
  { from: 1, to: 100, price: 1000 },
  { from: 101, to: 1000, price: 800 },
  { from: 1001, to: null, price: 500 },
];

describe('graduatedTierCost', () => {
  it.each([
    [0, 0],
    [50, 50 * 1000],
    [100, 100 * 1000],
    [150, 100 * 1000 + 50 * 800],
    [1500, 100 * 1000 + 900 * 800 + 500 * 500],
    [100.5, 100 * 1000 + 0.5 * 800],
  ])('prices %d units band by band: %d öre', (quantity, expected) => {
    expect(graduatedTierCost(quantity, bands)).toBeCloseTo(expected, 6);
  });
  it('does not depend on the order of the bands', () => {
    expect(graduatedTierCost(1500, [...bands].reverse())).toBe(graduatedTierCost(1500, bands));
  });
  it('prices units above a closed last band at the last band price', () => {
    expect(graduatedTierCost(150, [{ from: 1, to: 100, price: 1000 }])).toBe(150 * 1000);
  });
});

describe('volumeTierCost', () => {
  it.each([
    [0, 0],
    [100, 100 * 1000],
    [101, 101 * 800],
    [1000, 1000 * 800],
    [1500, 1500 * 500],
    [100.5, 100.5 * 800],
  ])('prices all %d units at the band reached: %d öre', (quantity, expected) => {
    expect(volumeTierCost(quantity, bands)).toBeCloseTo(expected, 6);
  });
  it('is zero without bands', () => {
    expect(volumeTierCost(10, [])).toBe(0);
  });
});

describe('tierCost', () => {
  it('gives very different totals for the same count by mode', () => {
    expect(tierCost(1500, bands, 'graduated')).toBe(1_070_000);
    expect(tierCost(1500, bands, 'volume')).toBe(750_000);
  });
});
