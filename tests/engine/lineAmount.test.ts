/**
 * The arithmetic of one cost entry: a line's base-year cost at a quantity,
 * the basis the sheet shows, and the amount rounded once to whole kronor.
 * Worked numbers are in kronor in the names and öre in the code (kr(x)).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryAmount, lineBaseCost, lineBasis } from '../../src/engine/lineAmount';
import type { CostLine, EntryBasis, PricingBasis, TierBand } from '../../src/engine/model';
import { roundToKronor } from '../../src/engine/money';
import { kr, line } from './fixtures';

// 1–100 users at 10 kr, 101 and above at 8 kr.
const bands: TierBand[] = [
  { from: 1, to: 100, price: kr(10) },
  { from: 101, to: null, price: kr(8) },
];
const tiered = (mode: 'graduated' | 'volume'): CostLine =>
  line('t', 'tt', { basis: { kind: 'tiered', driver: 'users', mode, bands }, amount: 0 });
const perPupil = (price: number, indexed = false): CostLine =>
  line('p', 'tt', { basis: { kind: 'perDriver', driver: 'pupils' }, amount: price, indexed });

const basis = (overrides: Partial<EntryBasis>): EntryBasis => ({
  unitAmount: 0,
  quantity: 1,
  indexFactor: 1,
  yearFraction: 1,
  ...overrides,
});

describe('lineBaseCost', () => {
  it('a fixed line costs its amount whatever the quantity: 250 000 kr', () => {
    expect(lineBaseCost(line('f', 'tt', { amount: kr(250_000) }), 999)).toBe(kr(250_000));
  });

  it('a per-driver line costs price × quantity: 95,10 kr × 620 pupils = 58 962 kr', () => {
    expect(lineBaseCost(perPupil(9510), 620)).toBe(kr(58_962));
  });

  it('a graduated tiered line prices each band at its own rate: 100 × 10 kr + 50 × 8 kr = 1 400 kr for 150 users', () => {
    expect(lineBaseCost(tiered('graduated'), 150)).toBe(kr(1_400));
  });

  it('a volume tiered line prices every unit at the band reached: 150 × 8 kr = 1 200 kr', () => {
    expect(lineBaseCost(tiered('volume'), 150)).toBe(kr(1_200));
  });

  it('is not rounded: 33,33 kr × 1,5 users (a half share) = 49,995 kr', () => {
    expect(lineBaseCost(perPupil(3333), 1.5)).toBe(4999.5);
  });
});

describe('entryAmount', () => {
  it('multiplies price, quantity, index and months in service: 95,10 kr × 620 × 1,03 × 5/12 = 25 304,525 → 25 305 kr', () => {
    const amount = entryAmount(basis({ unitAmount: 9510, quantity: 620, indexFactor: 1.03, yearFraction: 5 / 12 }));
    expect(amount).toBe(kr(25_305));
  });

  it('rounds once, at the end: 0,40 kr × 3 units = 1,20 kr → 1 kr (rounding the price first would give 0 kr)', () => {
    expect(entryAmount(basis({ unitAmount: 40, quantity: 3 }))).toBe(kr(1));
  });

  it('rounds half away from zero, like Excel ROUND: 0,50 kr → 1 kr, −0,50 kr → −1 kr, 0,49 kr → 0 kr', () => {
    expect(entryAmount(basis({ unitAmount: 50 }))).toBe(kr(1));
    expect(entryAmount(basis({ unitAmount: -50 }))).toBe(kr(-1));
    expect(entryAmount(basis({ unitAmount: 49 }))).toBe(0);
  });

  it('uses a tiered line’s tier cost, not its average price × quantity', () => {
    // An average price of 1 öre would give 1,50 kr; the tier cost says 1 400 kr.
    expect(entryAmount(basis({ unitAmount: 1, quantity: 150, tierCost: kr(1_400) }))).toBe(kr(1_400));
  });

  it('is zero for no months in service', () => {
    expect(entryAmount(basis({ unitAmount: kr(1_000), yearFraction: 0 }))).toBe(0);
  });

  it('always gives whole kronor within half a krona of the exact product, the same for a credit as for a cost', () => {
    const price = fc.integer({ min: -10_000_000, max: 10_000_000 });
    const quantity = fc.double({ min: 0, max: 100_000, noNaN: true });
    const factor = fc.double({ min: 0.5, max: 3, noNaN: true });
    const months = fc.integer({ min: 0, max: 12 });
    fc.assert(
      fc.property(price, quantity, factor, months, (unitAmount, q, f, m) => {
        const b = basis({ unitAmount, quantity: q, indexFactor: f, yearFraction: m / 12 });
        const amount = entryAmount(b);
        const exact = unitAmount * q * f * (m / 12);
        expect(Math.abs(amount % 100)).toBe(0);
        expect(Math.abs(amount - exact)).toBeLessThanOrEqual(50 + Math.abs(exact) * 1e-12);
        expect(entryAmount({ ...b, unitAmount: -unitAmount }) + amount).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lineBasis', () => {
  it('a fixed line: its amount once (quantity 1), no driver', () => {
    expect(lineBasis(line('f', 'tt', { amount: kr(250_000), indexed: true }), 999, 1.03, 1)).toEqual({
      unitAmount: kr(250_000),
      quantity: 1,
      indexFactor: 1.03,
      yearFraction: 1,
    });
  });

  it('a line that is not indexed keeps base-year prices (factor 1) in every year', () => {
    expect(lineBasis(perPupil(9510, false), 620, 1.0609, 1).indexFactor).toBe(1);
    expect(lineBasis(perPupil(9510, true), 620, 1.0609, 1).indexFactor).toBe(1.0609);
  });

  it('a per-driver line: price, quantity and driver, so the sheet can show price × pupils', () => {
    expect(lineBasis(perPupil(9510, true), 620, 1.03, 5 / 12)).toEqual({
      unitAmount: 9510,
      quantity: 620,
      indexFactor: 1.03,
      yearFraction: 5 / 12,
      driver: 'pupils',
    });
  });

  it('a tiered line: the tier cost and its average price, 1 400 kr / 150 users = 9,33 kr', () => {
    const b = lineBasis(tiered('graduated'), 150, 1, 1);
    expect(b.tierCost).toBe(kr(1_400));
    expect(b.unitAmount).toBeCloseTo(kr(1_400) / 150, 9);
    expect(b.driver).toBe('users');
    expect(entryAmount(b)).toBe(kr(1_400));
  });

  it('a tiered line with no users: average price 0, not NaN', () => {
    const b = lineBasis(tiered('volume'), 0, 1, 1);
    expect(b.unitAmount).toBe(0);
    expect(b.tierCost).toBe(0);
    expect(entryAmount(b)).toBe(0);
  });

  it('its amount is the line’s base cost × index (if indexed) × months, rounded once', () => {
    const pricing: fc.Arbitrary<PricingBasis> = fc.oneof(
      fc.constant<PricingBasis>({ kind: 'fixed' }),
      fc.constant<PricingBasis>({ kind: 'perDriver', driver: 'staff' }),
      fc
        .constantFrom<'graduated' | 'volume'>('graduated', 'volume')
        .map((mode): PricingBasis => ({ kind: 'tiered', driver: 'users', mode, bands })),
    );
    fc.assert(
      fc.property(
        pricing,
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.boolean(),
        fc.double({ min: 0, max: 50_000, noNaN: true }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.integer({ min: 0, max: 12 }),
        (kind, amount, indexed, quantity, factor, months) => {
          const l = line('x', 'tt', { basis: kind, amount, indexed });
          const fraction = months / 12;
          const expected = roundToKronor(lineBaseCost(l, quantity) * (indexed ? factor : 1) * fraction);
          expect(entryAmount(lineBasis(l, quantity, factor, fraction))).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
