/**
 * Transitions per school form (docs/model.md, "Old agreements in a
 * scenario"): each school form leaves an old agreement when its own new
 * contracts go live, and only its payers pay its run-on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from '../../src/engine/allocate';
import { eachAllocation } from '../../src/engine/allocationTable';
import { anySolutionBase, usersWeights } from '../../src/engine/base';
import { monthOf, monthsInYear } from '../../src/engine/calendar';
import { entryAmount } from '../../src/engine/lineAmount';
import type { CostModel, SchoolForm, ScenarioResult } from '../../src/engine/model';
import { buildModelIndex } from '../../src/engine/modelIndex';
import { runOnEnd, runOnParts } from '../../src/engine/oldAgreements';
import { runEngine } from '../../src/engine/run';
import { modelArb } from './arbitraries';
import { kr } from './fixtures';
import { workedExample } from './workedExampleModel';

/**
 * The worked example of docs/model.md with one old agreement O2 for the
 * documentation D (used by A, compulsory, 660 users × 100 %, and B, preschool,
 * 340 users × 50 %): 120 000 kr a year, expiring 31 March 2025, 12 000 kr a
 * month past expiry, not indexed. D goes live for compulsory in July 2025 (C1)
 * and for preschool in October 2025 (C2).
 */
export const transitionExample: CostModel = {
  ...workedExample,
  currentAgreements: [
    {
      id: 'O2',
      name: 'Dokumentation idag',
      solutionIds: ['D'],
      annualCost: kr(120_000),
      expires: '2025-03-31',
      monthlyRunOnCost: kr(12_000),
      indexed: false,
    },
  ],
  alternatives: [
    {
      id: 'alt',
      name: 'Två kontrakt',
      contracts: [
        { ...workedExample.alternatives[0]!.contracts[0]!, id: 'C1', schoolForms: ['compulsory'] },
        {
          ...workedExample.alternatives[0]!.contracts[0]!,
          id: 'C2',
          solutionIds: ['D'],
          schoolForms: ['preschool'],
          goLive: '2025-10-01',
        },
      ],
    },
  ],
  internalResources: [],
};

/** Run-on (past expiry) per school form, kronor, from the allocations. */
function runOnBySchoolForm(model: CostModel, s: ScenarioResult): Map<SchoolForm, number> {
  const formOf = new Map(model.payers.map((p) => [p.id, p.schoolForm]));
  const out = new Map<SchoolForm, number>();
  for (const a of eachAllocation(s.allocations)) {
    if (s.entries[a.entryIndex]!.item !== 'runOn') continue;
    const form = formOf.get(a.payerId)!;
    out.set(form, (out.get(form) ?? 0) + a.amount / 100);
  }
  return out;
}

/**
 * The rule before issue 14, as a reference: one run-on per agreement until
 * the LATEST go-live among the contracts covering any of its solutions,
 * shared among all its users by users × share; kronor per school form.
 */
function oldRuleRunOn(model: CostModel): {
  bySchoolForm: Map<SchoolForm, number>;
  payersPerForm: Map<SchoolForm, number>;
} {
  const index = buildModelIndex(model);
  const alternative = model.alternatives[0]!;
  const bySchoolForm = new Map<SchoolForm, number>();
  const payersPerForm = new Map<SchoolForm, number>();
  for (const agreement of model.currentAgreements) {
    const expiry = monthOf(agreement.expires)!;
    const stop = runOnEnd(index, agreement, alternative);
    const weights = usersWeights(index, anySolutionBase(index, agreement.solutionIds));
    const ids = Array.from(weights.positions, (p) => index.payers[p]!.id);
    index.years.forEach((year, i) => {
      const months = monthsInYear(expiry + 1, stop, year);
      if (months <= 0) return;
      const factor = agreement.indexed ? index.factors[i]! : 1;
      const amount = entryAmount({
        unitAmount: agreement.monthlyRunOnCost,
        quantity: months,
        indexFactor: factor,
        yearFraction: 1,
      });
      const shares = allocateLargestRemainder(
        amount / 100,
        ids.map((id, k) => ({ id, weight: weights.weights[k]! })),
      );
      for (const [id, share] of shares) {
        const form = model.payers.find((p) => p.id === id)!.schoolForm;
        bySchoolForm.set(form, (bySchoolForm.get(form) ?? 0) + share);
        payersPerForm.set(form, (payersPerForm.get(form) ?? 0) + 1);
      }
    });
  }
  return { bySchoolForm, payersPerForm };
}

