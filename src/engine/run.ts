/**
 * runEngine: the one call the rest of the add-in makes. Validates, and only
 * when no problem is an error computes one scenario per alternative, so that
 * no figure is ever shown from a model known to be wrong.
 */

import { exactnessProblems } from './exactness';
import type { CostModel, EngineOptions, EngineOutput, ScenarioResult } from './model';
import { buildModelIndex } from './modelIndex';
import { computeScenarioWith } from './scenario';
import { validateWith } from './validate';

export function runEngine(model: CostModel, options: EngineOptions = {}): EngineOutput {
  const steps = engineSteps(model, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * runEngine cut into steps, so a face can report progress and cancel between
 * alternatives (the task pane's Web Worker and its time-slice fallback):
 * yields the number of scenarios done after each one, returns exactly what
 * runEngine returns.
 */
export function* engineSteps(model: CostModel, options: EngineOptions = {}): Generator<number, EngineOutput, void> {
  const index = buildModelIndex(model);
  const problems = validateWith(index);
  if (problems.some((p) => p.severity === 'error')) return { problems, scenarios: [] };
  // index.model: the alternatives with their successor contracts (successors.ts).
  const scenarios: ScenarioResult[] = [];
  for (const alternative of index.model.alternatives) {
    scenarios.push(computeScenarioWith(index, alternative, options));
    yield scenarios.length;
  }
  addOptionsOtherWay(model, scenarios);
  // Figures that are no longer exact to the krona are not shown at all.
  const inexact = exactnessProblems(scenarios);
  if (inexact.length > 0) return { problems: [...problems, ...inexact], scenarios: [] };
  return { problems, scenarios };
}

/**
 * Each scenario's total and NPV with option years counted the other way, so
 * the comparison can show both (options count as used for the LOU contract
 * value; the cost picture needs both). Null when that way fails validation
 * (typically a contract that no longer covers the horizon without its options).
 */
function addOptionsOtherWay(model: CostModel, scenarios: ScenarioResult[]): void {
  const countOptions = model.parameters.countOptions === false;
  const flipped: CostModel = { ...model, parameters: { ...model.parameters, countOptions } };
  const index = buildModelIndex(flipped);
  if (validateWith(index).some((p) => p.severity === 'error')) return;
  for (const scenario of scenarios) {
    const alternative = index.model.alternatives.find((a) => a.id === scenario.alternativeId);
    if (alternative === undefined) continue;
    const other = computeScenarioWith(index, alternative, { detail: 'totals' });
    scenario.optionsOtherWay = { countOptions, total: other.total, npv: other.npv };
  }
}
