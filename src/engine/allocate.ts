/**
 * Largest-remainder allocation of whole kronor (Hamilton's method).
 *
 * Why: each payer's share of an entry is total × weight / Σweights, which is
 * rarely a whole krona; rounding each share on its own makes the shares miss the
 * total by a few kronor. Instead every payer gets the floor of its quota, and
 * the kronor left over (fewer than the number of payers) go one each to the
 * largest remainders. The shares then sum exactly to the total.
 *
 * Determinism: remainders are compared after rounding to 1e-9 kr, so that the
 * last-bit noise of floating point cannot decide who gets a krona, and equal
 * remainders go to the payer whose id sorts first (plain code-unit order, not
 * locale). The core works on arrays already in payer-id order, so reordering
 * payers or lines in the workbook changes nothing.
 *
 * Cost: O(n) per allocation (a few scans, or quickselect, for the leftover
 * threshold), because the engine allocates every entry of every year among up
 * to thousands of payers.
 */

import { selectRanks } from './select';

/** Remainders are compared in units of 1e-9 kr. */
const REMAINDER_STEPS = 1e9;
/** Room for payer positions in the combined sort key (2^21 > 2 million payers). */
const POSITION_SPAN = 2 ** 21;

/**
 * Allocates `totalKr` (an integer) in proportion to `weights` (≥ 0, in payer-id
 * order) into the first weights.length places of `out`, whole kronor. Returns
 * false, with those places zero, when the weights sum to zero: the caller
 * shows the total as unallocated.
 */
export function allocateKronorInto(totalKr: number, weights: ArrayLike<number>, out: Float64Array | number[]): boolean {
  const n = weights.length;
  let weightSum = 0;
  for (let i = 0; i < n; i++) weightSum += weights[i]!;
  if (!(weightSum > 0) || n === 0) {
    for (let i = 0; i < n; i++) out[i] = 0;
    return false;
  }
  const sign = totalKr < 0 ? -1 : 1;
  const total = Math.abs(totalKr);
  const keys = scratch(n);
  let floorSum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    const quota = (total * w) / weightSum;
    let whole = Math.floor(quota);
    let steps = Math.round((quota - whole) * REMAINDER_STEPS);
    if (steps === REMAINDER_STEPS) {
      whole += 1; // a quota of 4.9999999999 is 5, not 4 plus a large remainder
      steps = 0;
    }
    out[i] = whole;
    floorSum += whole;
    // Larger key = earlier in line for a leftover krona; lower position wins ties.
    keys[i] = w > 0 ? steps * POSITION_SPAN + (POSITION_SPAN - 1 - i) : -1 - i;
  }
  const leftover = total - floorSum;
  if (leftover > 0) giveOneToTop(keys, n, leftover, out, 1);
  else if (leftover < 0) takeOneFromBottom(keys, n, -leftover, out);
  // 0 - x, not -x: a payer with nothing gets 0, never -0.
  if (sign < 0) for (let i = 0; i < n; i++) out[i] = 0 - out[i]!;
  return true;
}

/**
 * Reused work buffers: the engine allocates tens of thousands of entries per
 * scenario, and a fresh array per entry was a large share of the time (garbage
 * collection). Safe because allocation never re-enters itself.
 */
let keyBuffer = new Float64Array(256);
/** The one rank quickselect asks for, reused. */
const rankBuffer = [0];
let selectBuffer = new Float64Array(256);

function scratch(n: number): Float64Array {
  if (keyBuffer.length < n) keyBuffer = new Float64Array(Math.max(n, keyBuffer.length * 2));
  return keyBuffer;
}

/** Adds `delta` to the `count` of the first n entries with the largest keys (keys are unique). */
function giveOneToTop(keys: Float64Array, n: number, count: number, out: Float64Array | number[], delta: number): void {
  const threshold = kthLargest(keys, n, Math.min(count, n));
  for (let i = 0; i < n; i++) if (keys[i]! >= threshold) out[i] = out[i]! + delta;
}

/**
 * Floating point can, in rare cases, make the floors overshoot the total; then
 * the smallest remainders among payers holding at least one krona give one back.
 */
function takeOneFromBottom(keys: Float64Array, n: number, count: number, out: Float64Array | number[]): void {
  for (let i = 0; i < n; i++) keys[i] = out[i]! > 0 ? -keys[i]! : -Infinity;
  giveOneToTop(keys, n, count, out, -1);
}

/** How many leftover kronor are handed out by repeated scans rather than by quickselect. */
const FEW = 8;

/** The k-th largest (1-based) of the first n unique values. */
function kthLargest(values: Float64Array, n: number, k: number): number {
  if (k <= FEW) {
    // k scans of n values beat copying and partitioning when only a few kronor are left over.
    let below = Infinity;
    for (let round = 0; round < k; round++) {
      let best = -Infinity;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (v < below && v > best) best = v;
      }
      below = best;
    }
    return below;
  }
  return quickselect(values, n, k);
}

/** The k-th largest of the first n values (k ≥ 1), selected on a copy (src/engine/select.ts). */
function quickselect(values: Float64Array, n: number, k: number): number {
  if (selectBuffer.length < n) selectBuffer = new Float64Array(Math.max(n, selectBuffer.length * 2));
  const a = selectBuffer;
  a.set(values.subarray(0, n));
  rankBuffer[0] = n - k; // the k-th largest is the (n − k)-th smallest, 0-based
  selectRanks(a, 0, n - 1, rankBuffer, 0, 0);
  return a[n - k]!;
}

/** Plain code-unit order: locale-independent, so every machine breaks ties alike. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Allocates `totalKr` whole kronor among `weights` by largest remainder, ties
 * broken by id. Every id is in the result. When the weights sum to zero every
 * share is 0 and the whole total is left unallocated (total − Σ shares).
 */
export function allocateLargestRemainder(
  totalKr: number,
  weights: readonly { id: string; weight: number }[],
): Map<string, number> {
  const ordered = [...weights].sort((a, b) => compareIds(a.id, b.id));
  const out = new Float64Array(ordered.length);
  allocateKronorInto(
    totalKr,
    ordered.map((w) => w.weight),
    out,
  );
  return new Map(ordered.map((w, i) => [w.id, out[i]!]));
}
