/**
 * Test fixtures for the writer: a small cost model and scenario results
 * assembled from hand-written entries and allocations with the engine's
 * aggregation rules (per-unit figures rounded to öre, NPV rounded once to
 * whole kronor, base year undiscounted), so every figure is consistent the
 * way the engine's are. The writer is tested without depending on the
 * engine, which is built in parallel.
 */
import { allocationTableFrom } from '../../../src/engine/allocationTable';
import { oreOf, roundHalfAwayFromZero } from '../../../src/engine/money';
import type { AllocationEntry, CostEntry, CostModel, EngineOutput, ScenarioResult } from '../../../src/engine/model';

const ore = oreOf;
const roundHalfAway = roundHalfAwayFromZero;

export function smallModel(): CostModel {
  return {
    parameters: {
      baseYear: 2024,
      horizonYears: 3,
      indexRates: { 2025: 0.04 },
      defaultIndexRate: 0.03,
      discountRate: 0.025,
      costPerFte: ore(800_000),
      displayUnit: 'tkr',
    },
    payers: [
      {
        id: 'p1',
        name: 'Utbildningsförvaltningen – grundskola',
        organisation: 'Utbildningsförvaltningen',
        schoolForm: 'compulsory',
        counts: { pupils: 66_000, staff: 9_000, guardians: 110_000, units: 140, users: 75_000 },
        source: { sheet: 'Resurser', cell: 'A5' },
      },
      {
        id: 'p2',
        name: '=HYPERLINK("http://x")',
        organisation: '+1',
        schoolForm: 'sfi',
        counts: { pupils: 0, staff: 300, guardians: 0, units: 4, users: 300 },
        source: { sheet: 'Resurser', cell: 'A6' },
      },
      {
        id: 'p3',
        name: '@SUM(A1)',
        organisation: 'Stadsdelsförvaltningarna',
        schoolForm: 'preschool',
        counts: { pupils: 30_000, staff: 0, guardians: 50_000, units: 600, users: 0 },
      },
    ],
    solutions: [
      { id: 's1', name: 'Schema' },
      { id: 's2', name: 'Frånvaro' },
    ],
    usage: [
      { payerId: 'p1', solutionId: 's1', share: 1 },
      { payerId: 'p1', solutionId: 's2', share: 1 },
      { payerId: 'p2', solutionId: 's1', share: 0.5 },
      { payerId: 'p3', solutionId: 's2', share: 1 },
    ],
    costLines: [
      {
        id: 'l1',
        solutionId: 's1',
        item: 'licence',
        recurrence: 'yearly',
        basis: { kind: 'perDriver', driver: 'pupils' },
        amount: ore(95.1),
        indexed: true,
        allocation: { kind: 'driver' },
        source: { sheet: 'Kostnader', cell: 'D7' },
      },
      {
        id: 'l2',
        solutionId: 's2',
        item: 'implementation',
        recurrence: 'oneOff',
        basis: { kind: 'fixed' },
        amount: ore(500_000),
        indexed: false,
        allocation: { kind: 'even' },
        description: 'Införande',
      },
    ],
    percentKeys: [],
    currentAgreements: [
      {
        id: 'a1',
        name: 'Skola24',
        solutionIds: ['s1', 's2'],
        annualCost: ore(9_300_000),
        expires: '2024-06-30',
        monthlyRunOnCost: ore(900_000),
        indexed: true,
      },
    ],
    alternatives: [
      {
        id: 'alt1',
        name: 'Ett kontrakt',
        contracts: [
          {
            id: 'c1',
            name: 'Allt i ett',
            solutionIds: ['s1', 's2'],
            schoolForms: ['compulsory', 'sfi', 'preschool'],
            procurementCost: ore(1_200_000),
            managementFte: 1,
            goLive: '2024-08-01',
            lengthYears: 4,
            optionYears: 2,
          },
        ],
      },
      {
        id: 'alt2',
        name: "It's two: [a/b]",
        contracts: [
          {
            id: 'c2',
            name: 'Schema',
            solutionIds: ['s1'],
            schoolForms: ['compulsory', 'sfi'],
            procurementCost: ore(800_000),
            managementFte: 0.5,
            goLive: '2025-01-01',
            lengthYears: 4,
            optionYears: 0,
          },
          {
            id: 'c3',
            name: 'Frånvaro',
            solutionIds: ['s2'],
            schoolForms: ['compulsory', 'preschool'],
            procurementCost: ore(800_000),
            managementFte: 0.5,
            goLive: '2025-01-01',
            lengthYears: 4,
            optionYears: 0,
          },
        ],
      },
    ],
    internalResources: [],
  };
}

