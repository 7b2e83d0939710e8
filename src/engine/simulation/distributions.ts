/**
 * The distributions of an uncertain amount given min (a), likely (m) and max
 * (b): PERT (the default) and triangular. Both are fixed by the three figures
 * an analyst can give; PERT puts less weight on the tails than the triangle,
 * which suits "likely" estimates better (Vose, Risk Analysis, ch. 9).
 *
 * PERT: a + (b − a) × Beta(α, β) with α = 1 + 4(m − a)/(b − a) and
 * β = 1 + 4(b − m)/(b − a); mean (a + 4m + b)/6, variance
 * (mean − a)(b − mean)/7. Sampled as a ratio of two Gamma draws
 * (Marsaglia–Tsang); α and β lie in [1, 5], where that method is exact.
 *
 * Triangular: sampled by its inverse CDF from one uniform draw; mean
 * (a + m + b)/3.
 *
 * A degenerate range (a = b) is the constant m, drawn without consuming
 * random numbers, so adding or removing such a line does not shift the draws
 * of the others.
 */

import { nextBeta, nextUniform, type RandomState } from './random';
import { drawOverrun, overrunSampler, type OverrunSampler, type ReferenceClassId } from './referenceClasses';

export type DistributionKind = 'pert' | 'triangular';

export interface ThreePoint {
  min: number;
  likely: number;
  max: number;
}

/** PERT's shape parameters, or null for a degenerate range. */
export function pertShape(p: ThreePoint): { alpha: number; beta: number } | null {
  const width = p.max - p.min;
  if (!(width > 0)) return null;
  return { alpha: 1 + (4 * (p.likely - p.min)) / width, beta: 1 + (4 * (p.max - p.likely)) / width };
}

/** The distribution's mean in closed form. */
export function distributionMean(kind: DistributionKind, p: ThreePoint): number {
  if (!(p.max > p.min)) return p.likely;
  return kind === 'pert' ? (p.min + 4 * p.likely + p.max) / 6 : (p.min + p.likely + p.max) / 3;
}

/** The distribution's variance in closed form. */
export function distributionVariance(kind: DistributionKind, p: ThreePoint): number {
  if (!(p.max > p.min)) return 0;
  if (kind === 'pert') {
    const mean = distributionMean('pert', p);
    return ((mean - p.min) * (p.max - mean)) / 7;
  }
  const { min: a, likely: c, max: b } = p;
  return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
}

/** One draw. */
export function draw(kind: DistributionKind, p: ThreePoint, state: RandomState): number {
  const width = p.max - p.min;
  if (!(width > 0)) return p.likely;
  if (kind === 'pert') {
    const shape = pertShape(p)!;
    return p.min + width * nextBeta(state, shape.alpha, shape.beta);
  }
  const u = nextUniform(state);
  const cut = (p.likely - p.min) / width;
  return u < cut
    ? p.min + Math.sqrt(u * width * (p.likely - p.min))
    : p.max - Math.sqrt((1 - u) * width * (p.max - p.likely));
}

/**
 * The draws of many inputs with their shapes worked out once: the
 * simulation's per-iteration path (PERT shapes would otherwise be recomputed
 * 20 × 10,000 times). Consumes random numbers exactly as `draw` does, input by
 * input, so both give the same values from the same state.
 */
export interface Sampler {
  kind: DistributionKind;
  likely: Float64Array;
  min: Float64Array;
  max: Float64Array;
  width: Float64Array;
  /** PERT: α and β. Triangular: unused. */
  alpha: Float64Array;
  beta: Float64Array;
  /** Triangular: (likely − min) / width, where the inverse CDF changes branch. */
  cut: Float64Array;
  /** Per input: its reference-class preset, drawn as likely × (1 + overrun) whatever `kind` says; null: min…max. */
  overrun: (OverrunSampler | null)[];
}

export function samplerFor(
  kind: DistributionKind,
  inputs: readonly (ThreePoint & { referenceClass?: ReferenceClassId })[],
): Sampler {
  const n = inputs.length;
  const sampler: Sampler = {
    kind,
    likely: Float64Array.from(inputs, (p) => p.likely),
    min: Float64Array.from(inputs, (p) => p.min),
    max: Float64Array.from(inputs, (p) => p.max),
    width: Float64Array.from(inputs, (p) => p.max - p.min),
    alpha: new Float64Array(n),
    beta: new Float64Array(n),
    cut: new Float64Array(n),
    overrun: inputs.map((p) => (p.referenceClass === undefined ? null : overrunSampler(p.referenceClass))),
  };
  inputs.forEach((p, i) => {
    const shape = pertShape(p);
    if (shape === null) return;
    sampler.alpha[i] = shape.alpha;
    sampler.beta[i] = shape.beta;
    sampler.cut[i] = (p.likely - p.min) / (p.max - p.min);
  });
  return sampler;
}

/** One draw per input into `out` (a preset's line by drawOverrun, the others as `draw`). */
export function drawAll(sampler: Sampler, state: RandomState, out: Float64Array): void {
  const { likely, min, max, width, alpha, beta, cut, overrun } = sampler;
  const pert = sampler.kind === 'pert';
  for (let i = 0; i < out.length; i++) {
    const w = width[i]!;
    const preset = overrun[i];
    if (preset) {
      out[i] = likely[i]! * (1 + drawOverrun(preset, state));
    } else if (!(w > 0)) {
      out[i] = likely[i]!;
    } else if (pert) {
      out[i] = min[i]! + w * nextBeta(state, alpha[i]!, beta[i]!);
    } else {
      const u = nextUniform(state);
      out[i] =
        u < cut[i]!
          ? min[i]! + Math.sqrt(u * w * (likely[i]! - min[i]!))
          : max[i]! - Math.sqrt((1 - u) * w * (max[i]! - likely[i]!));
    }
  }
}
