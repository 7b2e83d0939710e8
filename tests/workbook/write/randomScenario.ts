/**
 * A fast-check arbitrary of consistent (model, engine output) pairs built on
 * smallModel(): random horizon, discount rate, display unit, payer counts
 * (zeros included, so "not applicable" appears), entries and uneven splits
 * with unallocated remainders.
 */
import fc from 'fast-check';
import type { CostEntry, CostModel, EngineOutput } from '../../../src/engine/model';
import { scenarioFrom, smallModel, type HandEntry } from './fixtures';

const SOURCES: { contractId?: string; solutionId?: string; item: CostEntry['item']; source: CostEntry['source'] }[] = [
  { contractId: 'c1', solutionId: 's1', item: 'licence', source: { kind: 'costLine', costLineId: 'l1' } },
  { contractId: 'c1', solutionId: 's2', item: 'implementation', source: { kind: 'costLine', costLineId: 'l2' } },
  { contractId: 'c1', item: 'procurement', source: { kind: 'procurement' } },
  { item: 'runOn', source: { kind: 'runOn', agreementId: 'a1' } },
];

const PAYERS = ['p1', 'p2', 'p3'];

export const modelAndOutput: fc.Arbitrary<{ model: CostModel; output: EngineOutput }> = fc
  .record({
    horizon: fc.integer({ min: 1, max: 6 }),
    discountRate: fc.double({ min: 0, max: 0.08, noNaN: true }),
    unit: fc.constantFrom('kr', 'tkr', 'mnkr' as const),
    counts: fc.array(
      fc.record({ pupils: fc.integer({ min: 0, max: 200_000 }), users: fc.integer({ min: 0, max: 200_000 }) }),
      {
        minLength: 3,
        maxLength: 3,
      },
    ),
    entries: fc.array(
      fc.record({
        source: fc.integer({ min: 0, max: SOURCES.length - 1 }),
        yearOffset: fc.integer({ min: 0, max: 5 }),
        amountKr: fc.integer({ min: 0, max: 50_000_000 }),
        // Fraction of the amount each payer gets; what is left is unallocated.
        weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
        unallocated: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    baseline: fc.array(fc.integer({ min: 0, max: 20_000_000 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ horizon, discountRate, unit, counts, entries, baseline }) => {
    const model = smallModel();
    model.parameters.horizonYears = horizon;
    model.parameters.discountRate = discountRate;
    model.parameters.displayUnit = unit;
    model.payers.forEach((payer, i) => {
      payer.counts.pupils = counts[i]?.pupils ?? 0;
      payer.counts.users = counts[i]?.users ?? 0;
    });
    const hand: HandEntry[] = entries
      .filter((e) => e.yearOffset < horizon)
      .map((e) => {
        const s = SOURCES[e.source]!;
        const amount = e.amountKr * 100;
        const weightSum = e.weights.reduce((a, b) => a + b, 0);
        const split: Record<string, number> = {};
        let given = 0;
        PAYERS.forEach((id, i) => {
          if (weightSum === 0) return;
          const share = Math.floor((e.amountKr * (e.weights[i] ?? 0)) / weightSum) * 100;
          split[id] = share;
          given += share;
        });
        // Give the rounding remainder to the first payer unless this entry keeps it unallocated.
        if (!e.unallocated && weightSum > 0) split.p1 = (split.p1 ?? 0) + amount - given;
        const entry: HandEntry['entry'] = { year: 2024 + e.yearOffset, item: s.item, source: s.source, amount };
        if (s.contractId !== undefined) entry.contractId = s.contractId;
        if (s.solutionId !== undefined) entry.solutionId = s.solutionId;
        return { entry, split };
      });
    const scenario = scenarioFrom(
      model,
      'alt1',
      hand,
      baseline.slice(0, horizon).map((kr) => kr * 100),
    );
    return { model, output: { problems: [], scenarios: [scenario] } };
  });
