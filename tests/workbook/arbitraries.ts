/**
 * fast-check arbitraries of valid CostModels in the reader's canonical form,
 * so that readModel(planToGrid(inputSheetsPlan(m))) must give m back (minus
 * `source`). Canonical means (docs/workbook-format.md, "Normalisation"):
 * - names are trimmed, non-empty, unique ignoring case/diacritics/spacing,
 *   free of ; and , (list separators) and of the words the format reserves;
 * - usage has no zero shares and is ordered by payer, then by solution;
 * - every alternative has at least one contract;
 * - ids equal names (cost lines and internal staff: any unique text).
 * Others may reuse `costModelArbitrary` for their own round trips.
 */
import fc from 'fast-check';
import {
  COST_ITEMS,
  DRIVERS,
  PHASES,
  SCHOOL_FORMS,
  type AllocationKey,
  type CostLine,
  type CostModel,
  type InternalResource,
  type Payer,
  type PricingBasis,
  type TierBand,
} from '../../src/engine/model';
import { ALLOCATION_CHOICES, ALL_WORDS, BLOCKS, normaliseKey } from '../../src/workbook/schema';

/** Words a name must not be: "alla" in a list means all; allocation words; headers of the usage matrix. */
const RESERVED = new Set(
  [
    ...ALL_WORDS,
    ...ALLOCATION_CHOICES.options.flatMap((o) => [o.sv, o.en, ...o.aliases]),
    ...BLOCKS.usage.columns.flatMap((c) => [c.sv, c.en, ...c.aliases]),
  ].map(normaliseKey),
);

/** A name as people write them: letters (å, ä, ö too), digits, spaces, some punctuation, formula-looking text. */
export const nameArbitrary = fc
  .tuple(
    fc.constantFrom(
      'Schema',
      'Frånvaro',
      'Elevdokumentation',
      'Grundskola (UF)',
      'Förskola',
      '=HYPERLINK("x")',
      '+1',
      '@SUM(A1)',
      'Åtgärd',
      '2024',
      'Komvux – AMF',
    ),
    fc.stringMatching(/^[A-Za-z0-9ÅÄÖåäö()\-:/ ]{0,12}$/),
  )
  .map(([base, tail]) => `${base} ${tail}`.trim().replace(/\s+/g, ' '))
  .filter((name) => name !== '' && !RESERVED.has(normaliseKey(name)));

const uniqueNames = (min: number, max: number) =>
  fc.uniqueArray(nameArbitrary, { minLength: min, maxLength: max, selector: normaliseKey });

/** Öre amounts, whole kronor or with öre, up to 10 million kr. */
const ore = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((kr) => kr * 100),
  fc.integer({ min: 0, max: 1_000_000_000 }),
);
const year = fc.integer({ min: 2015, max: 2040 });
const fraction = fc.integer({ min: 1, max: 999 }).map((n) => n / 1000);
const rate = fc.integer({ min: -50, max: 150 }).map((n) => n / 1000);
const isoDate = fc
  .date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const count = fc.integer({ min: 0, max: 200_000 });

function bandsArbitrary(): fc.Arbitrary<TierBand[]> {
  return fc.array(fc.tuple(fc.integer({ min: 1, max: 50_000 }), ore), { minLength: 1, maxLength: 4 }).map((parts) => {
    let from = 1;
    return parts.map(([size, price], i) => {
      const last = i === parts.length - 1;
      const band: TierBand = { from, to: last ? null : from + size - 1, price };
      from += size;
      return band;
    });
  });
}

const basisArbitrary: fc.Arbitrary<PricingBasis> = fc.oneof(
  fc.constant<PricingBasis>({ kind: 'fixed' }),
  fc.constantFrom(...DRIVERS).map((driver): PricingBasis => ({ kind: 'perDriver', driver })),
  fc
    .tuple(fc.constantFrom(...DRIVERS), fc.constantFrom('graduated' as const, 'volume' as const), bandsArbitrary())
    .map(([driver, mode, bands]): PricingBasis => ({ kind: 'tiered', driver, mode, bands })),
);

function subset<T>(items: readonly T[], min = 1): fc.Arbitrary<T[]> {
  return fc.subarray([...items], { minLength: Math.min(min, items.length) });
}

