/**
 * Option years counted or not (Parameters.countOptions, docs/model.md):
 * options count as used by default, as the contract value under LOU does;
 * the comparison needs the cost picture both ways.
 */
import { describe, expect, it } from 'vitest';
import type { CostModel } from '../../src/engine/model';
import { runEngine } from '../../src/engine/run';
import { validateModel } from '../../src/engine/validate';
import { workedExample } from './workedExampleModel';

/** The worked example with C1 two years long plus one option year (July 2025 – June 2028), successor procured. */
function twoPlusOne(countOptions?: boolean, successor = true): CostModel {
  const c1 = workedExample.alternatives[0]!.contracts[0]!;
  return {
    ...workedExample,
    parameters: { ...workedExample.parameters, ...(countOptions === undefined ? {} : { countOptions }) },
    alternatives: [
      {
        ...workedExample.alternatives[0]!,
        contracts: [{ ...c1, lengthYears: 2, optionYears: 1, ...(successor ? { successor: true } : {}) }],
      },
    ],
  };
}

describe('option years counted or not', () => {
  it('counts them by default: C1 covers the horizon 2025–2027 with its option year, no successor starts', () => {
    const s = runEngine(twoPlusOne()).scenarios[0]!;
    expect(new Set(s.entries.map((e) => e.contractId).filter((id) => id !== undefined))).toEqual(new Set(['C1']));
  });

  it('without them C1 ends in June 2027: its successor goes live in July 2027, procured in 2026', () => {
    const s = runEngine(twoPlusOne(false)).scenarios[0]!;
    const successor = s.entries.filter((e) => e.contractId === 'C1 (2)');
    expect(successor.filter((e) => e.item === 'procurement').map((e) => [e.year, e.amount / 100])).toEqual([
      [2026, 30_900],
    ]);
    expect(successor.filter((e) => e.item === 'implementation').map((e) => [e.year, e.amount / 100])).toEqual([
      [2027, 100_000],
    ]);
  });

  it('without them and without a successor, the gap in 2027 is an error', () => {
    const codes = validateModel(twoPlusOne(false, false)).map((p) => p.code);
    expect(codes).toContain('coverageGap');
    expect(validateModel(twoPlusOne(true, false)).map((p) => p.code)).not.toContain('coverageGap');
  });

  it('gives every scenario its total and NPV the other way too, for the comparison', () => {
    const counted = runEngine(twoPlusOne()).scenarios[0]!;
    const notCounted = runEngine(twoPlusOne(false)).scenarios[0]!;
    expect(counted.optionsOtherWay).toEqual({ countOptions: false, total: notCounted.total, npv: notCounted.npv });
    expect(notCounted.optionsOtherWay).toEqual({ countOptions: true, total: counted.total, npv: counted.npv });
    // The successor's procurement and implementation: 30 900 + 100 000 kr more without options.
    expect(notCounted.total - counted.total).toBeGreaterThanOrEqual(130_899_00);
  });

  it('has no other-way figure when that way leaves a gap (it would make solutions free)', () => {
    expect(runEngine(twoPlusOne(true, false)).scenarios[0]!.optionsOtherWay).toBeNull();
  });
});
