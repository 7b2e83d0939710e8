/**
 * The Monte Carlo run: draws every uncertain line once per iteration and
 * evaluates every alternative on those same draws (common random numbers),
 * so that "is A cheaper than B" compares like with like and its probability
 * converges far faster than with independent draws.
 *
 * A run is a resumable object (startSimulation → step … → result), so the
 * task pane's Web Worker can run it in slices, report progress and stop on
 * cancel between slices; `simulate` is the same loop for callers that can
 * block (tests, CLI, benchmark). The random state lives in the run, so slicing
 * a run differently never changes its draws: same seed, same result.
 */

import type { CostModel } from '../model';
import { roundToKronor, roundToOre } from '../money';
import { compileModel, type CompiledModel } from './compile';
import { drawAll, samplerFor, type DistributionKind } from './distributions';
import { evaluatePayers, evaluateYears, likelyValues, npvOf, scratchFor } from './evaluate';
import { seedRandom, type RandomState } from './random';
import {
  mean,
  medianIntervalRanks,
  orderStatistics,
  percentileFrom,
  percentileRanks,
  percentileSorted,
  sortedCopy,
  Z95,
} from './stats';
import { tornadoOf } from './tornado';
import type {
  PayerSimulation,
  ScenarioSimulation,
  SimulationOptions,
  SimulationProgress,
  SimulationResult,
  Summary,
} from './types';

export const DEFAULT_TARGET_PRECISION = 0.005;
export const DEFAULT_MAX_ITERATIONS = 100_000;
export const DEFAULT_BATCH_SIZE = 1_000;
/** Auto mode checks convergence only from here on: the binomial interval of P50 needs enough draws. */
export const AUTO_MIN_ITERATIONS = 1_000;
/** The S-curve's points: P1, P5, P10 … P95, P99. */
export const CURVE_PERCENTILES = [0.01, ...Array.from({ length: 19 }, (_, i) => (i + 1) / 20), 0.99];

export interface SimulationRun {
  readonly compiled: CompiledModel;
  /** Iterations done. */
  readonly iterations: number;
  /** True when the requested iterations are done, or (auto) the target or the cap is reached. */
  readonly finished: boolean;
  /** Runs up to `count` more iterations (never past the target), then reports progress. */
  step(count?: number): SimulationProgress;
  /** The result over the iterations done so far; `cancelled` marks a run stopped early. */
  result(cancelled?: boolean): SimulationResult;
}

