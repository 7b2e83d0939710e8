/**
 * What the allocation formulas of the helper block compute, in plain
 * TypeScript, step by step as the cells do it (see allocationBlock.ts and
 * docs/formulas.md): quota, floor, remainder in 1e-9 kr, rank with the
 * ordinal tie-break, +1 kr to the top k. The writer compares this with the
 * engine's allocation before it writes the formulas, so a cached value never
 * disagrees with its formula.
 */
import { roundHalfAwayFromZero } from './rounding';

export const REMAINDER_STEPS = 1e9;

export interface MirrorPayer {
  weight: number;
  /** 1-based position in payer-id order. */
  ordinal: number;
}

export interface MirrorResult {
  weightSum: number;
  /** Per payer, same order as the input: each helper column's value. */
  quotas: number[];
  floors: number[];
  /** Remainder in 1e-9 kr (0 … 999 999 999). */
  steps: number[];
  ranks: number[];
  /** Whole kronor per payer. */
  shares: number[];
  /** Kronor left over after the floors (k); negative when the floors overshoot (the formulas do not model that). */
  leftover: number;
}

export function mirrorAllocation(totalKr: number, payers: MirrorPayer[]): MirrorResult {
  let weightSum = 0;
  for (const p of payers) weightSum += p.weight;
  const quotas = payers.map((p) => (weightSum > 0 ? (totalKr * p.weight) / weightSum : 0));
  const raw = quotas.map((q) => roundHalfAwayFromZero((q - Math.floor(q)) * REMAINDER_STEPS));
  const floors = quotas.map((q, i) => Math.floor(q) + (raw[i] === REMAINDER_STEPS ? 1 : 0));
  const steps = raw.map((r) => r % REMAINDER_STEPS);
  const k = totalKr - floors.reduce((s, f) => s + f, 0);
  const ranks = payers.map((p, i) => {
    let rank = 1;
    payers.forEach((o, j) => {
      if (p.weight > 0) {
        if (o.weight > 0 && (steps[j]! > steps[i]! || (steps[j] === steps[i] && o.ordinal < p.ordinal))) rank++;
      } else if (o.weight > 0 || o.ordinal < p.ordinal) rank++;
    });
    return rank;
  });
  const shares = payers.map((_, i) => (weightSum > 0 ? floors[i]! + (ranks[i]! <= k ? 1 : 0) : 0));
  return { weightSum, quotas, floors, steps, ranks, shares, leftover: weightSum > 0 ? k : 0 };
}
