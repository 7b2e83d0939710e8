import { describe, expect, it } from 'vitest';
import { emptyAllocationTable } from '../../src/engine/allocationTable';
import { runEngine } from '../../src/engine/run';
import { alternative, contract, smallModel } from './fixtures';

describe('runEngine', () => {
  it('computes one scenario per alternative when there is no error', () => {
    const model = smallModel({
      alternatives: [
        alternative('one', [contract('k', ['tt', 'doc'], ['compulsory', 'preschool'])]),
        alternative('two', [contract('k', ['tt', 'doc'], ['compulsory']), contract('l', ['doc'], ['preschool'])]),
      ],
    });
    const output = runEngine(model);
    expect(output.problems).toEqual([]);
    expect(output.scenarios.map((s) => [s.alternativeId, s.contractCount])).toEqual([
      ['one', 1],
      ['two', 2],
    ]);
  });

  it('computes nothing when any problem is an error', () => {
    const output = runEngine(
      smallModel({
        alternatives: [alternative('x', [contract('k', ['tt', 'doc'], ['compulsory'])])],
      }),
    );
    expect(output.problems.map((p) => p.code)).toEqual(['uncoveredSolution']);
    expect(output.scenarios).toEqual([]);
  });

  it('still computes when there are only warnings, and returns them', () => {
    const output = runEngine(
      smallModel({
        solutions: [...smallModel().solutions, { id: 'x', name: 'X' }],
      }),
    );
    expect(output.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(output.scenarios).toHaveLength(1);
  });
});

describe('runEngine with { detail: "totals" }', () => {
  it('keeps every figure but the per-entry allocations, and says so', () => {
    const model = smallModel();
    const full = runEngine(model).scenarios[0]!;
    const totals = runEngine(model, { detail: 'totals' }).scenarios[0]!;
    expect(full.allocations.length).toBeGreaterThan(0);
    expect(totals.allocations).toEqual(emptyAllocationTable(full.allocations.payerIds));
    expect(totals.allocationsOmitted).toBe(true);
    expect(full.allocationsOmitted).toBeUndefined();
    expect({ ...totals, allocations: full.allocations, allocationsOmitted: undefined }).toEqual({
      ...full,
      allocationsOmitted: undefined,
    });
  });
});
