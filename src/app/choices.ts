/**
 * The analyst's choices before generating (which alternatives, horizon, index
 * rate, discount rate, display unit): their defaults from the model's
 * Parametrar, how they shape the model the engine gets, and how they differ
 * from what Parametrar says (the sheets name every such difference).
 * Pure, so it runs in unit tests, the Web Worker and the CLI alike.
 */
import type { CostModel, DisplayUnit } from '../engine/model';
import type { ChoiceOverride } from '../workbook/write';

export type { ChoiceOverride };

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

/** Every difference between the choices and the workbook's own parameters and alternatives, in a fixed order. */
export function choiceOverrides(model: CostModel, choices: Choices): ChoiceOverride[] {
  const saved = defaultChoices(model);
  const overrides: ChoiceOverride[] = [];
  if (choices.horizonYears !== saved.horizonYears)
    overrides.push({ kind: 'horizonYears', used: choices.horizonYears, saved: saved.horizonYears });
  if (choices.indexRate !== saved.indexRate)
    overrides.push({ kind: 'indexRate', used: choices.indexRate, saved: saved.indexRate });
  if (choices.discountRate !== saved.discountRate)
    overrides.push({ kind: 'discountRate', used: choices.discountRate, saved: saved.discountRate });
  if (choices.displayUnit !== saved.displayUnit)
    overrides.push({ kind: 'displayUnit', used: choices.displayUnit, saved: saved.displayUnit });
  const chosen = new Set(choices.alternativeIds);
  const leftOut = model.alternatives.filter((a) => !chosen.has(a.id)).map((a) => a.name);
  if (leftOut.length > 0) overrides.push({ kind: 'alternativesLeftOut', names: leftOut });
  return overrides;
}

/**
 * The choices carried over to a changed workbook: the same parameter values,
 * and the same alternatives where they still exist. Used when the inputs
 * changed between calculating and writing, so the recalculation keeps what
 * the analyst chose rather than silently falling back to Parametrar.
 */
export function carryChoices(model: CostModel, choices: Choices): Choices {
  const existing = new Set(model.alternatives.map((a) => a.id));
  const kept = choices.alternativeIds.filter((id) => existing.has(id));
  return { ...choices, alternativeIds: kept.length > 0 ? kept : model.alternatives.map((a) => a.id) };
}
