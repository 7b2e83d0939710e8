/**
 * The engine's public surface. Pure TypeScript: no Office.js, React, DOM or
 * Node APIs, so it runs in the task pane, a Web Worker, the CLI and tests alike.
 */

export * from './model';
export { engineSteps, runEngine } from './run';
export { computeScenario } from './scenario';
export { validateModel } from './validate';
export { plausibilityWarnings } from './plausibility';
export { exactnessProblems } from './exactness';
export { allocateLargestRemainder, allocateKronorInto } from './allocate';
export {
  allocationAt,
  allocationsOf,
  eachAllocation,
  allocationTableFrom,
  emptyAllocationTable,
} from './allocationTable';
export { horizonYears, indexFactors, monthOf, monthsInYear } from './calendar';
export { npv, discountFactor } from './npv';
export { tierCost, graduatedTierCost, volumeTierCost } from './tiers';
export { entryAmount, lineBasis, lineBaseCost } from './lineAmount';
export { roundHalfAwayFromZero, roundToKronor, perUnit, wholeKronor } from './money';
export { servicePeriod } from './contractCosts';
export { runOnEnd } from './oldAgreements';
export { messages, cellName } from './messages';
