/**
 * Tiered per-unit prices (pristrappor). Bands are read as continuous intervals
 * on the quantity axis: a band {from, to} covers (from − 1, to], so 1–100 and
 * 101–∞ meet exactly at 100. That keeps fractional quantities (a payer using a
 * solution at share 0.5 contributes half its users) meaningful without rounding
 * them: 100.5 users are 100 units in the first band and 0.5 in the second.
 * The last band is treated as open-ended even when it has a `to`, so no unit is
 * ever left unpriced; validation checks the bands for gaps and overlaps.
 *
 * Results are öre per year, unrounded; the caller rounds the entry once.
 */

import type { Ore, TierBand } from './model';

/** Bands ordered by `from`; the input order does not matter. */
function sortedBands(bands: readonly TierBand[]): TierBand[] {
  return [...bands].sort((a, b) => a.from - b.from);
}

/**
 * Graduated: Σ over bands of (units within the band × the band's price).
 * Units within band i = max(0, min(quantity, to_i) − (from_i − 1)); the last band has to = ∞.
 */
export function graduatedTierCost(quantity: number, bands: readonly TierBand[]): Ore {
  const ordered = sortedBands(bands);
  let cost = 0;
  ordered.forEach((band, i) => {
    const upper = i === ordered.length - 1 || band.to === null ? Infinity : band.to;
    const units = Math.min(quantity, upper) - (band.from - 1);
    if (units > 0) cost += units * band.price;
  });
  return cost;
}

/**
 * Volume: every unit at the price of the band that contains the quantity,
 * i.e. the band with from − 1 < quantity ≤ to (the last band if none). Zero units cost nothing.
 */
export function volumeTierCost(quantity: number, bands: readonly TierBand[]): Ore {
  if (quantity <= 0 || bands.length === 0) return 0;
  const ordered = sortedBands(bands);
  const band = ordered.find((b, i) => i === ordered.length - 1 || b.to === null || quantity <= b.to);
  return quantity * (band?.price ?? 0);
}

export function tierCost(quantity: number, bands: readonly TierBand[], mode: 'graduated' | 'volume'): Ore {
  return mode === 'graduated' ? graduatedTierCost(quantity, bands) : volumeTierCost(quantity, bands);
}
