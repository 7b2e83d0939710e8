/**
 * validateModel: every problem in a model, collected as values (code,
 * severity, cell, message in Swedish and English), never thrown. Errors block
 * generation; warnings are shown beside the results.
 */

import { buildModelIndex, type ModelIndex } from './modelIndex';
import type { CostModel, Problem } from './model';
import { ProblemList } from './problems';
import { checkAlternative, checkModelReach } from './validateAlternatives';
import {
  checkAgreements,
  checkCostLines,
  checkParameters,
  checkPayers,
  checkPercentKeys,
  checkResources,
  checkSolutionsUsed,
  checkUniqueIds,
  checkUsage,
} from './validateItems';

export function validateModel(model: CostModel): Problem[] {
  return validateWith(buildModelIndex(model));
}

/** As validateModel, reusing look-ups already built. */
export function validateWith(index: ModelIndex): Problem[] {
  const { model } = index;
  const problems = new ProblemList();
  checkParameters(model, problems);
  checkUniqueIds(problems, 'payer', model.payers);
  checkUniqueIds(problems, 'solution', model.solutions);
  checkUniqueIds(problems, 'costLine', model.costLines);
  checkUniqueIds(problems, 'percentKey', model.percentKeys);
  checkUniqueIds(problems, 'agreement', model.currentAgreements);
  checkUniqueIds(problems, 'alternative', model.alternatives);
  checkUniqueIds(problems, 'resource', model.internalResources);
  checkPayers(model, problems);
  checkUsage(model, problems);
  checkCostLines(model, problems);
  checkPercentKeys(model, problems);
  checkAgreements(model, problems);
  checkResources(model, problems);
  checkSolutionsUsed(model, problems);
  for (const alternative of model.alternatives) checkAlternative(index, alternative, problems);
  checkModelReach(index, problems);
  return problems.items;
}
