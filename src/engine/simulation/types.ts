/**
 * The simulation's options and its result. The result is plain data
 * (numbers, strings, arrays): it survives JSON and postMessage, so a Web
 * Worker can send it to the task pane and the sheet writer can take it as is.
 *
 * Money is öre: whole kronor (multiples of 100) for totals and NPV, whole öre
 * for cost per user, as in the engine's ScenarioResult.
 */

import type { Problem } from '../model';
import type { CompiledModel, UncertainInput } from './compile';
import type { DistributionKind } from './distributions';
import type { ReferenceClassChoice } from './referenceClasses';

export interface SimulationProgress {
  /** Iterations done so far. */
  iterations: number;
  /** Iterations asked for, or the cap in auto mode. */
  target: number;
  /**
   * The widest relative 95 % half-width of P50 over every alternative's total
   * and NPV so far (0.004 = ±0.4 %); null before it is computed (fixed mode
   * computes it only at the end, auto mode after every batch from 1,000
   * iterations on) or when it cannot be judged (a P50 of 0 kr).
   */
  precision: number | null;
}

export interface SimulationOptions {
  /** A fixed number of iterations, or 'auto': run until P50 is within ±targetPrecision at 95 %. */
  iterations: number | 'auto';
  /** Any integer (taken modulo 2^32); stored with the result so it can be reproduced. */
  seed: number;
  /** Default 'pert'. */
  distribution?: DistributionKind;
  /**
   * Cost lines drawn from a reference-class preset instead of their own range
   * (referenceClasses.ts); the result's inputs name the preset per line.
   */
  referenceClasses?: ReferenceClassChoice;
  /** Auto mode: relative half-width of P50's 95 % interval to reach (default 0.005 = ±0.5 %). */
  targetPrecision?: number;
  /** Auto mode: stop here even if the target is not reached (default 100,000). */
  maxIterations?: number;
  /** Iterations between progress reports and cancel checks (default 1,000). */
  batchSize?: number;
  /** Tornado bars kept per alternative, largest swing first (default: all). */
  tornadoTop?: number;
  /** A model compiled earlier with compileModel, to skip compiling again. */
  compiled?: CompiledModel;
  onProgress?: (progress: SimulationProgress) => void;
  /** Asked after every batch; true stops the run and returns what was computed so far. */
  shouldCancel?: () => boolean;
}

/** Percentiles and mean of one simulated figure. */
export interface Summary {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  min: number;
  max: number;
  /** Standard error of P50 (order-statistic method; see stats.ts). */
  p50StandardError: number;
  /** Half-width of P50's 95 % confidence interval. */
  p50HalfWidth: number;
}

export interface PayerSimulation {
  payerId: string;
  name: string;
  users: number;
  /** The payer's horizon total (entries shared by fixed weights, unrounded, then rounded to kronor). */
  total: Summary;
  /** Horizon total / users / horizon years, öre; null when the payer has no users. */
  perUserPerYear: Summary | null;
  /**
   * Every input at its likely value, shared the same way as the draws: the
   * payer's horizon total (kronor) and per user and year (öre; null without
   * users). The deterministic figure beside P10 / P50 / P90.
   */
  likely: { total: number; perUserPerYear: number | null };
}

/** One bar of a tornado: the total with one input at its min and at its max, all others at likely. */
export interface TornadoBar {
  lineId: string;
  solutionId: string;
  item: UncertainInput['item'];
  description?: string;
  min: number;
  likely: number;
  max: number;
  /** The deterministic total (every input at likely). */
  baseTotal: number;
  totalAtMin: number;
  totalAtMax: number;
  /** totalAtMin − baseTotal and totalAtMax − baseTotal. */
  deltaLow: number;
  deltaHigh: number;
  /** |totalAtMax − totalAtMin|: the sort key. */
  swing: number;
}

export interface ScenarioSimulation {
  alternativeId: string;
  name: string;
  /** Every input at its likely value: the engine's deterministic figures. */
  likely: { total: number; npv: number };
  total: Summary;
  npv: Summary;
  /** Mean cost per horizon year, öre (rounded to kronor). */
  meanByYear: number[];
  /** Percentiles of the total at SimulationResult.curvePercentiles (the S-curve). */
  curve: number[];
  /**
   * Every iteration's total, ascending, öre (whole kronor, as each iteration's
   * total already is): the empirical distribution the percentiles, the curve
   * and probabilityAtOrBelow (cdf.ts) are read from.
   */
  totalDraws: number[];
  payers: PayerSimulation[];
  tornado: TornadoBar[];
}

export interface SimulationResult {
  seed: number;
  distribution: DistributionKind;
  requested: number | 'auto';
  /** Iterations actually run (fewer than requested when cancelled). */
  iterations: number;
  cancelled: boolean;
  convergence: {
    /** Relative half-width asked for (auto) or used for the verdict (fixed). */
    target: number;
    /**
     * The widest relative half-width of P50 over every alternative's total and
     * NPV; null when it cannot be judged (no iterations, or a P50 of 0 kr).
     */
    precision: number | null;
    /** precision ≤ target. */
    reached: boolean;
  };
  problems: Problem[];
  years: number[];
  inputs: UncertainInput[];
  /** The percentiles (0–1) of ScenarioSimulation.curve. */
  curvePercentiles: number[];
  scenarios: ScenarioSimulation[];
  /**
   * cheaperThan.total[i][j]: the share of iterations in which alternative i
   * cost less in total than alternative j (ties count half), on common random
   * numbers; the diagonal is null. Same for NPV.
   */
  cheaperThan: { total: (number | null)[][]; npv: (number | null)[][] };
  /**
   * cheapest.total[i]: the share of iterations in which alternative i has the
   * lowest total of all alternatives (ties shared equally; sums to 1). Same for NPV.
   */
  cheapest: { total: number[]; npv: number[] };
}
