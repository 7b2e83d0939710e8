/**
 * What is wrong with the analyst's choices in the Choose step, field by
 * field, as catalogue keys (the pane's own validation of its form fields).
 */
import type { Choices } from '../../../app/choices';
import type { MessageKey } from '../i18n/catalogue';

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
