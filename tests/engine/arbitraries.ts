/**
 * fast-check generators of small but complete, valid models: payers in three
 * school forms, up to four solutions, every kind of cost line and allocation
 * key, old agreements, internal staff, and one alternative whose contracts
 * cover every used solution exactly once (one contract for all, or one per
 * school form). Valid by construction, so properties test the computation.
 */

import fc from 'fast-check';
import type {
  AllocationKey,
  Contract,
  CostLine,
  CostModel,
  CurrentAgreement,
  InternalResource,
  Payer,
  PricingBasis,
  SchoolForm,
  Usage,
} from '../../src/engine/model';

const FORMS: SchoolForm[] = ['preschool', 'compulsory', 'upperSecondary'];
const SOLUTIONS = ['s0', 's1', 's2', 's3'];
const BASE_YEAR = 2025;

const count = fc.integer({ min: 0, max: 5000 });
const share = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0.01, max: 1, noNaN: true }));

const payerArb = (id: string): fc.Arbitrary<Payer> =>
  fc
    .record({
      schoolForm: fc.constantFrom(...FORMS),
      pupils: count,
      staff: count,
      guardians: count,
      units: fc.integer({ min: 0, max: 50 }),
      extraUsers: fc.integer({ min: 0, max: 500 }),
      weight: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    })
    .map((r) => ({
      id,
      name: id,
      organisation: 'org',
      schoolForm: r.schoolForm,
      counts: {
        pupils: r.pupils,
        staff: r.staff,
        guardians: r.guardians,
        units: r.units,
        users: r.pupils + r.staff + r.extraUsers,
      },
      ...(r.weight === undefined ? {} : { weight: r.weight }),
    }));

const basisArb: fc.Arbitrary<PricingBasis> = fc.oneof(
  fc.constant<PricingBasis>({ kind: 'fixed' }),
  fc
    .constantFrom('pupils', 'staff', 'guardians', 'units', 'users')
    .map((driver): PricingBasis => ({ kind: 'perDriver', driver })),
  fc
    .record({
      driver: fc.constantFrom('pupils', 'users'),
      mode: fc.constantFrom('graduated', 'volume'),
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: 8000 }), { maxLength: 3 }),
      prices: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 4, maxLength: 4 }),
    })
    .map(({ driver, mode, cuts, prices }): PricingBasis => {
      const ends = [...cuts].sort((a, b) => a - b);
      const bands = [...ends, null].map((to, i) => ({ from: i === 0 ? 1 : ends[i - 1]! + 1, to, price: prices[i]! }));
      return { kind: 'tiered', driver, mode, bands };
    }),
);

const keyArb: fc.Arbitrary<AllocationKey> = fc.constantFrom<AllocationKey>(
  { kind: 'driver' },
  { kind: 'driver' },
  { kind: 'even' },
  { kind: 'weighted' },
  { kind: 'percent', keyId: 'pk' },
);

const lineArb = (id: string): fc.Arbitrary<CostLine> =>
  fc
    .record({
      solutionId: fc.constantFrom(...SOLUTIONS),
      item: fc.constantFrom('licence', 'implementation', 'operation', 'training'),
      recurrence: fc.constantFrom('oneOff', 'yearly'),
      basis: basisArb,
      amount: fc.integer({ min: 0, max: 100_000_00 }),
      firstYear: fc.option(fc.integer({ min: BASE_YEAR - 1, max: BASE_YEAR + 4 }), { nil: undefined }),
      span: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      indexed: fc.boolean(),
      allocation: keyArb,
    })
    .map((r) => ({
      id,
      solutionId: r.solutionId,
      item: r.item,
      recurrence: r.recurrence,
      basis: r.basis,
      amount: r.basis.kind === 'tiered' ? 0 : r.amount,
      ...(r.firstYear === undefined ? {} : { firstYear: r.firstYear }),
      ...(r.firstYear === undefined || r.span === undefined ? {} : { lastYear: r.firstYear + r.span }),
      indexed: r.indexed,
      allocation: r.allocation,
    }));

const contractTerms: fc.Arbitrary<ContractTerms> = fc.record({
  goLive: fc.tuple(fc.integer({ min: BASE_YEAR - 1, max: BASE_YEAR + 3 }), fc.integer({ min: 1, max: 12 })),
  // At least a year: a contract must cover something its successors can repeat (issue 14, coverage).
  lengthYears: fc.integer({ min: 1, max: 5 }),
  optionYears: fc.integer({ min: 0, max: 2 }),
  procurementCost: fc.integer({ min: 0, max: 1_000_000_00 }),
  managementFte: fc.constantFrom(0, 0.1, 0.5, 1),
});

function contractFrom(id: string, schoolForms: SchoolForm[], t: ContractTerms): Contract {
  const [year, month] = t.goLive;
  return {
    id,
    name: id,
    solutionIds: [...SOLUTIONS],
    schoolForms,
    procurementCost: t.procurementCost,
    managementFte: t.managementFte,
    goLive: `${year}-${String(month).padStart(2, '0')}-01`,
    lengthYears: t.lengthYears,
    optionYears: t.optionYears,
    // A successor is procured, so that every horizon year stays covered.
    successor: true,
  };
}
type ContractTerms = {
  goLive: [number, number];
  lengthYears: number;
  optionYears: number;
  procurementCost: number;
  managementFte: number;
};

