/**
 * The simulation part of the JSON summary (`scenarios --simulate … --json`,
 * schema in docs/summary-schema.md): a SimulationResult in kronor, with the
 * probability that each alternative is the cheapest. Pure. Same seed, same
 * input → the same object, number for number.
 */

import type { DistributionKind, SimulationResult, Summary as FigureSummary, TornadoBar } from '../../engine/simulation';
import type { SimulationOutcome } from './simulation';

/** Tornado bars kept per alternative in the JSON, as on the sheet. */
export const SUMMARY_TORNADO_TOP = 10;

/** Percentiles of one simulated figure, kr. */
export interface SummaryDistribution {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  min: number;
  max: number;
  p50StandardError: number;
}

export interface SummarySimulationPayer {
  id: string;
  name: string;
  users: number;
  total: SummaryDistribution;
  /** Total / users / horizon years, kr with two decimals; null without users. */
  perUserPerYear: SummaryDistribution | null;
}

export interface SummaryTornadoBar {
  lineId: string;
  solutionId: string;
  item: string;
  description: string | null;
  /** The line's price: min, likely, max (kr). */
  min: number;
  likely: number;
  max: number;
  /** The alternative's total with this line at min and at max, every other at likely (kr). */
  totalAtMin: number;
  totalAtMax: number;
  swing: number;
}

export interface SummarySimulationScenario {
  alternativeId: string;
  name: string;
  /** Every input at its likely value: the same figures as scenarios[].total and .npv. */
  likely: { total: number; npv: number };
  total: SummaryDistribution;
  npv: SummaryDistribution;
  /** Share of iterations in which this alternative has the lowest total (ties shared). */
  probabilityCheapest: number;
  payers: SummarySimulationPayer[];
  tornado: SummaryTornadoBar[];
}

export interface SummarySimulation {
  seed: number;
  distribution: DistributionKind;
  requestedIterations: number | 'auto';
  iterations: number;
  convergence: { target: number; precision: number | null; reached: boolean };
  /** Cost lines whose price varies (a range with min < max); 0 means every figure is the likely one. */
  uncertainLines: number;
  scenarios: SummarySimulationScenario[];
  /** [i][j]: share of iterations in which scenarios[i] cost less than scenarios[j] (ties half); null on the diagonal. */
  cheaperThan: { total: (number | null)[][]; npv: (number | null)[][] };
}

const kr = (ore: number): number => Math.round(ore) / 100;
/** Shares are k / iterations; six decimals keep them exact enough and free of binary noise (0.30000000000000004). */
const share = (p: number): number => Math.round(p * 1e6) / 1e6;

function distribution(s: FigureSummary): SummaryDistribution {
  return {
    mean: kr(s.mean),
    p10: kr(s.p10),
    p50: kr(s.p50),
    p90: kr(s.p90),
    min: kr(s.min),
    max: kr(s.max),
    p50StandardError: kr(s.p50StandardError),
  };
}

function tornadoBar(bar: TornadoBar): SummaryTornadoBar {
  return {
    lineId: bar.lineId,
    solutionId: bar.solutionId,
    item: bar.item,
    description: bar.description ?? null,
    min: kr(bar.min),
    likely: kr(bar.likely),
    max: kr(bar.max),
    totalAtMin: kr(bar.totalAtMin),
    totalAtMax: kr(bar.totalAtMax),
    swing: kr(bar.swing),
  };
}

const matrix = (m: (number | null)[][]): (number | null)[][] =>
  m.map((row) => row.map((p) => (p === null ? null : share(p))));

export function simulationSummary({ result, cheapest }: SimulationOutcome): SummarySimulation {
  const r: SimulationResult = result;
  return {
    seed: r.seed,
    distribution: r.distribution,
    requestedIterations: r.requested,
    iterations: r.iterations,
    convergence: { ...r.convergence },
    uncertainLines: r.inputs.filter((input) => input.max > input.min).length,
    scenarios: r.scenarios.map((s, i) => ({
      alternativeId: s.alternativeId,
      name: s.name,
      likely: { total: kr(s.likely.total), npv: kr(s.likely.npv) },
      total: distribution(s.total),
      npv: distribution(s.npv),
      probabilityCheapest: share(cheapest[i] ?? 0),
      payers: s.payers.map((p) => ({
        id: p.payerId,
        name: p.name,
        users: p.users,
        total: distribution(p.total),
        perUserPerYear: p.perUserPerYear === null ? null : distribution(p.perUserPerYear),
      })),
      tornado: s.tornado.slice(0, SUMMARY_TORNADO_TOP).map(tornadoBar),
    })),
    cheaperThan: { total: matrix(r.cheaperThan.total), npv: matrix(r.cheaperThan.npv) },
  };
}
