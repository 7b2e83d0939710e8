/**
 * The worked example of docs/model.md, number for number. If this test and the
 * document disagree, one of them is wrong: fix both together.
 */

import { describe, expect, it } from 'vitest';
import { eachAllocation } from '../../src/engine/allocationTable';
import { runEngine } from '../../src/engine/run';
import type { ScenarioResult } from '../../src/engine/model';
import { kr } from './fixtures';
import { workedExample } from './workedExampleModel';

function scenario(): ScenarioResult {
  const output = runEngine(workedExample);
  expect(output.problems).toEqual([]);
  return output.scenarios[0]!;
}

/** Entry amounts in kronor keyed by source and year, e.g. 'L2 2026'. */
function entryKr(result: ScenarioResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of result.entries) {
    const name =
      e.source.kind === 'costLine'
        ? e.source.costLineId
        : e.source.kind === 'runOn'
          ? `${e.source.agreementId} ${e.item === 'currentAgreement' ? 'avtal' : 'förlängning'}`
          : e.source.kind === 'internalResource'
            ? e.source.resourceId
            : e.source.kind;
    out[`${name} ${e.year}`] = e.amount / 100;
  }
  return out;
}

/** Allocated kronor keyed by 'source year payer'. */
function allocationKr(result: ScenarioResult): Record<string, number> {
  const names = entryKr(result);
  const keys = Object.keys(names);
  const out: Record<string, number> = {};
  for (const a of eachAllocation(result.allocations)) out[`${keys[a.entryIndex]} ${a.payerId}`] = a.amount / 100;
  return out;
}

describe('worked example (docs/model.md)', () => {
  it('step 1: index factors 1, 1.03, 1.0609', () => {
    const f = scenario().indexFactors;
    expect(f[0]).toBe(1);
    expect(f[1]).toBeCloseTo(1.03, 12);
    expect(f[2]).toBeCloseTo(1.0609, 12);
  });

  it('step 2: every entry, in kronor', () => {
    expect(entryKr(scenario())).toEqual({
      'procurement 2025': 30_000,
      'L1 2025': 15_000,
      'L1 2026': 30_900,
      'L1 2027': 31_827,
      'L2 2025': 14_950,
      'L2 2026': 30_797,
      'L2 2027': 31_721,
      'L3 2025': 100_000,
      'contractManagement 2025': 4_000,
      'contractManagement 2026': 8_240,
      'contractManagement 2027': 8_487,
      'O1 avtal 2025': 10_000,
      'O1 förlängning 2025': 15_000,
      'R1 2025': 350_000,
    });
  });

  it('step 3: every allocation, in kronor; B pays nothing for the timetable it does not use', () => {
    expect(allocationKr(scenario())).toEqual({
      'procurement 2025 A': 26_577,
      'procurement 2025 B': 3_423,
      'L1 2025 A': 15_000,
      'L1 2026 A': 30_900,
      'L1 2027 A': 31_827,
      'L2 2025 A': 11_888,
      'L2 2025 B': 3_062,
      'L2 2026 A': 24_489,
      'L2 2026 B': 6_308,
      'L2 2027 A': 25_224,
      'L2 2027 B': 6_497,
      'L3 2025 A': 79_518,
      'L3 2025 B': 20_482,
      'contractManagement 2025 A': 3_544,
      'contractManagement 2025 B': 456,
      'contractManagement 2026 A': 7_300,
      'contractManagement 2026 B': 940,
      'contractManagement 2027 A': 7_519,
      'contractManagement 2027 B': 968,
      'O1 avtal 2025 A': 10_000,
      'O1 förlängning 2025 A': 15_000,
      'R1 2025 A': 310_067,
      'R1 2025 B': 39_933,
    });
  });

  it('step 4: per payer and year, with per pupil and per user in öre', () => {
    expect(scenario().payerYears).toEqual([
      {
        payerId: 'A',
        year: 2025,
        amount: kr(471_594),
        perPupil: 78_599,
        perUser: 71_454,
      },
      {
        payerId: 'A',
        year: 2026,
        amount: kr(62_689),
        perPupil: 10_448,
        perUser: 9_498,
      },
      {
        payerId: 'A',
        year: 2027,
        amount: kr(64_570),
        perPupil: 10_762,
        perUser: 9_783,
      },
      {
        payerId: 'B',
        year: 2025,
        amount: kr(67_356),
        perPupil: 22_452,
        perUser: 19_811,
      },
      {
        payerId: 'B',
        year: 2026,
        amount: kr(7_248),
        perPupil: 2_416,
        perUser: 2_132,
      },
      {
        payerId: 'B',
        year: 2027,
        amount: kr(7_465),
        perPupil: 2_488,
        perUser: 2_196,
      },
    ]);
  });

  it('step 5: totals, NPV at 2.5 %, reconciliation', () => {
    const s = scenario();
    expect(s.totalByYear).toEqual([kr(538_950), kr(69_937), kr(72_035)]);
    expect(s.total).toBe(kr(680_922));
    expect(s.npv).toBe(kr(675_745));
    expect(s.payerTotals).toEqual([
      { payerId: 'A', total: kr(598_853), npv: kr(594_213) },
      { payerId: 'B', total: kr(82_069), npv: kr(81_533) },
    ]);
    expect(s.unallocatedByYear).toEqual([0, 0, 0]);
    expect(s.reconciliation.map((r) => r.allocated)).toEqual(s.totalByYear);
  });

  it('step 6: baseline and run-on', () => {
    expect(scenario().baseline).toEqual({
      // Re-procure as today: O1's 40 000 a year, plus a new contract from April 2025 with the
      // alternatives' average procurement (30 000, in 2025: the year before, not before the base year)
      // and contract management (0.1 FTE × 80 000 × index × months/12: 6 000, 8 240, 8 487).
      baselineByYear: [kr(76_000), kr(48_240), kr(48_487)],
      baselineTotal: kr(172_727),
      baselineNpv: kr(169_214),
      unchangedByYear: [kr(40_000), kr(40_000), kr(40_000)],
      unchangedTotal: kr(120_000),
      unchangedNpv: kr(117_097),
      reprocurement: { procurementCost: kr(30_000), managementFte: 0.1 },
      // Only the months past expiry (Apr–Jun) are run-on; Jan–Mar were within the agreement's term.
      runOnByYear: [kr(15_000), 0, 0],
      differenceTotal: kr(508_195),
      differenceNpv: kr(506_531),
    });
  });

  it('step 6: the NPV difference is the differences discounted and rounded once (at 3.5 %)', () => {
    const at35 = runEngine({ ...workedExample, parameters: { ...workedExample.parameters, discountRate: 0.035 } });
    const s = at35.scenarios[0]!;
    // 673 767.42 → 673 767 and 167 871.83 → 167 872: the rounded NPVs differ by 505 895,
    // the year differences 462 950, 21 697, 23 548 discounted give 505 895.59 → 505 896.
    expect(s.npv).toBe(kr(673_767));
    expect(s.baseline.baselineNpv).toBe(kr(167_872));
    expect(s.baseline.differenceNpv).toBe(kr(505_896));
  });
});
