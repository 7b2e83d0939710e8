/**
 * Coverage over the years and successor contracts (docs/model.md, "Coverage
 * over the years"): a contract that ends inside the horizon must not make
 * its solutions free for the remaining years.
 */
import { describe, expect, it } from 'vitest';
import type { Contract, CostModel } from '../../src/engine/model';
import { runEngine } from '../../src/engine/run';
import { successorsOf, withSuccessors } from '../../src/engine/successors';
import { validateModel } from '../../src/engine/validate';
import { coverageGaps } from '../../src/engine/validateAlternatives';
import { kr } from './fixtures';
import { workedExample } from './workedExampleModel';

/** The worked example with C1 one year long (July 2025 – June 2026) in the three-year horizon 2025–2027. */
function oneYear(successor: boolean): CostModel {
  const c1 = workedExample.alternatives[0]!.contracts[0]!;
  return {
    ...workedExample,
    alternatives: [
      {
        ...workedExample.alternatives[0]!,
        contracts: [
          {
            ...c1,
            lengthYears: 1,
            source: { sheet: 'Kontrakt', cell: 'B2' },
            cells: { lengthYears: { sheet: 'Kontrakt', cell: 'I2' } },
            ...(successor ? { successor: true } : {}),
          },
        ],
      },
    ],
  };
}

const contract = (id: string, goLive: string, lengthYears: number, optionYears = 0): Contract => ({
  id,
  name: id,
  solutionIds: ['T'],
  schoolForms: ['compulsory'],
  procurementCost: 0,
  managementFte: 0,
  goLive,
  lengthYears,
  optionYears,
});

describe('coverage over the years', () => {
  it('is an error when a used solution has no contract for some horizon years, naming solution, school form and years', () => {
    const gaps = validateModel(oneYear(false)).filter((p) => p.code === 'coverageGap');
    // T for compulsory; D for compulsory and preschool: each uncovered July 2026 – December 2027.
    expect(gaps).toHaveLength(3);
    for (const gap of gaps) {
      expect(gap.severity).toBe('error');
      expect(gap.at).toEqual({ sheet: 'Kontrakt', cell: 'I2' });
      expect(gap.message.sv).toContain('åren 2026–2027');
      expect(gap.message.en).toContain('in 2026–2027');
    }
    expect(gaps[0]!.message.sv).toContain('lösningen "T" saknar kontrakt för skolformen grundskola');
    expect(gaps[0]!.message.en).toContain('Successor procured');
    expect(runEngine(oneYear(false)).scenarios).toEqual([]);
  });

  it('is no error when a successor is procured: successors follow until the horizon is covered', () => {
    expect(validateModel(oneYear(true)).filter((p) => p.severity === 'error')).toEqual([]);
    const contracts = withSuccessors(oneYear(true)).alternatives[0]!.contracts;
    expect(contracts.map((c) => [c.id, c.goLive, c.successorOf])).toEqual([
      ['C1', '2025-07-01', undefined],
      ['C1 (2)', '2026-07-01', 'C1'],
      ['C1 (3)', '2027-07-01', 'C1'],
    ]);
  });

  it('charges a successor a new procurement in the year before its go-live and its one-off lines again', () => {
    const s = runEngine(oneYear(true)).scenarios[0]!;
    const of = (kind: string, contractId: string) =>
      s.entries
        .filter((e) => e.contractId === contractId && (e.source.kind === kind || e.source.kind === 'costLine'))
        .filter((e) => (kind === 'procurement' ? e.item === 'procurement' : e.item === 'implementation'))
        .map((e) => [e.year, e.amount / 100]);
    // 30 000 kr indexed: 2025 × 1 for C1 (2); 2026 × 1.03 for C1 (3). L3 (100 000, not indexed) in each go-live year.
    expect(of('procurement', 'C1 (2)')).toEqual([[2025, 30_000]]);
    expect(of('procurement', 'C1 (3)')).toEqual([[2026, 30_900]]);
    expect(of('implementation', 'C1 (2)')).toEqual([[2026, 100_000]]);
    expect(of('implementation', 'C1 (3)')).toEqual([[2027, 100_000]]);
  });

  it('keeps the yearly licences running without a break: 2026 is half C1, half its successor', () => {
    const s = runEngine(oneYear(true)).scenarios[0]!;
    const l1 = s.entries.filter((e) => e.source.kind === 'costLine' && e.source.costLineId === 'L1');
    expect(l1.map((e) => [e.contractId, e.year, e.amount / 100])).toEqual([
      ['C1', 2025, 15_000],
      ['C1', 2026, 15_450],
      ['C1 (2)', 2026, 15_450],
      ['C1 (2)', 2027, 15_914], // 30 000 × 1.0609 × 6/12 = 15 913.50 → 15 914
      ['C1 (3)', 2027, 15_914],
    ]);
    expect(s.total).toBeGreaterThan(kr(680_922)); // the four-year contract of the worked example
  });

  it('allows contracts one after another for the same solution and school form, not at the same time', () => {
    const base = workedExample;
    const sequential: CostModel = {
      ...base,
      alternatives: [
        {
          ...base.alternatives[0]!,
          contracts: [
            { ...base.alternatives[0]!.contracts[0]!, lengthYears: 1 },
            { ...base.alternatives[0]!.contracts[0]!, id: 'C2', name: 'C2', goLive: '2026-07-01', lengthYears: 2 },
          ],
        },
      ],
    };
    expect(validateModel(sequential).filter((p) => p.severity === 'error')).toEqual([]);
    const overlapping: CostModel = {
      ...sequential,
      alternatives: [
        {
          ...sequential.alternatives[0]!,
          contracts: sequential.alternatives[0]!.contracts.map((c) =>
            c.id === 'C2' ? { ...c, goLive: '2026-06-01' } : c,
          ),
        },
      ],
    };
    expect(validateModel(overlapping).map((p) => p.code)).toContain('solutionCoveredTwice');
  });
});

describe('coverageGaps', () => {
  const start = 2025 * 12;
  const end = 2030 * 12;
  it('finds a gap between two contracts and after the last', () => {
    const gap = coverageGaps([contract('a', '2025-01-01', 1), contract('b', '2027-01-01', 2)], start, end);
    expect(gap?.years).toEqual([2026, 2029]);
    expect(gap?.endedContract.id).toBe('a');
  });
  it('counts option years as covered', () => {
    expect(coverageGaps([contract('a', '2025-01-01', 3, 2)], start, end)).toBeNull();
  });
  it('ignores months before the horizon', () => {
    expect(coverageGaps([contract('a', '2023-01-01', 1), contract('b', '2025-01-01', 5)], start, end)).toBeNull();
  });
});

describe('successorsOf', () => {
  it('adds nothing for a contract without months in service', () => {
    expect(successorsOf(contract('a', '2025-01-01', 0), 2030 * 12)).toEqual([]);
  });
  it('is applied once: expanding an expanded model changes nothing', () => {
    const once = withSuccessors(oneYear(true));
    expect(withSuccessors(once)).toEqual(once);
  });
});
