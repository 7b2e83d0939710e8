/**
 * The analyst's choices before generating (which alternatives, horizon, index
 * rate, discount rate, display unit): their defaults from the model's
 * Parametrar, their validation, and how they shape the model the engine gets.
 * Pure, so it runs in unit tests and the Web Worker alike.
 */
import type { CostModel, DisplayUnit } from '../../engine/model';
import type { MessageKey } from '../i18n/catalogue';

export interface Choices {
  /** Alternatives to compute, in the workbook's order. */
  alternativeIds: string[];
  horizonYears: number;
  /** Default index rate per year as a fraction (0.03 = 3 %). Years with their own rate keep it. */
  indexRate: number;
  discountRate: number;
  displayUnit: DisplayUnit;
}

/** Every alternative, and the parameters exactly as Parametrar gives them. */
export function defaultChoices(model: CostModel): Choices {
  const p = model.parameters;
  return {
    alternativeIds: model.alternatives.map((a) => a.id),
    horizonYears: p.horizonYears,
    indexRate: p.defaultIndexRate,
    discountRate: p.discountRate,
    displayUnit: p.displayUnit,
  };
}

export const HORIZON_LIMITS = { min: 1, max: 50 } as const;
/** Rates outside −20 %…50 % are typing mistakes (a "25" meant as 2,5 %), not scenarios. */
export const RATE_LIMITS = { min: -0.2, max: 0.5 } as const;

export type ChoiceField = 'alternatives' | 'horizonYears' | 'indexRate' | 'discountRate';

/** What is wrong with the choices, field by field, as catalogue keys. Empty = fine. */
export function choiceProblems(choices: Choices): Partial<Record<ChoiceField, MessageKey>> {
  const problems: Partial<Record<ChoiceField, MessageKey>> = {};
  if (choices.alternativeIds.length === 0) problems.alternatives = 'choose.noneSelected';
  const h = choices.horizonYears;
  if (!Number.isInteger(h) || h < HORIZON_LIMITS.min || h > HORIZON_LIMITS.max) {
    problems.horizonYears = 'choose.badHorizon';
  }
  for (const field of ['indexRate', 'discountRate'] as const) {
    const rate = choices[field];
    if (!Number.isFinite(rate) || rate < RATE_LIMITS.min || rate > RATE_LIMITS.max) {
      problems[field] = 'choose.badRate';
    }
  }
  return problems;
}

/**
 * The model the engine computes: only the chosen alternatives (and internal
 * resources tied to them or to none), with the chosen parameters. Per-year
 * index rates from Parametrar stay: the pane edits only the default rate.
 */
export function applyChoices(model: CostModel, choices: Choices): CostModel {
  const chosen = new Set(choices.alternativeIds);
  return {
    ...model,
    parameters: {
      ...model.parameters,
      horizonYears: choices.horizonYears,
      defaultIndexRate: choices.indexRate,
      discountRate: choices.discountRate,
      displayUnit: choices.displayUnit,
    },
    alternatives: model.alternatives.filter((a) => chosen.has(a.id)),
    internalResources: model.internalResources.filter(
      (r) => r.alternativeId === undefined || chosen.has(r.alternativeId),
    ),
  };
}

/** Number of years within the chosen horizon that have their own index rate. */
export function yearsWithOwnIndexRate(model: CostModel, horizonYears: number): number {
  const { baseYear, indexRates } = model.parameters;
  return Object.keys(indexRates)
    .map(Number)
    .filter((y) => y >= baseYear && y < baseYear + horizonYears).length;
}