/** Grows by doubling; holds one simulated figure per iteration. */
class Series {
  values: Float64Array;
  length = 0;
  constructor(capacity: number) {
    this.values = new Float64Array(Math.max(1, capacity));
  }
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  view(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}

interface AlternativeSeries {
  total: Series;
  npv: Series;
  payers: Series[];
  sumByYear: Float64Array;
}

export function startSimulation(model: CostModel, options: SimulationOptions): SimulationRun {
  const compiled = options.compiled ?? compileModel(model, options.referenceClasses);
  const kind: DistributionKind = options.distribution ?? 'pert';
  const auto = options.iterations === 'auto';
  const targetPrecision = options.targetPrecision ?? DEFAULT_TARGET_PRECISION;
  const target = auto
    ? Math.max(1, Math.floor(options.maxIterations ?? DEFAULT_MAX_ITERATIONS))
    : Math.max(0, Math.floor(options.iterations as number));
  const capacity = auto ? Math.min(target, 4 * AUTO_MIN_ITERATIONS) : target;
  const rng: RandomState = seedRandom(options.seed);
  const values = likelyValues(compiled);
  const scratch = scratchFor(compiled);
  const series: AlternativeSeries[] = compiled.alternatives.map(() => ({
    total: new Series(capacity),
    npv: new Series(capacity),
    payers: compiled.payers.map(() => new Series(capacity)),
    sumByYear: new Float64Array(compiled.years.length),
  }));
  const sampler = samplerFor(kind, compiled.inputs);
  const alternatives = compiled.alternatives;
  let iterations = 0;
  let converged = false;
  let precision: number | null = null;

  const iterate = (): void => {
    drawAll(sampler, rng, values);
    for (let a = 0; a < alternatives.length; a++) {
      const alt = alternatives[a]!;
      const s = series[a]!;
      s.total.push(evaluateYears(alt, values, scratch));
      s.npv.push(npvOf(scratch.byYear, compiled.discountFactors));
      for (let y = 0; y < scratch.byYear.length; y++) s.sumByYear[y]! += scratch.byYear[y]!;
      evaluatePayers(alt, scratch);
      for (let p = 0; p < s.payers.length; p++) s.payers[p]!.push(scratch.byPayer[p]!);
    }
    iterations += 1;
  };

  const nothingToDo = compiled.alternatives.length === 0;
  const run: SimulationRun = {
    compiled,
    get iterations() {
      return iterations;
    },
    get finished() {
      return nothingToDo || iterations >= target || converged;
    },
    step(count = options.batchSize ?? DEFAULT_BATCH_SIZE) {
      const stop = Math.min(target, iterations + Math.max(1, Math.floor(count)));
      while (!run.finished && iterations < stop) iterate();
      if (auto && iterations >= AUTO_MIN_ITERATIONS) {
        const worst = worstPrecision(series);
        converged = worst <= targetPrecision;
        // Infinity (a P50 of 0 kr with spread around it) is not JSON: "cannot judge yet" is null.
        precision = Number.isFinite(worst) ? worst : null;
      }
      return { iterations, target, precision };
    },
    result(cancelled = false) {
      return buildResult(compiled, series, {
        seed: options.seed,
        distribution: kind,
        requested: options.iterations,
        iterations,
        cancelled,
        targetPrecision,
        tornadoTop: options.tornadoTop,
      });
    },
  };
  return run;
}

/**
 * Runs a whole simulation, reporting progress and asking whether to cancel
 * after every batch (so at least one batch runs). In auto mode the batches
 * grow with the draws (a quarter of those done), because each convergence
 * check reads order statistics of every alternative's totals and NPVs.
 */
export function simulate(model: CostModel, options: SimulationOptions): SimulationResult {
  const run = startSimulation(model, options);
  const batch = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  while (!run.finished) {
    const size = options.iterations === 'auto' ? Math.max(batch, Math.floor(run.iterations / 4)) : batch;
    const progress = run.step(size);
    options.onProgress?.(progress);
    if (!run.finished && options.shouldCancel?.()) return run.result(true);
  }
  return run.result(false);
}

/** The widest relative half-width of P50 over every alternative's total and NPV (0 with no draws to judge). */
function worstPrecision(series: AlternativeSeries[]): number {
  let worst = 0;
  for (const s of series) {
    for (const figure of [s.total, s.npv]) {
      const { p50, half } = medianAndHalfWidth(figure.view());
      const relative = p50 === 0 ? (half === 0 ? 0 : Infinity) : Math.abs(half / p50);
      if (relative > worst) worst = relative;
    }
  }
  return worst;
}

/** P50 and the half-width of its 95 % interval, from order statistics (no full sort). */
function medianAndHalfWidth(values: Float64Array): { p50: number; half: number } {
  const n = values.length;
  const [low, high] = medianIntervalRanks(n);
  const stats = orderStatistics(values, [...percentileRanks(n, 0.5), low, high]);
  return { p50: percentileFrom(stats, n, 0.5), half: (stats.get(high)! - stats.get(low)!) / 2 };
}

interface ResultMeta {
  seed: number;
  distribution: DistributionKind;
  requested: number | 'auto';
  iterations: number;
  cancelled: boolean;
  targetPrecision: number;
  tornadoTop: number | undefined;
}

function buildResult(compiled: CompiledModel, series: AlternativeSeries[], meta: ResultMeta): SimulationResult {
  const likely = likelyValues(compiled);
  const scratch = scratchFor(compiled);
  const n = meta.iterations;
  const scenarios = compiled.alternatives.map((alt, a): ScenarioSimulation => {
    const s = series[a]!;
    const likelyTotal = evaluateYears(alt, likely, scratch);
    const likelyNpv = npvOf(scratch.byYear, compiled.discountFactors);
    evaluatePayers(alt, scratch);
    const likelyPayers = Array.from(scratch.byPayer);
    // The S-curve needs 21 percentiles: one full sort of the totals; every other figure uses order statistics.
    const sortedTotal = sortedCopy(s.total.view());
    return {
      alternativeId: alt.alternativeId,
      name: alt.name,
      likely: { total: likelyTotal, npv: likelyNpv },
      total: summarise(s.total.view(), roundToKronor),
      npv: summarise(s.npv.view(), roundToKronor),
      meanByYear: Array.from(s.sumByYear, (sum) => (n === 0 ? 0 : roundToKronor(sum / n))),
      curve: CURVE_PERCENTILES.map((p) => roundToKronor(percentileSorted(sortedTotal, p))),
      totalDraws: Array.from(sortedTotal),
      payers: compiled.payers.map((payer, p): PayerSimulation => {
        const draws = s.payers[p]!.view();
        const perUnit = payer.users > 0 ? payer.users * compiled.years.length : 0;
        const likelyShare = likelyPayers[p]!;
        return {
          payerId: payer.id,
          name: payer.name,
          users: payer.users,
          ...summarisePayer(draws, perUnit),
          likely: {
            total: roundToKronor(likelyShare),
            perUserPerYear: perUnit > 0 ? roundToOre(likelyShare / perUnit) : null,
          },
        };
      }),
      tornado: tornadoOf(compiled, a, meta.tornadoTop),
    };
  });
  const worst = n === 0 ? null : worstPrecision(series);
  // Infinity (a P50 of 0 with spread around it) is not JSON: "cannot judge" is null.
  const precision = worst !== null && Number.isFinite(worst) ? worst : null;
  return {
    seed: meta.seed,
    distribution: meta.distribution,
    requested: meta.requested,
    iterations: n,
    cancelled: meta.cancelled,
    convergence: {
      target: meta.targetPrecision,
      precision,
      reached: precision !== null && precision <= meta.targetPrecision,
    },
    problems: compiled.problems,
    years: [...compiled.years],
    inputs: compiled.inputs.map((input) => ({ ...input })),
    curvePercentiles: [...CURVE_PERCENTILES],
    scenarios,
    cheaperThan: {
      total: cheaperMatrix(series.map((s) => s.total.view())),
      npv: cheaperMatrix(series.map((s) => s.npv.view())),
    },
    cheapest: {
      total: cheapestShares(series.map((s) => s.total.view())),
      npv: cheapestShares(series.map((s) => s.npv.view())),
    },
  };
}

/**
 * [i] = share of iterations in which alternative i is the cheapest of all;
 * alternatives tied for the minimum share that iteration equally, so the
 * shares sum to 1. Needs the iterations themselves: with three or more
 * alternatives the pairwise matrix only bounds it. All 0 when no iteration ran.
 */
function cheapestShares(figures: Float64Array[]): number[] {
  const shares = figures.map(() => 0);
  const n = figures[0]?.length ?? 0;
  if (n === 0) return shares; // nothing observed: no alternative was ever the cheapest
  const tied: number[] = [];
  for (let k = 0; k < n; k++) {
    let min = Infinity;
    tied.length = 0;
    for (let i = 0; i < figures.length; i++) {
      const value = figures[i]![k]!;
      if (value < min) {
        min = value;
        tied.length = 0;
        tied.push(i);
      } else if (value === min) tied.push(i);
    }
    for (const i of tied) shares[i]! += 1 / tied.length;
  }
  return shares.map((share) => share / n);
}

/**
 * Percentiles, mean and P50's precision of the draws, each passed through
 * `round` (money to kronor or öre). The rounding is monotone, so
 * P10 ≤ P50 ≤ P90 survives it. With no draws every figure is 0.
 */
function summarise(values: Float64Array, round: (x: number) => number): Summary {
  return rounded(rawSummary(values), round);
}

/** A payer's total, and per user and year (total / units) from the same order statistics. */
function summarisePayer(values: Float64Array, perUnit: number): Pick<PayerSimulation, 'total' | 'perUserPerYear'> {
  const raw = rawSummary(values);
  return {
    total: rounded(raw, roundToKronor),
    perUserPerYear: perUnit > 0 ? rounded(raw, (x) => roundToOre(x / perUnit)) : null,
  };
}

function rounded(raw: Summary, round: (x: number) => number): Summary {
  return {
    mean: round(raw.mean),
    p10: round(raw.p10),
    p50: round(raw.p50),
    p90: round(raw.p90),
    min: round(raw.min),
    max: round(raw.max),
    p50StandardError: round(raw.p50StandardError),
    p50HalfWidth: round(raw.p50HalfWidth),
  };
}

/** The summary before rounding. */
function rawSummary(values: Float64Array): Summary {
  const n = values.length;
  if (n === 0) {
    return { mean: 0, p10: 0, p50: 0, p90: 0, min: 0, max: 0, p50StandardError: 0, p50HalfWidth: 0 };
  }
  const [low, high] = medianIntervalRanks(n);
  const stats = orderStatistics(values, [
    0,
    n - 1,
    low,
    high,
    ...percentileRanks(n, 0.1),
    ...percentileRanks(n, 0.5),
    ...percentileRanks(n, 0.9),
  ]);
  const half = (stats.get(high)! - stats.get(low)!) / 2;
  return {
    mean: mean(values),
    p10: percentileFrom(stats, n, 0.1),
    p50: percentileFrom(stats, n, 0.5),
    p90: percentileFrom(stats, n, 0.9),
    min: stats.get(0)!,
    max: stats.get(n - 1)!,
    p50StandardError: half / Z95,
    p50HalfWidth: half,
  };
}

/** [i][j] = share of iterations with figure_i < figure_j, ties counted half; null on the diagonal. */
function cheaperMatrix(figures: Float64Array[]): (number | null)[][] {
  return figures.map((a, i) =>
    figures.map((b, j) => {
      if (i === j) return null;
      if (a.length === 0) return 0.5;
      let score = 0;
      for (let k = 0; k < a.length; k++) score += a[k]! < b[k]! ? 1 : a[k]! === b[k]! ? 0.5 : 0;
      return score / a.length;
    }),
  );
}
