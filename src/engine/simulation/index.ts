/**
 * Uncertainty and sensitivity (issue 8): Monte Carlo over the cost lines'
 * min / likely / max ranges, and a tornado per alternative. Pure, like the
 * engine it builds on: no Office.js, React, DOM or Node APIs, so it runs in
 * the task pane's Web Worker, the CLI and tests alike.
 *
 *   const result = simulate(model, { iterations: 10_000, seed: 42 });
 *   // or in slices (a Web Worker between messages):
 *   const run = startSimulation(model, { iterations: 'auto', seed: 42 });
 *   while (!run.finished && !cancelled) post(run.step(1_000));
 *   post(run.result(cancelled));
 */

export { compileModel, isUncertain } from './compile';
export type { CompiledAlternative, CompiledModel, CompiledPayer, UncertainInput } from './compile';
export { evaluate, likelyValues } from './evaluate';
export { cdfPoints, countAtOrBelow, probabilityAtOrBelow } from './cdf';
export type { CdfPoint } from './cdf';
export type { Evaluation } from './evaluate';
export { distributionMean, distributionVariance, pertShape } from './distributions';
export type { DistributionKind, ThreePoint } from './distributions';
export {
  simulate,
  startSimulation,
  CURVE_PERCENTILES,
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_ITERATIONS,
  DEFAULT_TARGET_PRECISION,
} from './simulate';
export type { SimulationRun } from './simulate';
export {
  REFERENCE_CLASSES,
  drawOverrun,
  isReferenceClassId,
  meanOverrun,
  overrunBounds,
  overrunSampler,
  referenceClass,
  referenceClassOf,
} from './referenceClasses';
export type { OverrunComponent, ReferenceClass, ReferenceClassChoice, ReferenceClassId } from './referenceClasses';
export { tornado } from './tornado';
export type { TornadoOptions } from './tornado';
export type {
  PayerSimulation,
  ScenarioSimulation,
  SimulationOptions,
  SimulationProgress,
  SimulationResult,
  Summary,
  TornadoBar,
} from './types';
