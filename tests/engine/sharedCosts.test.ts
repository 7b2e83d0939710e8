/**
 * The one rule for shared costs, as in docs/model.md (worked example: shared
 * costs). Procurement, contract management and internal staff are shared by
 * the workbook's key over the payers the cost reaches — by default users ×
 * usage share summed over the cost's solutions — and a cost that reaches
 * nobody with users goes to the payer the workbook names, or stays
 * unallocated with a warning that FLG must decide. Every figure below is in
 * the document; if they disagree, fix both.
 */

import { describe, expect, it } from 'vitest';
import { eachAllocation } from '../../src/engine/allocationTable';
import type { CostModel, ScenarioResult } from '../../src/engine/model';
import { runEngine } from '../../src/engine/run';
import { kr } from './fixtures';
import { workedExample } from './workedExampleModel';

/** Allocated kronor of the shared costs, keyed 'source year payer'. */
function sharedKr(s: ScenarioResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of eachAllocation(s.allocations)) {
    const e = s.entries[a.entryIndex]!;
    const name =
      e.source.kind === 'internalResource'
        ? e.source.resourceId
        : e.source.kind === 'procurement' || e.source.kind === 'contractManagement'
          ? `${e.source.kind} ${e.contractId}`
          : null;
    if (name !== null) out[`${name} ${e.year} ${a.payerId}`] = a.amount / 100;
  }
  return out;
}

function run(model: CostModel) {
  const output = runEngine(model);
  expect(output.scenarios).toHaveLength(1);
  return { scenario: output.scenarios[0]!, problems: output.problems };
}

/** The worked example with a start page X nobody uses, procured as C2 (20 000 kr, go-live January 2026, 2 years). */
function withUnusedContract(parameters: Partial<CostModel['parameters']> = {}): CostModel {
  const alternative = workedExample.alternatives[0]!;
  return {
    ...workedExample,
    parameters: { ...workedExample.parameters, ...parameters },
    solutions: [...workedExample.solutions, { id: 'X', name: 'Startsida' }],
    alternatives: [
      {
        ...alternative,
        contracts: [
          ...alternative.contracts,
          {
            id: 'C2',
            name: 'C2',
            solutionIds: ['X'],
            schoolForms: ['compulsory', 'preschool'],
            procurementCost: kr(20_000),
            managementFte: 0,
            goLive: '2026-01-01',
            lengthYears: 2,
            optionYears: 0,
          },
        ],
      },
    ],
  };
}

describe('shared costs: one rule (docs/model.md, worked example: shared costs)', () => {
  it('by default weighs users × share summed over the contract’s solutions: A 660 × (1 + 1) = 1 320, B 340 × 0.5 = 170', () => {
    const { scenario } = run(workedExample);
    expect(sharedKr(scenario)).toEqual({
      'procurement C1 2025 A': 26_577, // 30 000 × 1 320 / 1 490 = 26 577.18
      'procurement C1 2025 B': 3_423, // 3 422.82, the krona left over (larger fraction)
      'contractManagement C1 2025 A': 3_544,
      'contractManagement C1 2025 B': 456,
      'contractManagement C1 2026 A': 7_300,
      'contractManagement C1 2026 B': 940,
      'contractManagement C1 2027 A': 7_519,
      'contractManagement C1 2027 B': 968,
      // Internal staff: every payer, shares summed over every solution (T and D): the same 1 320 : 170.
      'R1 2025 A': 310_067,
      'R1 2025 B': 39_933,
    });
  });

  it('follows the key the workbook names (Fördelning av gemensamma kostnader: lika delar)', () => {
    const { scenario } = run({
      ...workedExample,
      parameters: { ...workedExample.parameters, sharedCostKey: { kind: 'even' } },
    });
    const shared = sharedKr(scenario);
    expect(shared['procurement C1 2025 A']).toBe(15_000);
    expect(shared['procurement C1 2025 B']).toBe(15_000);
    expect(shared['contractManagement C1 2027 A']).toBe(4_244); // 8 487 / 2 = 4 243.5: the tie goes to A (id order)
    expect(shared['contractManagement C1 2027 B']).toBe(4_243);
    expect(shared['R1 2025 A']).toBe(175_000);
    expect(shared['R1 2025 B']).toBe(175_000);
    // Cost lines keep their own keys: L2 is still shared by users × share.
    expect(scenario.total).toBe(kr(680_922));
  });

  it('leaves a contract nobody uses unallocated, with a warning that says FLG must decide who pays', () => {
    const { scenario, problems } = run(withUnusedContract());
    expect(scenario.unallocatedByYear).toEqual([kr(20_000), 0, 0]);
    const warning = problems.find((p) => p.code === 'unusedCostLine' && p.message.sv.includes('"C2"'));
    expect(warning?.severity).toBe('warning');
    expect(warning?.message.sv).toContain('FLG');
    expect(warning?.message.sv).toContain('Betalare för kostnader utan användare');
    expect(warning?.message.en).toContain('management group (FLG)');
  });

  it('gives it to the payer the workbook names for costs without users, and then warns no more', () => {
    const { scenario, problems } = run(withUnusedContract({ sharedCostPayer: 'A' }));
    expect(scenario.unallocatedByYear).toEqual([0, 0, 0]);
    expect(sharedKr(scenario)['procurement C2 2025 A']).toBe(20_000);
    expect(scenario.payerTotals.find((p) => p.payerId === 'A')!.total).toBe(kr(598_853 + 20_000));
    expect(problems.filter((p) => p.message.sv.includes('FLG'))).toEqual([]);
  });

  it('refuses a payer or key the model does not have, at the Parametrar cell', () => {
    const cells = {
      sharedCostPayer: { sheet: 'Parametrar', cell: 'B15' },
      sharedCostKey: { sheet: 'Parametrar', cell: 'B14' },
    };
    const bad = runEngine({
      ...workedExample,
      parameters: {
        ...workedExample.parameters,
        sharedCostPayer: 'Z',
        sharedCostKey: { kind: 'percent', keyId: 'K9' },
        cells,
      },
    });
    expect(bad.scenarios).toEqual([]);
    expect(bad.problems.map((p) => [p.code, p.at?.cell])).toEqual(
      expect.arrayContaining([
        ['unknownPayer', 'B15'],
        ['unknownAllocationKey', 'B14'],
      ]),
    );
  });

  it('reconciles to the krona under every key: allocated + unallocated = total in every year', () => {
    for (const sharedCostKey of [{ kind: 'driver' }, { kind: 'even' }, { kind: 'weighted' }] as const) {
      for (const model of [
        withUnusedContract({ sharedCostKey }),
        withUnusedContract({ sharedCostKey, sharedCostPayer: 'B' }),
      ]) {
        const { scenario } = run(model);
        for (const r of scenario.reconciliation) expect(r.allocated + r.unallocated).toBe(r.total);
        const byPayer = scenario.payerTotals.reduce((s, p) => s + p.total, 0);
        expect(byPayer + scenario.unallocatedByYear.reduce((s, u) => s + u, 0)).toBe(scenario.total);
      }
    }
  });
});
