/**
 * runEngine: the one call the rest of the add-in makes. Validates, and only
 * when no problem is an error computes one scenario per alternative, so that
 * no figure is ever shown from a model known to be wrong.
 */

import { exactnessProblems } from './exactness';
import type { CostModel, EngineOptions, EngineOutput } from './model';
import { buildModelIndex } from './modelIndex';
import { computeScenarioWith } from './scenario';
import { validateWith } from './validate';

export function runEngine(model: CostModel, options: EngineOptions = {}): EngineOutput {
  const index = buildModelIndex(model);
  const problems = validateWith(index);
  if (problems.some((p) => p.severity === 'error')) return { problems, scenarios: [] };
  // index.model: the alternatives with their successor contracts (successors.ts).
  const scenarios = index.model.alternatives.map((alternative) => computeScenarioWith(index, alternative, options));
  // Figures that are no longer exact to the krona are not shown at all.
  const inexact = exactnessProblems(scenarios);
  if (inexact.length > 0) return { problems: [...problems, ...inexact], scenarios: [] };
  return { problems, scenarios };
}
