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

/**
 * The columns are typed arrays: the plan keeps every entry's mirror until
 * the block is written (the rows are produced from it), and arrays of
 * numbers outside the JavaScript heap are neither grown nor copied by the
 * garbage collector (plain arrays filled by push were a tenth of what the
 * plan allocated at 16× the sample).
 */
export interface MirrorResult {
  weightSum: number;
  /** Per payer, same order as the input: each helper column's value. */
  quotas: Float64Array;
  floors: Float64Array;
  /** Remainder in 1e-9 kr (0 … 999 999 999). */
  steps: Float64Array;
  ranks: Float64Array;
  /** Whole kronor per payer. */
  shares: Float64Array;
  /** Kronor left over after the floors (k); negative when the floors overshoot (the formulas do not model that). */
  leftover: number;
}

export function mirrorAllocation(totalKr: number, payers: MirrorPayer[]): MirrorResult {
  const n = payers.length;
  let weightSum = 0;
  for (const p of payers) weightSum += p.weight;
  // One loop a column rather than a map a step: this runs for every payer of every entry (77 000 at 16× the sample).
  // One buffer for the five columns (a typed array's own buffer costs more to make than to fill).
  const columns = new Float64Array(5 * n);
  const quotas = columns.subarray(0, n);
  const floors = columns.subarray(n, 2 * n);
  const steps = columns.subarray(2 * n, 3 * n);
  let floorSum = 0;
  for (let i = 0; i < n; i++) {
    const q = weightSum > 0 ? (totalKr * payers[i]!.weight) / weightSum : 0;
    const raw = roundHalfAwayFromZero((q - Math.floor(q)) * REMAINDER_STEPS);
    const floor = Math.floor(q) + (raw === REMAINDER_STEPS ? 1 : 0);
    quotas[i] = q;
    floors[i] = floor;
    steps[i] = raw % REMAINDER_STEPS;
    floorSum += floor;
  }
  const k = totalKr - floorSum;
  const ranks = columns.subarray(3 * n, 4 * n);
  rankInto(ranks, payers, steps);
  const shares = columns.subarray(4 * n, 5 * n);
  for (let i = 0; i < n; i++) shares[i] = weightSum > 0 ? floors[i]! + (ranks[i]! <= k ? 1 : 0) : 0;
  return { weightSum, quotas, floors, steps, ranks, shares, leftover: weightSum > 0 ? k : 0 };
}

/**
 * The rank column: 1 + the number of payers the cell's COUNTIFS counts ahead
 * of this one — payers with weight > 0 and a larger remainder, or an equal
 * remainder and a smaller ordinal; a payer with weight ≤ 0 comes after every
 * payer with weight > 0, then by ordinal. Counted from one sort (n log n)
 * rather than by comparing every pair (n², 330 000 comparisons per entry at
 * 576 payers): in that order a payer's rank is 1 + the number of payers whose
 * sort key is strictly smaller, so equal keys share a rank as they do in the
 * COUNTIFS.
 */
function rankInto(ranks: Float64Array, payers: MirrorPayer[], steps: Float64Array): void {
  const keys = sortKeys(payers, steps);
  if (keys === undefined || !ranksByKey(ranks, keys, payers)) ranksByFields(ranks, payers, steps);
}

/**
 * Ranks from the sort keys when every payer's ordinal is its own (as the
 * writer numbers them): the keys are then distinct, a numeric sort of them
 * (a typed array's, no comparator) gives the order, and each key's ordinal
 * (its low bits) says whose it is. Undefined when two payers share an
 * ordinal (false, `ranks` untouched). Sorts `keys` in place. The low bits are taken as key − ⌊key /
 * 2^17⌋ × 2^17, exact for these integers, not by %, which on numbers past
 * 32 bits is a floating-point remainder several times slower.
 */
function ranksByKey(ranks: Float64Array, keys: Float64Array, payers: MirrorPayer[]): boolean {
  const n = keys.length;
  const slot = ORDINAL_SLOTS;
  let filled = 0;
  for (; filled < n; filled++) {
    const ordinal = payers[filled]!.ordinal;
    if (slot[ordinal] !== 0) break;
    slot[ordinal] = filled + 1;
  }
  if (filled === n) {
    keys.sort();
    for (let k = 0; k < n; k++) {
      const key = keys[k]!;
      ranks[slot[key - Math.floor(key / ORDINALS) * ORDINALS]! - 1] = k + 1;
    }
  }
  for (let i = 0; i < filled; i++) slot[payers[i]!.ordinal] = 0;
  return filled === n;
}

/** Ranks by comparing the payers field by field, equal payers sharing a rank. */
function ranksByFields(ranks: Float64Array, payers: MirrorPayer[], steps: Float64Array): void {
  const order = payers.map((_, i) => i);
  const compare = (i: number, j: number): number => {
    const pi = payers[i]!.weight > 0;
    const pj = payers[j]!.weight > 0;
    if (pi !== pj) return pi ? -1 : 1;
    if (pi && steps[i] !== steps[j]) return steps[j]! - steps[i]!;
    return payers[i]!.ordinal - payers[j]!.ordinal;
  };
  order.sort(compare);
  let rank = 1;
  order.forEach((i, k) => {
    if (k > 0 && compare(order[k - 1]!, i) !== 0) rank = k + 1;
    ranks[i] = rank;
  });
}

let keyScratch = new Float64Array(256);

/** Ordinals below this fit in a sort key beside the remainder. */
const ORDINALS = 2 ** 17;
/** Position + 1 of the payer holding each ordinal while ranksByKey runs; all 0 between runs (sortKeys checked each ordinal is below ORDINALS). */
const ORDINAL_SLOTS = new Int32Array(ORDINALS);

/**
 * The order of rankOf as one number a payer, when remainders and ordinals are
 * whole numbers in range (else undefined, and the payers are compared field
 * by field): weight > 0 first, by remainder from the largest, then by
 * ordinal. At most (1e9 + 1) × 2^17 + 2^17 < 2^53: exact in a double.
 */
function sortKeys(payers: MirrorPayer[], steps: Float64Array): Float64Array | undefined {
  // Scratch space, made again only for a larger set: the keys are sorted and read before the next mirror.
  if (keyScratch.length < payers.length) keyScratch = new Float64Array(Math.max(payers.length, 2 * keyScratch.length));
  const keys = keyScratch.subarray(0, payers.length);
  for (let i = 0; i < payers.length; i++) {
    const { weight, ordinal } = payers[i]!;
    const s = steps[i]!;
    if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= ORDINALS) return undefined;
    if (weight > 0) {
      if (!Number.isInteger(s) || s < 0 || s >= REMAINDER_STEPS) return undefined;
      keys[i] = (REMAINDER_STEPS - s) * ORDINALS + ordinal;
    } else keys[i] = (REMAINDER_STEPS + 1) * ORDINALS + ordinal;
  }
  return keys;
}
