/**
 * The simulation's own seeded pseudo-random numbers, so that a seed stored
 * with a result reproduces it exactly on any machine and in any JavaScript
 * engine (Math.random cannot be seeded).
 *
 * Generator: xoshiro128** (Blackman & Vigna), 32-bit integer arithmetic only
 * (Math.imul, >>>), which every engine computes identically. Its 128-bit state
 * is filled from the 32-bit seed by splitmix32, so that neighbouring seeds
 * (1, 2, 3 …) give unrelated streams.
 *
 * The state is plain data (four numbers), so a run can be paused between
 * batches and resumed, and a Web Worker can post it.
 */

export interface RandomState {
  s: [number, number, number, number];
  /** A second standard normal from the polar method, kept for the next call (null = none). */
  spareNormal: number | null;
}

/** Seeds accepted: any integer, taken modulo 2^32. */
export function seedRandom(seed: number): RandomState {
  let x = seed >>> 0;
  const next = (): number => {
    // splitmix32
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const s: [number, number, number, number] = [next(), next(), next(), next()];
  // An all-zero state would only ever give zeros; splitmix32 cannot give four zeros, but be sure.
  if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1;
  return { s, spareNormal: null };
}

/** The next 32-bit unsigned integer (xoshiro128**). */
export function nextUint32(state: RandomState): number {
  const s = state.s;
  const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
  const t = s[1] << 9;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 11);
  return result;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * A uniform double in the open interval (0, 1) from one 32-bit draw, at the
 * midpoints (k + ½) / 2^32: never 0, so log(u) is always finite, and never 1.
 * A resolution of 2.3e-10 is far finer than any cost range needs, and one draw
 * instead of two halves the generator's share of a simulation's time.
 */
export function nextUniform(state: RandomState): number {
  return (nextUint32(state) + 0.5) / 4294967296;
}

/** A standard normal draw (Marsaglia's polar method; the second value is kept for the next call). */
export function nextNormal(state: RandomState): number {
  if (state.spareNormal !== null) {
    const spare = state.spareNormal;
    state.spareNormal = null;
    return spare;
  }
  for (;;) {
    const u = 2 * nextUniform(state) - 1;
    const v = 2 * nextUniform(state) - 1;
    const q = u * u + v * v;
    if (q > 0 && q < 1) {
      const f = Math.sqrt((-2 * Math.log(q)) / q);
      state.spareNormal = v * f;
      return u * f;
    }
  }
}

/**
 * A Gamma(shape, 1) draw for shape ≥ 1 by Marsaglia and Tsang (2000): a
 * squeeze-accepted transformed normal, on average about 1.03 normal draws per
 * value. PERT shapes are always between 1 and 5, so the shape < 1 boost is
 * not needed; smaller shapes are refused rather than sampled wrongly.
 */
export function nextGamma(state: RandomState, shape: number): number {
  if (!(shape >= 1)) throw new RangeError(`nextGamma needs shape ≥ 1, got ${shape}`);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = nextNormal(state);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = nextUniform(state);
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(α, β) draw as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β); α, β ≥ 1. */
export function nextBeta(state: RandomState, alpha: number, beta: number): number {
  const x = nextGamma(state, alpha);
  const y = nextGamma(state, beta);
  return x / (x + y);
}