/** An entry with its split among payers (öre); what is not split stays unallocated. */
export interface HandEntry {
  entry: Omit<CostEntry, 'basis'>;
  split: Record<string, number>;
}

const basis = { unitAmount: 0, quantity: 1, indexFactor: 1, yearFraction: 1 };

export function indexFactors(model: CostModel, years: number[]): number[] {
  const p = model.parameters;
  let factor = 1;
  return years.map((year, i) => {
    if (i > 0) factor *= 1 + (p.indexRates[year] ?? p.defaultIndexRate);
    return factor;
  });
}

function npvOf(amounts: number[], years: number[], baseYear: number, rate: number): number {
  const sum = amounts.reduce((s, a, i) => s + a / Math.pow(1 + rate, (years[i] as number) - baseYear), 0);
  return roundHalfAway(sum / 100) * 100;
}

/** A consistent ScenarioResult from hand entries, as the engine would aggregate them. */
export function scenarioFrom(
  model: CostModel,
  alternativeId: string,
  hand: HandEntry[],
  baselineByYear: number[],
): ScenarioResult {
  const p = model.parameters;
  const years = Array.from({ length: p.horizonYears }, (_, i) => p.baseYear + i);
  const alternative = model.alternatives.find((a) => a.id === alternativeId);
  if (alternative === undefined) throw new Error(`no alternative ${alternativeId}`);
  const entries: CostEntry[] = hand.map((h) => ({ ...h.entry, basis }));
  const allocations: AllocationEntry[] = hand.flatMap((h, entryIndex) =>
    Object.entries(h.split).map(([payerId, amount]) => ({ entryIndex, payerId, amount })),
  );
  const byYear = (pick: (e: CostEntry) => boolean): number[] =>
    years.map((y) => entries.filter((e) => e.year === y && pick(e)).reduce((s, e) => s + e.amount, 0));
  const totalByYear = byYear(() => true);
  const payerAmount = (payerId: string, year: number): number =>
    allocations
      .filter((a) => a.payerId === payerId && entries[a.entryIndex]?.year === year)
      .reduce((s, a) => s + a.amount, 0);
  const payerYears = model.payers.flatMap((payer) =>
    years.map((year) => {
      const amount = payerAmount(payer.id, year);
      return {
        payerId: payer.id,
        year,
        amount,
        perPupil: payer.counts.pupils > 0 ? roundHalfAway(amount / payer.counts.pupils) : null,
        perUser: payer.counts.users > 0 ? roundHalfAway(amount / payer.counts.users) : null,
      };
    }),
  );
  const allocatedByYear = years.map((y) =>
    payerYears.filter((py) => py.year === y).reduce((s, py) => s + py.amount, 0),
  );
  const unallocatedByYear = totalByYear.map((t, i) => t - (allocatedByYear[i] as number));
  const total = totalByYear.reduce((s, a) => s + a, 0);
  const npv = npvOf(totalByYear, years, p.baseYear, p.discountRate);
  const baselineTotal = baselineByYear.reduce((s, a) => s + a, 0);
  const baselineNpv = npvOf(baselineByYear, years, p.baseYear, p.discountRate);
  return {
    alternativeId,
    name: alternative.name,
    contractCount: alternative.contracts.length,
    years,
    indexFactors: indexFactors(model, years),
    entries,
    allocations: allocationTableFrom(allocations),
    payerYears,
    payerTotals: model.payers.map((payer) => {
      const amounts = years.map((y) => payerAmount(payer.id, y));
      return {
        payerId: payer.id,
        total: amounts.reduce((s, a) => s + a, 0),
        npv: npvOf(amounts, years, p.baseYear, p.discountRate),
      };
    }),
    totalByYear,
    total,
    npv,
    unallocatedByYear,
    reconciliation: years.map((year, i) => ({
      year,
      total: totalByYear[i] as number,
      allocated: allocatedByYear[i] as number,
      unallocated: unallocatedByYear[i] as number,
    })),
    baseline: {
      baselineByYear,
      baselineTotal,
      baselineNpv,
      // Hand-made: the baseline given is taken as both the baseline and the unchanged reference.
      unchangedByYear: baselineByYear,
      unchangedTotal: baselineTotal,
      unchangedNpv: baselineNpv,
      reprocurement: { procurementCost: 0, managementFte: 0 },
      runOnByYear: byYear((e) => e.item === 'runOn'),
      differenceTotal: total - baselineTotal,
      differenceNpv: npvOf(
        totalByYear.map((t, i) => t - (baselineByYear[i] as number)),
        years,
        p.baseYear,
        p.discountRate,
      ),
    },
    // Hand-made entries: no run-on per school form is modelled here, and no delay.
    transitions: [],
    delay: { months: 3, total: 0, npv: 0, runOn: 0 },
    optionsOtherWay: null,
  };
}