const agreementArb = (id: string): fc.Arbitrary<CurrentAgreement> =>
  fc
    .record({
      solutionIds: fc.subarray(SOLUTIONS, { minLength: 1 }),
      annualCost: fc.integer({ min: 0, max: 5_000_000_00 }),
      expires: fc.tuple(fc.integer({ min: BASE_YEAR - 1, max: BASE_YEAR + 2 }), fc.integer({ min: 1, max: 12 })),
      monthlyRunOnCost: fc.integer({ min: 0, max: 500_000_00 }),
      indexed: fc.boolean(),
    })
    .map((r) => ({
      id,
      name: id,
      solutionIds: r.solutionIds,
      annualCost: r.annualCost,
      expires: `${r.expires[0]}-${String(r.expires[1]).padStart(2, '0')}-28`,
      monthlyRunOnCost: r.monthlyRunOnCost,
      indexed: r.indexed,
    }));

const resourceArb = (id: string): fc.Arbitrary<InternalResource> =>
  fc
    .record({
      fte: fc.constantFrom(0.5, 1, 2),
      costPerFte: fc.integer({ min: 0, max: 1_000_000_00 }),
      firstYear: fc.integer({ min: BASE_YEAR - 1, max: BASE_YEAR + 3 }),
      span: fc.integer({ min: 0, max: 3 }),
      mine: fc.boolean(),
    })
    .map((r) => ({
      id,
      role: 'roll',
      phase: 'implementation',
      fte: r.fte,
      costPerFte: r.costPerFte,
      firstYear: r.firstYear,
      lastYear: r.firstYear + r.span,
      ...(r.mine ? { alternativeId: 'alt' } : {}),
    }));

/** Percentages in whole percent summing to 100, over the payers. */
const percentArb = (payerIds: string[]): fc.Arbitrary<Record<string, number>> =>
  fc.array(fc.integer({ min: 0, max: 10 }), { minLength: payerIds.length, maxLength: payerIds.length }).map((parts) => {
    const raw = parts.map((p, i) => (i === 0 ? p + 1 : p));
    const total = raw.reduce((a, b) => a + b, 0);
    const percents = raw.map((p) => Math.floor((p * 100) / total));
    percents[0]! += 100 - percents.reduce((a, b) => a + b, 0);
    return Object.fromEntries(payerIds.map((id, i) => [id, percents[i]! / 100]));
  });

export const modelArb: fc.Arbitrary<CostModel> = fc
  .integer({ min: 1, max: 7 })
  .chain((payerCount) => {
    const payerIds = Array.from({ length: payerCount }, (_, i) => `p${(i * 7919) % 97}`); // ids not in creation order
    return fc.record({
      horizonYears: fc.integer({ min: 4, max: 7 }), // ≥ 4: every go-live falls inside
      defaultIndexRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.08, noNaN: true })),
      discountRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.06, noNaN: true })),
      payers: fc.tuple(...payerIds.map(payerArb)),
      shares: fc.array(fc.array(share, { minLength: SOLUTIONS.length, maxLength: SOLUTIONS.length }), {
        minLength: payerCount,
        maxLength: payerCount,
      }),
      lines: fc
        .integer({ min: 0, max: 6 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => lineArb(`l${i}`)))),
      percent: percentArb(payerIds),
      perForm: fc.boolean(),
      terms: fc.array(contractTerms, { minLength: FORMS.length, maxLength: FORMS.length }),
      agreements: fc
        .integer({ min: 0, max: 2 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => agreementArb(`o${i}`)))),
      resources: fc
        .integer({ min: 0, max: 2 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => resourceArb(`r${i}`)))),
      // The key of shared costs (undefined = the default) and the payer for costs without users.
      sharedCostKey: fc.constantFrom<AllocationKey | undefined>(
        undefined,
        { kind: 'even' },
        { kind: 'weighted' },
        { kind: 'percent', keyId: 'pk' },
      ),
      sharedCostPayer: fc.option(fc.constantFrom(...payerIds), { nil: undefined }),
    });
  })
  .map((r): CostModel => {
    const usage: Usage[] = [];
    r.payers.forEach((payer, i) =>
      SOLUTIONS.forEach((solutionId, j) => {
        const s = r.shares[i]![j]!;
        if (s > 0) usage.push({ payerId: payer.id, solutionId, share: s });
      }),
    );
    const contracts: Contract[] = r.perForm
      ? FORMS.map((form, i) => contractFrom(`k-${form}`, [form], r.terms[i]!))
      : [contractFrom('k-all', [...FORMS], r.terms[0]!)];
    return {
      parameters: {
        baseYear: BASE_YEAR,
        horizonYears: r.horizonYears,
        indexRates: {},
        defaultIndexRate: r.defaultIndexRate,
        discountRate: r.discountRate,
        costPerFte: 900_000_00,
        displayUnit: 'kr',
        ...(r.sharedCostKey === undefined ? {} : { sharedCostKey: r.sharedCostKey }),
        ...(r.sharedCostPayer === undefined ? {} : { sharedCostPayer: r.sharedCostPayer }),
      },
      payers: [...r.payers],
      solutions: SOLUTIONS.map((id) => ({ id, name: id })),
      usage,
      costLines: [...r.lines],
      percentKeys: [{ id: 'pk', shares: r.percent }],
      currentAgreements: [...r.agreements],
      alternatives: [{ id: 'alt', name: 'alt', contracts }],
      internalResources: [...r.resources],
    };
  });
