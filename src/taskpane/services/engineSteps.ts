/**
 * The engine run cut into steps so it can report progress and be cancelled
 * between alternatives: validate once, then compute one scenario per step.
 * Same result as runEngine(model): no scenarios when any problem is an error.
 * Shared by the Web Worker and the main-thread time-slice fallback.
 */
import { computeScenario, exactnessProblems, validateModel } from '../../engine';
import type { CostModel, EngineOutput, ScenarioResult } from '../../engine/model';

/** Yields the number of scenarios done after each one; returns the output. */
export function* engineSteps(model: CostModel): Generator<number, EngineOutput, void> {
  const problems = validateModel(model);
  if (problems.some((p) => p.severity === 'error')) return { problems, scenarios: [] };
  const scenarios: ScenarioResult[] = [];
  for (const alternative of model.alternatives) {
    scenarios.push(computeScenario(model, alternative));
    yield scenarios.length;
  }
  const inexact = exactnessProblems(scenarios);
  if (inexact.length > 0) return { problems: [...problems, ...inexact], scenarios: [] };
  return { problems, scenarios };
}
