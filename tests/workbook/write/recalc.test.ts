import { describe, expect, it } from 'vitest';
import { buildWritePlan } from '../../../src/workbook/write';
import { OPTIONS, smallModel, smallOutput } from './fixtures';
import { recalcMismatches } from './recalc';

describe('buildWritePlan formulas recalculated by HyperFormula', () => {
  it('gives every formula the value it computes', () => {
    const model = smallModel();
    const plan = buildWritePlan(model, smallOutput(model), OPTIONS);
    const { mismatches, formulas } = recalcMismatches(plan);
    expect(formulas).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });
});
