import { describe, expect, it } from 'vitest';
import { plausibilityWarnings } from '../../src/engine/plausibility';
import type { CostModel } from '../../src/engine/model';
import { workedExample } from './workedExampleModel';

const withRates = (indexRates: Record<number, number>): CostModel => ({
  ...workedExample,
  parameters: {
    ...workedExample.parameters,
    indexRates,
    cells: { 'indexRates.2025': { sheet: 'Parametrar', cell: 'B12' } },
  },
});

describe('plausibilityWarnings: a rate given for the base year', () => {
  it('warns that the base year is not indexed, at the rate’s cell, in both languages', () => {
    const warnings = plausibilityWarnings(withRates({ 2025: 0.03 })).filter((p) => p.code === 'baseYearRate');
    expect(warnings).toEqual([
      {
        code: 'baseYearRate',
        severity: 'warning',
        at: { sheet: 'Parametrar', cell: 'B12' },
        message: expect.objectContaining({
          sv: expect.stringContaining('basåret räknas inte upp'),
          en: expect.stringContaining('the base year is not indexed'),
        }),
      },
    ]);
  });

  it('says nothing for a rate of 0 % in the base year or a rate for a later year', () => {
    const codes = (rates: Record<number, number>) => plausibilityWarnings(withRates(rates)).map((p) => p.code);
    expect(codes({ 2025: 0 })).not.toContain('baseYearRate');
    expect(codes({ 2026: 0.04 })).not.toContain('baseYearRate');
  });
});