const line = (
  year: number,
  contractId: string | undefined,
  solutionId: string | undefined,
  item: CostEntry['item'],
  source: CostEntry['source'],
  amountKr: number,
): Omit<CostEntry, 'basis'> => {
  const e: Omit<CostEntry, 'basis'> = { year, item, source, amount: ore(amountKr) };
  if (contractId !== undefined) e.contractId = contractId;
  if (solutionId !== undefined) e.solutionId = solutionId;
  return e;
};

/** Engine-like output for smallModel(): two scenarios with uneven splits and an unallocated remainder. */
export function smallOutput(model: CostModel = smallModel()): EngineOutput {
  const licence = { kind: 'costLine', costLineId: 'l1' } as const;
  const impl = { kind: 'costLine', costLineId: 'l2' } as const;
  const runOn = { kind: 'runOn', agreementId: 'a1' } as const;
  const baseline = [ore(9_300_000), ore(9_672_000), ore(9_962_160)];
  const alt1 = scenarioFrom(
    model,
    'alt1',
    [
      {
        entry: line(2024, undefined, undefined, 'runOn', runOn, 6_375_000),
        split: { p1: ore(6_300_000), p2: ore(40_000), p3: ore(35_000) },
      },
      {
        entry: line(2024, 'c1', undefined, 'procurement', { kind: 'procurement' }, 1_200_000),
        split: { p1: ore(1_187_335), p2: ore(12_665) },
      },
      { entry: line(2024, 'c1', 's1', 'licence', licence, 2_618_917), split: { p1: ore(2_618_917) } },
      { entry: line(2025, 'c1', 's1', 'licence', licence, 6_528_163), split: { p1: ore(6_527_000), p2: ore(1_163) } },
      { entry: line(2026, 'c1', 's1', 'licence', licence, 6_724_008), split: { p1: ore(6_722_000), p2: ore(2_008) } },
      { entry: line(2024, 'c1', 's2', 'implementation', impl, 500_000), split: { p1: ore(250_000), p3: ore(250_000) } },
      {
        entry: line(2025, 'c1', undefined, 'contractManagement', { kind: 'contractManagement' }, 832_001),
        split: { p1: ore(832_000) },
      },
    ],
    baseline,
  );
  const alt2 = scenarioFrom(
    model,
    'alt2',
    [
      {
        entry: line(2024, undefined, undefined, 'runOn', runOn, 12_375_000),
        split: { p1: ore(12_000_000), p3: ore(375_000) },
      },
      {
        entry: line(2024, 'c2', undefined, 'procurement', { kind: 'procurement' }, 800_000),
        split: { p1: ore(800_000) },
      },
      {
        entry: line(2024, 'c3', undefined, 'procurement', { kind: 'procurement' }, 800_000),
        split: { p1: ore(500_000), p3: ore(300_000) },
      },
      { entry: line(2025, 'c2', 's1', 'licence', licence, 6_500_001), split: { p1: ore(6_500_001) } },
      { entry: line(2026, 'c2', 's1', 'licence', licence, 6_695_001), split: { p1: ore(6_695_000), p2: ore(1) } },
      { entry: line(2025, 'c3', 's2', 'implementation', impl, 500_000), split: { p1: ore(333_333), p3: ore(166_667) } },
    ],
    baseline,
  );
  return { problems: [], scenarios: [alt1, alt2] };
}

export const OPTIONS = {
  language: 'sv' as const,
  generatedAt: '2026-11-28T18:00:00.000Z',
  version: '0.1.0',
  existingSheets: [],
};
