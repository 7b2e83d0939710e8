import { describe, expect, it } from 'vitest';
import type { CostModel } from '../../src/engine/model';
import { buildModelIndex } from '../../src/engine/modelIndex';
import { plausibilityWarnings } from '../../src/engine/plausibility';
import { contractValue } from '../../src/engine/procurementRules';
import { kr } from './fixtures';
import { workedExample } from './workedExampleModel';

const withContract = (changes: Partial<CostModel['alternatives'][number]['contracts'][number]>, limit?: number) => {
  const c1 = workedExample.alternatives[0]!.contracts[0]!;
  const model: CostModel = {
    ...workedExample,
    parameters: { ...workedExample.parameters, ...(limit === undefined ? {} : { directAwardLimit: limit }) },
    alternatives: [{ ...workedExample.alternatives[0]!, contracts: [{ ...c1, ...changes }] }],
  };
  return model;
};
const codes = (model: CostModel) => plausibilityWarnings(model).map((p) => p.code);

describe('procurement rules as warnings (LOU)', () => {
  it('values the worked example’s C1 over its 4 years: (30 000 + 29 900) × 4 + 100 000 = 339 600 kr', () => {
    // L1 50 kr × 600 pupils = 30 000 a year; L2 graduated 29 900 a year; L3 100 000 once (base-year prices).
    const model = withContract({});
    expect(contractValue(buildModelIndex(model), model.alternatives[0]!.contracts[0]!)).toBe(kr(339_600));
  });

  it('warns when a contract is worth less than the direct-award limit (700 000 kr by default), citing the rule', () => {
    const warning = plausibilityWarnings(withContract({})).find((p) => p.code === 'belowDirectAwardLimit');
    expect(warning?.message.sv).toContain('339 600 kr');
    expect(warning?.message.sv).toContain('700 000 kr');
    expect(warning?.message.sv).toContain('LOU 19 kap. 12 §');
    expect(warning?.severity).toBe('warning');
  });

  it('follows the limit in Parametrar, and counts option years in the value', () => {
    expect(codes(withContract({}, kr(300_000)))).not.toContain('belowDirectAwardLimit');
    // 8 years + 4 options: (59 900) × 12 + 100 000 = 818 800 kr, above 700 000.
    expect(codes(withContract({ lengthYears: 8, optionYears: 4 }))).not.toContain('belowDirectAwardLimit');
  });

  it('warns when a framework agreement runs more than four years including options', () => {
    expect(codes(withContract({ framework: true, lengthYears: 3, optionYears: 2 }))).toContain('frameworkTooLong');
    expect(codes(withContract({ framework: true, lengthYears: 2, optionYears: 2 }))).not.toContain('frameworkTooLong');
    expect(codes(withContract({ lengthYears: 3, optionYears: 2 }))).not.toContain('frameworkTooLong');
  });
});
