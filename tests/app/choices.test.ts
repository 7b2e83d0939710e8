import { describe, expect, it } from 'vitest';
import { applyChoices, defaultChoices, yearsWithOwnIndexRate } from '../../src/app/choices';
import { choiceProblems } from '../../src/faces/taskpane/state/choiceProblems';
import { smallModel } from '../browser/unit/fixtures';

describe('defaultChoices', () => {
  it('takes every alternative and the parameters from Parametrar', () => {
    expect(defaultChoices(smallModel())).toEqual({
      alternativeIds: ['Ett', 'Två'],
      horizonYears: 5,
      indexRate: 0.03,
      discountRate: 0.025,
      displayUnit: 'tkr',
    });
  });
});

describe('choiceProblems', () => {
  const ok = defaultChoices(smallModel());
  it('finds nothing wrong with the defaults', () => {
    expect(choiceProblems(ok)).toEqual({});
  });
  it('requires at least one alternative', () => {
    expect(choiceProblems({ ...ok, alternativeIds: [] })).toEqual({ alternatives: 'choose.noneSelected' });
  });
  it.each([0, 51, 2.5, Number.NaN])('rejects a horizon of %d years', (horizonYears) => {
    expect(choiceProblems({ ...ok, horizonYears })).toEqual({ horizonYears: 'choose.badHorizon' });
  });
  it.each([0.51, -0.21, Number.NaN])('rejects a rate of %d (a typing mistake, not a scenario)', (rate) => {
    expect(choiceProblems({ ...ok, indexRate: rate, discountRate: rate })).toEqual({
      indexRate: 'choose.badRate',
      discountRate: 'choose.badRate',
    });
  });
  it('accepts a negative index rate (deflation) within limits', () => {
    expect(choiceProblems({ ...ok, indexRate: -0.01 })).toEqual({});
  });
});

describe('applyChoices', () => {
  it('keeps only the chosen alternatives and the internal resources that apply to them', () => {
    const model = applyChoices(smallModel(), { ...defaultChoices(smallModel()), alternativeIds: ['Ett'] });
    expect(model.alternatives.map((a) => a.id)).toEqual(['Ett']);
    expect(model.internalResources.map((r) => r.id)).toEqual(['r1']);
  });
  it('sets the chosen parameters and keeps the per-year index rates', () => {
    const model = applyChoices(smallModel(), {
      alternativeIds: ['Ett', 'Två'],
      horizonYears: 10,
      indexRate: 0.02,
      discountRate: 0.035,
      displayUnit: 'mnkr',
    });
    expect(model.parameters).toEqual({
      ...smallModel().parameters,
      horizonYears: 10,
      defaultIndexRate: 0.02,
      discountRate: 0.035,
      displayUnit: 'mnkr',
    });
  });
  it('does not change the model it was given', () => {
    const original = smallModel();
    applyChoices(original, { ...defaultChoices(original), alternativeIds: [], horizonYears: 1 });
    expect(original).toEqual(smallModel());
  });
});

describe('yearsWithOwnIndexRate', () => {
  it('counts only years inside the horizon', () => {
    expect(yearsWithOwnIndexRate(smallModel(), 5)).toBe(1); // 2026; 2031 is beyond 2025–2029
    expect(yearsWithOwnIndexRate(smallModel(), 7)).toBe(2);
  });
});
