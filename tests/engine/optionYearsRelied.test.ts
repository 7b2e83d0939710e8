/**
 * "Option years beyond what the contract says" (issue 14 item 6, docs/model.md):
 * with option years counted, an alternative that covers a used solution and
 * school form in some horizon years only through a contract's option years is
 * warned about (LOU 17 kap. 10 §: an option must be written into the original
 * contract), naming the contract, the years and the rule.
 */

import { describe, expect, it } from 'vitest';
import type { Contract, CostModel } from '../../src/engine/model';
import { runEngine } from '../../src/engine/run';
import { validateModel } from '../../src/engine/validate';
import { workedExample } from './workedExampleModel';

/** The worked example (horizon 2025–2027) with C1 changed and options counted or not. */
function withC1(changes: Partial<Contract>, countOptions?: boolean): CostModel {
  const c1 = workedExample.alternatives[0]!.contracts[0]!;
  return {
    ...workedExample,
    parameters: { ...workedExample.parameters, ...(countOptions === undefined ? {} : { countOptions }) },
    alternatives: [{ ...workedExample.alternatives[0]!, contracts: [{ ...c1, ...changes }] }],
  };
}
const relied = (model: CostModel) => validateModel(model).filter((p) => p.code === 'optionYearsRelied');

describe('option years the alternative counts on', () => {
  it('warns when C1 (1 year + 2 options from July 2025) covers 2026–2027 only by its options, citing LOU 17 kap. 10 §', () => {
    const model = withC1({ lengthYears: 1, optionYears: 2 });
    const [warning, ...more] = relied(model);
    expect(more).toEqual([]);
    expect(warning?.severity).toBe('warning');
    expect(warning?.at).toEqual(
      model.alternatives[0]!.contracts[0]!.cells?.optionYears ?? model.alternatives[0]!.contracts[0]!.source,
    );
    expect(warning?.message.sv).toContain('"C1"');
    expect(warning?.message.sv).toContain('åren 2026–2027');
    expect(warning?.message.sv).toContain('2 optionsår');
    expect(warning?.message.sv).toContain('LOU 17 kap. 10 §');
    expect(warning?.message.en).toContain('LOU ch. 17 § 10');
    // The scenario is still computed, options counted; only the other way (without options) has no total.
    const output = runEngine(model);
    expect(output.scenarios).toHaveLength(1);
    expect(output.scenarios[0]!.optionsOtherWay ?? null).toBeNull();
  });

  it('is silent when the length alone covers the horizon (the worked example: 4 years from July 2025)', () => {
    expect(relied(withC1({ optionYears: 2 }))).toEqual([]);
  });

  it('is silent when a successor is procured at the end of the length instead', () => {
    expect(relied(withC1({ lengthYears: 1, optionYears: 2, successor: true }))).toEqual([]);
  });

  it('is silent when options are not counted: then the same years are a coverage error', () => {
    const problems = validateModel(withC1({ lengthYears: 1, optionYears: 2 }, false));
    expect(problems.filter((p) => p.code === 'optionYearsRelied')).toEqual([]);
    expect(problems.map((p) => p.code)).toContain('coverageGap');
  });

  it('is silent for a contract with no option years (nothing counted), whose gap is a coverage error', () => {
    const problems = validateModel(withC1({ lengthYears: 1, optionYears: 0 }));
    expect(problems.filter((p) => p.code === 'optionYearsRelied')).toEqual([]);
    expect(problems.map((p) => p.code)).toContain('coverageGap');
  });
});