export const costModelArbitrary: fc.Arbitrary<CostModel> = fc
  .record({
    solutionNames: uniqueNames(1, 4),
    payerNames: uniqueNames(1, 5),
    keyNames: uniqueNames(0, 2),
    alternativeNames: uniqueNames(1, 3),
    agreementNames: uniqueNames(0, 3),
    seed: fc.integer(),
  })
  .chain(({ solutionNames, payerNames, keyNames, alternativeNames, agreementNames }) =>
    fc.record({
      parameters: fc.record({
        baseYear: year,
        horizonYears: fc.integer({ min: 1, max: 20 }),
        indexRates: fc
          .dictionary(year.map(String), rate, { maxKeys: 4 })
          .map((d) => Object.fromEntries(Object.entries(d).map(([k, v]) => [Number(k), v]))),
        defaultIndexRate: rate,
        discountRate: rate,
        costPerFte: ore,
        displayUnit: fc.constantFrom('kr' as const, 'tkr' as const, 'mnkr' as const),
      }),
      payers: fc.tuple(
        ...payerNames.map((name) =>
          fc
            .record({
              organisation: nameArbitrary,
              schoolForm: fc.constantFrom(...SCHOOL_FORMS),
              counts: fc.record({ pupils: count, staff: count, guardians: count, units: count, users: count }),
              weight: fc.option(
                fc.integer({ min: 1, max: 400 }).map((n) => n / 4),
                { nil: undefined },
              ),
              provenance: fc.option(nameArbitrary, { nil: undefined }),
            })
            .map((p) => {
              const payer: Payer = {
                id: name,
                name,
                organisation: p.organisation,
                schoolForm: p.schoolForm,
                counts: p.counts,
              };
              if (p.weight !== undefined) payer.weight = p.weight;
              if (p.provenance !== undefined) payer.provenance = p.provenance;
              return payer;
            }),
        ),
      ),
      solutions: fc.constant(solutionNames.map((name) => ({ id: name, name }))),
      usage: fc
        .tuple(
          ...payerNames.flatMap((payerId) =>
            solutionNames.map((solutionId) =>
              fc
                .option(fc.oneof(fc.constant(1), fraction), { nil: undefined })
                .map((share) => (share === undefined ? undefined : { payerId, solutionId, share })),
            ),
          ),
        )
        .map((entries) => entries.filter((e) => e !== undefined)),
      percentKeys: fc.tuple(
        ...keyNames.map((id) =>
          subset(payerNames)
            .chain((payers) => fc.tuple(...payers.map((p) => fraction.map((f) => [p, f] as const))))
            .map((pairs) => ({ id, shares: Object.fromEntries(pairs) })),
        ),
      ),
      costLines: fc
        .uniqueArray(
          fc.record({
            id: nameArbitrary,
            solutionId: fc.constantFrom(...solutionNames),
            item: fc.constantFrom(...COST_ITEMS),
            recurrence: fc.constantFrom('oneOff' as const, 'yearly' as const),
            basis: basisArbitrary,
            amount: ore,
            range: fc.option(fc.tuple(ore, ore), { nil: undefined }),
            firstYear: fc.option(year, { nil: undefined }),
            lastYear: fc.option(year, { nil: undefined }),
            indexed: fc.boolean(),
            allocation: fc.oneof(
              fc.constantFrom<AllocationKey>({ kind: 'driver' }, { kind: 'even' }, { kind: 'weighted' }),
              ...(keyNames.length > 0
                ? [fc.constantFrom(...keyNames).map((keyId): AllocationKey => ({ kind: 'percent', keyId }))]
                : []),
            ),
            description: fc.option(nameArbitrary, { nil: undefined }),
            provenance: fc.option(nameArbitrary, { nil: undefined }),
          }),
          { minLength: 1, maxLength: 5, selector: (l) => normaliseKey(l.id) },
        )
        .map((lines) => lines.map(canonicalLine)),
      currentAgreements: fc.tuple(
        ...agreementNames.map((name) =>
          fc
            .record({
              solutionIds: subset(solutionNames),
              annualCost: ore,
              expires: isoDate,
              monthlyRunOnCost: ore,
              indexed: fc.boolean(),
              provenance: fc.option(nameArbitrary, { nil: undefined }),
            })
            .map(({ provenance, ...a }) => ({
              id: name,
              name,
              ...a,
              ...(provenance === undefined ? {} : { provenance }),
            })),
        ),
      ),
      alternatives: fc.tuple(
        ...alternativeNames.map((altName) =>
          uniqueNames(1, 3).chain((contractNames) =>
            fc
              .tuple(
                ...contractNames.map((name) =>
                  fc
                    .record({
                      solutionIds: subset(solutionNames),
                      schoolForms: subset(SCHOOL_FORMS),
                      procurementCost: ore,
                      managementFte: fc.integer({ min: 0, max: 40 }).map((n) => n / 4),
                      goLive: isoDate,
                      lengthYears: fc.integer({ min: 1, max: 15 }),
                      optionYears: fc.integer({ min: 0, max: 8 }),
                    })
                    .map((c) => ({ id: name, name, ...c })),
                ),
              )
              .map((contracts) => ({ id: altName, name: altName, contracts })),
          ),
        ),
      ),
      internalResources: fc.uniqueArray(
        fc
          .record({
            id: nameArbitrary,
            role: nameArbitrary,
            phase: fc.constantFrom(...PHASES),
            fte: fc.integer({ min: 0, max: 40 }).map((n) => n / 4),
            costPerFte: ore,
            firstYear: year,
            lastYear: year,
            alternativeId: fc.option(fc.constantFrom(...alternativeNames), { nil: undefined }),
            provenance: fc.option(nameArbitrary, { nil: undefined }),
          })
          .map(({ alternativeId, provenance, ...r }) => {
            const resource: InternalResource = { ...r };
            if (alternativeId !== undefined) resource.alternativeId = alternativeId;
            if (provenance !== undefined) resource.provenance = provenance;
            return resource;
          }),
        { maxLength: 3, selector: (r) => normaliseKey(r.id) },
      ),
    }),
  );

/** Optional fields absent rather than undefined; tiered lines carry amount 0. */
function canonicalLine(raw: Omit<CostLine, 'range'> & { range: [number, number] | undefined }): CostLine {
  const { range, firstYear, lastYear, description, provenance, ...rest } = raw;
  const line: CostLine = { ...rest, amount: rest.basis.kind === 'tiered' ? 0 : rest.amount };
  if (range) line.range = { min: Math.min(...range), max: Math.max(...range) };
  if (firstYear !== undefined) line.firstYear = firstYear;
  if (lastYear !== undefined) line.lastYear = lastYear;
  if (description !== undefined) line.description = description;
  if (provenance !== undefined) line.provenance = provenance;
  return line;
}

/** The model without `source` fields, for comparing a read model with the one written. */
/** The value without the reader's cell references (`source` and the per-field `cells`), as the fingerprint sees it. */
export function withoutSources<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key === 'source' || key === 'cells' ? undefined : v)),
  ) as T;
}