describe('run-on per school form: worked example (docs/model.md)', () => {
  const s = runEngine(transitionExample).scenarios[0]!;
  const runOn = (form: SchoolForm): { year: number; amount: number; months: number }[] =>
    s.entries
      .filter((e) => e.item === 'runOn' && e.source.kind === 'runOn' && e.source.schoolForm === form)
      .map((e) => ({ year: e.year, amount: e.amount / 100, months: e.basis.quantity }));

  it('splits the monthly cost by users × share: compulsory 660 / 830, preschool 170 / 830', () => {
    const parts = runOnParts(
      buildModelIndex(transitionExample),
      transitionExample.currentAgreements[0]!,
      transitionExample.alternatives[0]!,
    );
    expect(parts.map((p) => [p.schoolForm, p.costShare])).toEqual([
      ['preschool', 170 / 830],
      ['compulsory', 660 / 830],
    ]);
  });

  it('compulsory runs on April–June (3 months) until C1, preschool April–September (6 months) until C2', () => {
    // 12 000 × 3 × 660/830 = 28 626.51 → 28 627; 12 000 × 6 × 170/830 = 14 746.99 → 14 747
    expect(runOn('compulsory')).toEqual([{ year: 2025, amount: 28_627, months: 3 }]);
    expect(runOn('preschool')).toEqual([{ year: 2025, amount: 14_747, months: 6 }]);
    expect(s.baseline.runOnByYear).toEqual([kr(43_374), 0, 0]);
  });

  it("charges each school form's run-on only to its own payers", () => {
    expect(runOnBySchoolForm(transitionExample, s)).toEqual(
      new Map([
        ['compulsory', 28_627],
        ['preschool', 14_747],
      ]),
    );
  });

  it('costs compulsory 28 626 kr less than the old rule (everyone until October), preschool the same', () => {
    // Old rule: 12 000 × 6 = 72 000 shared 660 : 170 → A 57 253, B 14 747.
    expect(oldRuleRunOn(transitionExample).bySchoolForm).toEqual(
      new Map([
        ['compulsory', 57_253],
        ['preschool', 14_747],
      ]),
    );
  });

  it('lists the run-on per school form, and what it would be with every go-live three months later', () => {
    expect(s.transitions).toEqual([
      { agreementId: 'O2', schoolForm: 'preschool', months: 6, amount: kr(14_747), amountIfDelayed: kr(22_120) },
      { agreementId: 'O2', schoolForm: 'compulsory', months: 3, amount: kr(28_627), amountIfDelayed: kr(57_253) },
    ]);
    // 57 253 + 22 120 − (28 627 + 14 747) = 35 999 kr more run-on when every go-live slips three months.
    expect(s.delay.months).toBe(3);
    expect(s.delay.runOn).toBe(kr(35_999));
  });

  it('computes the delay cost as the whole scenario with moved go-lives minus the scenario', () => {
    const moved: CostModel = {
      ...transitionExample,
      alternatives: [
        {
          ...transitionExample.alternatives[0]!,
          contracts: transitionExample.alternatives[0]!.contracts.map((c) => ({
            ...c,
            goLive: c.goLive === '2025-07-01' ? '2025-10-01' : '2026-01-01',
          })),
        },
      ],
    };
    const later = runEngine(moved).scenarios[0]!;
    expect(s.delay.total).toBe(later.total - s.total);
    expect(s.delay.total).not.toBe(s.delay.runOn); // contract costs moved too
  });

  it("keeps the months within the agreement's term (January–March) for every user", () => {
    const term = s.entries.filter((e) => e.item === 'currentAgreement').map((e) => [e.year, e.amount / 100]);
    expect(term).toEqual([[2025, 30_000]]);
  });
});

