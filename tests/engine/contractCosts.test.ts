import { describe, expect, it } from 'vitest';
import { contractEntries, lineEntries, servicePeriod } from '../../src/engine/contractCosts';
import { buildModelIndex } from '../../src/engine/modelIndex';
import type { CostLine } from '../../src/engine/model';
import { contract, kr, line, parameters, smallModel } from './fixtures';

const aug2025 = contract('k', ['doc'], ['compulsory', 'preschool'], {
  goLive: '2025-08-15',
  lengthYears: 1,
  optionYears: 1,
});

describe('servicePeriod', () => {
  it('runs from the go-live month for length + option years', () => {
    expect(servicePeriod(aug2025)).toEqual({
      start: 2025 * 12 + 7,
      end: 2027 * 12 + 7,
    });
  });
  it('is null when the go-live is not a date', () => {
    expect(servicePeriod(contract('k', [], [], { goLive: 'snart' }))).toBeNull();
  });
});

describe('lineEntries', () => {
  const index = buildModelIndex(smallModel({ parameters: parameters({ defaultIndexRate: 0.1 }) }));
  const period = servicePeriod(aug2025)!;
  const amounts = (l: CostLine): [number, number][] =>
    lineEntries(index, aug2025, period, l).map((p) => [p.entry.year, p.entry.amount]);

  it.each<[string, Partial<CostLine>, [number, number][]]>([
    [
      'yearly fixed, prorated by months in service',
      { amount: kr(1200) },
      [
        [2025, kr(500)],
        [2026, kr(1200)],
        [2027, kr(700)],
      ],
    ],
    [
      'yearly fixed, indexed',
      { amount: kr(1200), indexed: true },
      [
        [2025, kr(500)],
        [2026, kr(1320)],
        [2027, kr(847)],
      ],
    ],
    [
      'yearly, limited by firstYear and lastYear',
      { amount: kr(1200), firstYear: 2026, lastYear: 2026 },
      [[2026, kr(1200)]],
    ],
    // 600 pupils (300 + 100 + 200) × 2 kr × 5/12
    [
      'per pupil',
      { basis: { kind: 'perDriver', driver: 'pupils' }, amount: kr(2) },
      [
        [2025, kr(500)],
        [2026, kr(1200)],
        [2027, kr(700)],
      ],
    ],
    ['one-off in the go-live year', { recurrence: 'oneOff', amount: kr(5000) }, [[2025, kr(5000)]]],
    [
      'one-off in firstYear, indexed',
      {
        recurrence: 'oneOff',
        amount: kr(5000),
        firstYear: 2026,
        indexed: true,
      },
      [[2026, kr(5500)]],
    ],
    ['one-off outside the horizon: nothing', { recurrence: 'oneOff', amount: kr(5000), firstYear: 2030 }, []],
    ['zero amount: no entries', { amount: 0 }, []],
  ])('%s', (_, overrides, expected) => {
    expect(amounts(line('x', 'doc', overrides))).toEqual(expected);
  });

  it('rounds each entry once, half away from zero', () => {
    // 0,05 kr × 600 pupils = 30 kr a year; × 5/12 months = 12,50 kr → 13 kr (half away from zero)
    const l = line('x', 'doc', {
      basis: { kind: 'perDriver', driver: 'pupils' },
      amount: 5,
    });
    expect(lineEntries(index, aug2025, period, l)[0]!.entry.amount).toBe(kr(13));
  });

  it('prices a tiered line on the contract quantity and records the tier cost', () => {
    const l = line('x', 'doc', {
      basis: {
        kind: 'tiered',
        driver: 'pupils',
        mode: 'volume',
        bands: [
          { from: 1, to: 500, price: kr(10) },
          { from: 501, to: null, price: kr(6) },
        ],
      },
      amount: 0,
    });
    const entry = lineEntries(index, aug2025, period, l)[1]!.entry;
    expect(entry.basis).toMatchObject({
      quantity: 600,
      tierCost: kr(3600),
      unitAmount: kr(6),
    });
    expect(entry.amount).toBe(kr(3600));
  });
});

describe('contractEntries', () => {
  const index = buildModelIndex(
    smallModel({
      costLines: [],
      parameters: parameters({ costPerFte: kr(120_000) }),
    }),
  );
  it('puts procurement in the year before go-live and management in every year in service', () => {
    const k = contract('k', ['doc'], ['compulsory'], {
      goLive: '2026-07-01',
      procurementCost: kr(10_000),
      managementFte: 0.5,
    });
    expect(contractEntries(index, k).map((p) => [p.entry.item, p.entry.year, p.entry.amount])).toEqual([
      ['procurement', 2025, kr(10_000)],
      ['contractManagement', 2026, kr(30_000)],
      ['contractManagement', 2027, kr(60_000)],
    ]);
  });
  it('puts procurement in the base year when go-live is in the base year', () => {
    const k = contract('k', ['doc'], ['compulsory'], {
      goLive: '2025-03-01',
      procurementCost: kr(10_000),
    });
    expect(contractEntries(index, k).map((p) => p.entry.year)).toEqual([2025]);
  });
  it('charges no procurement for a contract live before the base year', () => {
    const k = contract('k', ['doc'], ['compulsory'], {
      goLive: '2023-03-01',
      procurementCost: kr(10_000),
    });
    expect(contractEntries(index, k)).toEqual([]);
  });
  it('charges a solution listed twice in one contract once', () => {
    const withLine = buildModelIndex(smallModel({ costLines: [line('x', 'doc')] }));
    expect(contractEntries(withLine, contract('k', ['doc', 'doc'], ['compulsory'])).length).toBe(3);
  });
});
