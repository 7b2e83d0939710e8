/**
 * The scenario sheets' allocation formulas follow the one rule for shared
 * costs (docs/formulas.md): procurement, contract management and internal
 * staff are weighed by the workbook's key, users × the payer's usage shares
 * added over the contract's solutions by default, and a cost nobody has users
 * for is given to the payer Parametrar names. Recalculated with HyperFormula,
 * every cell equals the engine's figure; after a usage share changes, the
 * recalculated sheet equals the engine on the changed model.
 */

import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import type { AllocationKey, CostModel, EngineOutput } from '../../../src/engine/model';
import { buildWritePlan } from '../../../src/workbook/write';
import { OPTIONS, smallModel } from './fixtures';
import { sheetByKey } from './helpers';
import { recalcMismatches } from './recalc';
import { scenarioChecks } from './scenarioChecks';
import { shareChange } from './snapshotChanges';

/** The small model with internal staff, the key given, and (optionally) a contract for a solution nobody uses. */
function model(key: AllocationKey | undefined, unused: boolean, payer?: string): CostModel {
  const base = smallModel();
  const alternative = base.alternatives[0]!;
  return {
    ...base,
    parameters: {
      ...base.parameters,
      ...(key === undefined ? {} : { sharedCostKey: key }),
      ...(payer === undefined ? {} : { sharedCostPayer: payer }),
    },
    solutions: unused ? [...base.solutions, { id: 'sx', name: 'Startsida' }] : base.solutions,
    internalResources: [
      {
        id: 'r1',
        role: 'Projektledare',
        phase: 'procurement',
        fte: 0.7,
        costPerFte: 91_234_500,
        firstYear: 2024,
        lastYear: 2026,
      },
    ],
    alternatives: [
      {
        ...alternative,
        contracts: [
          ...alternative.contracts,
          ...(unused
            ? [
                {
                  ...alternative.contracts[0]!,
                  id: 'cx',
                  name: 'Startsida',
                  solutionIds: ['sx'],
                  procurementCost: 333_333_300,
                  managementFte: 0.3,
                },
              ]
            : []),
        ],
      },
    ],
  };
}

const formulaWeights = (m: CostModel): string[] => {
  const plan = buildWritePlan(m, runEngine(m), OPTIONS);
  const sheet = sheetByKey(plan, `scenario:${m.alternatives[0]!.id}`);
  return sheet.rows
    .flat()
    .flatMap((c) => (c?.formula !== undefined && /^=[A-Z]+\d+\*\(/.test(c.formula) ? [c.formula] : []));
};

describe('shared costs on the scenario sheets (HyperFormula)', () => {
  const keys: (AllocationKey | undefined)[] = [undefined, { kind: 'even' }, { kind: 'weighted' }];
  for (const key of keys) {
    it(`recalculate to the engine's figures under the key ${key?.kind ?? 'driver (default)'}, with and without a payer for costs without users`, () => {
      for (const m of [model(key, false), model(key, true), model(key, true, 'p2')]) {
        const output = runEngine(m);
        expect(output.scenarios.length).toBeGreaterThan(0);
        const { mismatches, formulas } = recalcMismatches(buildWritePlan(m, output, OPTIONS));
        expect(formulas).toBeGreaterThan(100);
        expect(mismatches).toEqual([]);
      }
    });
  }

  it('weigh by users × the shares added over the contract’s solutions, as a formula of the snapshot', () => {
    // c1 covers s1 and s2: the weight cell reads users × (share s1 + share s2).
    expect(formulaWeights(model(undefined, false)).some((f) => /^=[A-Z]+\d+\*\([A-Z]+\d+\+[A-Z]+\d+\)$/.test(f))).toBe(
      true,
    );
  });

  it('give the unused contract’s procurement to the named payer, and leave it unallocated without one', () => {
    const without = runEngine(model(undefined, true)).scenarios[0]!;
    const withPayer = runEngine(model(undefined, true, 'p2')).scenarios[0]!;
    const unallocated = (s: typeof without) => s.unallocatedByYear.reduce((a, b) => a + b, 0);
    expect(unallocated(without)).toBeGreaterThan(0);
    expect(unallocated(withPayer)).toBe(0);
    expect(withPayer.total).toBe(without.total);
  });

  it('stay live: after a usage share changes, the recalculated sheet equals the engine on the changed model', () => {
    for (const key of keys) {
      const m = model(key, false);
      const plan = buildWritePlan(m, runEngine(m), OPTIONS);
      const sheet = sheetByKey(plan, `scenario:${m.alternatives[0]!.id}`);
      const change = shareChange(0, 0.37);
      const cells = change.cells(plan, m).map((cell) => ({ sheet: sheet.name, ...cell }));
      const changed = structuredClone(m);
      change.apply(changed);
      const after = runEngine(changed);
      expect(after.scenarios[0]!.payerTotals).not.toEqual(runEngine(m).scenarios[0]!.payerTotals);
      const first: EngineOutput = { problems: [], scenarios: after.scenarios.slice(0, 1) };
      expect(scenarioChecks(plan, m, first, cells)).toEqual([]);
    }
  });
});