describe('run-on per school form (properties)', () => {
  it("never exceeds the old rule's run-on of that school form beyond rounding (1 kr per payer and year, plus 1)", () => {
    let earlier = 0; // runs where a school form left earlier and paid less than under the old rule
    fc.assert(
      fc.property(modelArb, (model) => {
        const s = runEngine(model).scenarios[0]!;
        const now = runOnBySchoolForm(model, s);
        const old = oldRuleRunOn(model);
        if ([...old.bySchoolForm].some(([form, amount]) => (now.get(form) ?? 0) < amount - 1_000)) earlier++;
        for (const [form, amount] of now) {
          // Rounding: the new part rounds once (≤ 0.5 kr); the old share lost < 1 kr per payer to largest remainder.
          const allowance = (old.payersPerForm.get(form) ?? 0) + model.currentAgreements.length * s.years.length;
          expect(amount).toBeLessThanOrEqual((old.bySchoolForm.get(form) ?? 0) + allowance);
        }
      }),
      { numRuns: 300 },
    );
    // Not vacuous: school forms with their own, earlier go-live occur in the generated models.
    expect(earlier).toBeGreaterThan(10);
  });

  it('never runs on longer than the old rule, and not at all for a school form whose contracts went live at expiry', () => {
    let oldWouldCharge = 0; // runs where the old rule charged that school form run-on
    fc.assert(
      fc.property(modelArb, fc.nat(), (model, pick) => {
        const index = buildModelIndex(model);
        const alternative = model.alternatives[0]!;
        for (const agreement of model.currentAgreements) {
          for (const part of runOnParts(index, agreement, alternative)) {
            expect(part.stop).toBeLessThanOrEqual(runOnEnd(index, agreement, alternative));
          }
        }
        // Every contract of one school form goes live the month after the agreement's expiry.
        const agreement = model.currentAgreements[pick % Math.max(1, model.currentAgreements.length)];
        const form = model.payers[pick % model.payers.length]!.schoolForm;
        fc.pre(agreement !== undefined);
        const expiry = agreement.expires.slice(0, 7);
        const [y, m] = expiry.split('-').map(Number) as [number, number];
        const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
        const atExpiry: CostModel = {
          ...model,
          currentAgreements: [agreement],
          alternatives: [
            {
              ...alternative,
              contracts: alternative.contracts.map((c) => (c.schoolForms.includes(form) ? { ...c, goLive: next } : c)),
            },
          ],
        };
        const s = runEngine(atExpiry).scenarios[0];
        fc.pre(s !== undefined); // a moved go-live may leave the horizon
        expect(runOnBySchoolForm(atExpiry, s).get(form) ?? 0).toBe(0);
        if ((oldRuleRunOn(atExpiry).bySchoolForm.get(form) ?? 0) > 0) oldWouldCharge++;
        const entries = s.entries.filter(
          (e) => e.item === 'runOn' && e.source.kind === 'runOn' && e.source.schoolForm === form,
        );
        expect(entries).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(oldWouldCharge).toBeGreaterThan(10);
  });

  it('allocates every run-on entry to payers of its own school form only, all of it', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const s = runEngine(model).scenarios[0]!;
        const formOf = new Map(model.payers.map((p) => [p.id, p.schoolForm]));
        const allocated = new Array<number>(s.entries.length).fill(0);
        for (const a of eachAllocation(s.allocations)) {
          const e = s.entries[a.entryIndex]!;
          allocated[a.entryIndex]! += a.amount;
          if (e.item === 'runOn' && e.source.kind === 'runOn' && e.source.schoolForm !== undefined) {
            expect(formOf.get(a.payerId)).toBe(e.source.schoolForm);
          }
        }
        s.entries.forEach((e, i) => {
          if (e.item === 'runOn' && e.source.kind === 'runOn' && e.source.schoolForm !== undefined)
            expect(allocated[i]).toBe(e.amount);
        });
      }),
      { numRuns: 300 },
    );
  });
});
