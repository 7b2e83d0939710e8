/**
 * The built-in Stockholm sample: the replacement of Skolplattformen's four
 * expiring agreements (2023/24), with the city's payers per school form and
 * four contract-count alternatives.
 *
 * ILLUSTRATIVE FIGURES ("illustrativa siffror"). Counts are estimates from
 * older city statistics (see shared/domain.md); the baseline is the 2019
 * running costs reported by Computer Sweden; no Swedish vendor publishes
 * prices, so every price is an assumption with a wide min–max range. Every
 * place that shows this sample must say so.
 *
 * Ids equal the names the analysts type, as the workbook reader derives them.
 */
import type {
  Alternative,
  CostItem,
  CostLine,
  CostModel,
  Contract,
  CurrentAgreement,
  InternalResource,
  Payer,
  PricingBasis,
  SchoolForm,
  Solution,
  Usage,
} from '../engine/model';
import { oreOf } from '../engine/money';

/** Kronor to öre: the sample is written in kronor, the engine counts öre. */
const kr = (amount: number): number => oreOf(amount);
const mnkr = (amount: number): number => kr(amount * 1_000_000);

export const SAMPLE_SOLUTIONS = {
  timetable: 'Schema',
  attendance: 'Frånvaro och närvaro',
  documentation: 'Elevdokumentation',
  assessment: 'Planering och bedömning',
  learning: 'Lärplattform',
} as const;
const S = SAMPLE_SOLUTIONS;

function solutions(): Solution[] {
  return Object.values(S).map((name) => ({ id: name, name }));
}

interface PayerRow {
  name: string;
  organisation: string;
  schoolForm: SchoolForm;
  pupils: number;
  staff: number;
  guardians: number;
  units: number;
}

const DISTRICTS = 'Stadsdelsförvaltningarna';
const UF = 'Utbildningsförvaltningen';
const AMF = 'Arbetsmarknadsförvaltningen';

// Municipal counts, approximate 2022–24 (ESTIMATES, illustrative): domain.md
// "Scale". Staff add up to about 24 000, near the city's 23 500 platform users.
const PAYER_ROWS: PayerRow[] = [
  {
    name: 'Förskola (SDF)',
    organisation: DISTRICTS,
    schoolForm: 'preschool',
    pupils: 30_000,
    staff: 7_000,
    guardians: 52_000,
    units: 600,
  },
  {
    name: 'Förskoleklass (UF)',
    organisation: UF,
    schoolForm: 'preschoolClass',
    pupils: 9_000,
    staff: 700,
    guardians: 16_000,
    units: 140,
  },
  {
    name: 'Grundskola (UF)',
    organisation: UF,
    schoolForm: 'compulsory',
    pupils: 67_000,
    staff: 9_500,
    guardians: 112_000,
    units: 140,
  },
  {
    name: 'Fritidshem (UF)',
    organisation: UF,
    schoolForm: 'leisureCentre',
    pupils: 32_000,
    staff: 2_500,
    guardians: 55_000,
    units: 130,
  },
  {
    name: 'Anpassad grundskola (UF)',
    organisation: UF,
    schoolForm: 'adaptedCompulsory',
    pupils: 900,
    staff: 500,
    guardians: 1_600,
    units: 25,
  },
  {
    name: 'Gymnasieskola (UF)',
    organisation: UF,
    schoolForm: 'upperSecondary',
    pupils: 23_000,
    staff: 2_800,
    guardians: 30_000,
    units: 30,
  },
  {
    name: 'Anpassad gymnasieskola (UF)',
    organisation: UF,
    schoolForm: 'adaptedUpperSecondary',
    pupils: 600,
    staff: 350,
    guardians: 1_000,
    units: 10,
  },
  {
    name: 'Komvux (AMF)',
    organisation: AMF,
    schoolForm: 'adultEducation',
    pupils: 28_000,
    staff: 900,
    guardians: 0,
    units: 8,
  },
  { name: 'Sfi (AMF)', organisation: AMF, schoolForm: 'sfi', pupils: 12_000, staff: 500, guardians: 0, units: 6 },
];

function payers(): Payer[] {
  return PAYER_ROWS.map((row) => ({
    id: row.name,
    name: row.name,
    organisation: row.organisation,
    schoolForm: row.schoolForm,
    counts: {
      pupils: row.pupils,
      staff: row.staff,
      guardians: row.guardians,
      units: row.units,
      // Users default to pupils + staff (guardians log in rarely).
      users: row.pupils + row.staff,
    },
    provenance: 'Stadens statistik 2022–24, avrundad (uppskattning)',
  }));
}

/** Who uses what: 1 = fully, 0.5 = half of the users, missing = not at all. */
const USAGE: Record<string, Partial<Record<string, number>>> = {
  'Förskola (SDF)': { [S.attendance]: 1, [S.documentation]: 1 },
  'Förskoleklass (UF)': {
    [S.timetable]: 1,
    [S.attendance]: 1,
    [S.documentation]: 1,
    [S.assessment]: 1,
    [S.learning]: 1,
  },
  'Grundskola (UF)': { [S.timetable]: 1, [S.attendance]: 1, [S.documentation]: 1, [S.assessment]: 1, [S.learning]: 1 },
  // Leisure centres document part of their work in the school's system.
  'Fritidshem (UF)': { [S.attendance]: 1, [S.documentation]: 0.5 },
  'Anpassad grundskola (UF)': {
    [S.timetable]: 1,
    [S.attendance]: 1,
    [S.documentation]: 1,
    [S.assessment]: 1,
    [S.learning]: 1,
  },
  'Gymnasieskola (UF)': {
    [S.timetable]: 1,
    [S.attendance]: 1,
    [S.documentation]: 1,
    [S.assessment]: 1,
    [S.learning]: 1,
  },
  'Anpassad gymnasieskola (UF)': {
    [S.timetable]: 1,
    [S.attendance]: 1,
    [S.documentation]: 1,
    [S.assessment]: 1,
    [S.learning]: 1,
  },
  'Komvux (AMF)': { [S.timetable]: 1, [S.attendance]: 1, [S.documentation]: 1, [S.assessment]: 1, [S.learning]: 1 },
  'Sfi (AMF)': { [S.timetable]: 1, [S.attendance]: 1, [S.documentation]: 1, [S.assessment]: 1, [S.learning]: 1 },
};

function usage(): Usage[] {
  return Object.entries(USAGE).flatMap(([payerId, shares]) =>
    Object.entries(shares).map(([solutionId, share]) => ({ payerId, solutionId, share: share ?? 0 })),
  );
}

interface LineSpec {
  item: CostItem;
  recurrence: CostLine['recurrence'];
  basis: PricingBasis;
  /** Likely amount in kr (fixed) or kr per unit and year (per driver). */
  likely: number;
  min: number;
  max: number;
  description: string;
}

const FIXED: PricingBasis = { kind: 'fixed' };
const PER_PUPIL: PricingBasis = { kind: 'perDriver', driver: 'pupils' };
const PER_STAFF: PricingBasis = { kind: 'perDriver', driver: 'staff' };
const PER_USER: PricingBasis = { kind: 'perDriver', driver: 'users' };

// Prices: ESTIMATES. Standard school SaaS modules at SEK 50–250 per pupil and
// year (domain.md), Denmark's Aula at DKK 76 per pupil as a reference point.
const LINES: Record<string, LineSpec[]> = {
  [S.timetable]: [
    {
      item: 'licence',
      recurrence: 'yearly',
      basis: PER_PUPIL,
      likely: 45,
      min: 30,
      max: 80,
      description: 'Licens per elev och år',
    },
    {
      item: 'implementation',
      recurrence: 'oneOff',
      basis: FIXED,
      likely: 2_500_000,
      min: 1_500_000,
      max: 4_000_000,
      description: 'Införande',
    },
    {
      item: 'integration',
      recurrence: 'oneOff',
      basis: FIXED,
      likely: 1_200_000,
      min: 800_000,
      max: 2_500_000,
      description: 'Integration mot BER och inloggning',
    },
    {
      item: 'operation',
      recurrence: 'yearly',
      basis: FIXED,
      likely: 600_000,
      min: 400_000,
      max: 1_000_000,
      description: 'Drift och förvaltning',
    },
    {
      item: 'training',
      recurrence: 'oneOff',
      basis: PER_STAFF,
      likely: 400,
      min: 250,
      max: 700,
      description: 'Utbildning per personal',
    },
  ],
  [S.attendance]: [
    {
      item: 'licence',
      recurrence: 'yearly',
      basis: PER_PUPIL,
      likely: 35,
      min: 20,
      max: 70,
      description: 'Licens per elev och år',
    },
    {
      item: 'implementation',
      recurrence: 'oneOff',
      basis: FIXED,
      likely: 2_000_000,
      min: 1_200_000,
      max: 3_500_000,
      description: 'Införande',
    },
    {
      item: 'integration',
      recurrence: 'oneOff',
      basis: FIXED,
      likely: 1_500_000,
      min: 900_000,
      max: 3_000_000,
      description: 'Integration mot BER och vårdnadshavarappar',
    },
    {
      item: 'operation',
      recurrence: 'yearly',
      basis: FIXED,
      likely: 500_000,
      min: 300_000,
      max: 900_000,
      description: 'Drift och förvaltning',
    },
  ],
  [S.documentation]: [
    {
      item: 'licence',
      recurrence: 'yearly',
      // Volume tiers: all pupils at the price of the band reached, which is
      // why splitting the city into several contracts costs more per pupil.
      basis: {
        kind: 'tiered',
        driver: 'pupils',
        mode: 'volume',
        bands: [
          { from: 1, to: 10_000, price: kr(90) },
          { from: 10_001, to: 50_000, price: kr(75) },
          { from: 50_001, to: null, price: kr(60) },
        ],
      },
      likely: 0,
      min: 0,
      max: 0,
      description: 'Licens, volymtrappa per elev',
    },
    {
      item: 'implementation',
      recurrence: 'oneOff',
      basis: FIXED,
      likely: 3_000_000,
      min: 2_000_000,
      max: 5_000_000,
      description: 'Införande',
    },
    {
      item: 'migration',
      recurrence: 'oneOff',
      basis: FIXED,
      likely: 2_500_000,
      min: 1_000_000,
      max: 6_000_000,
      description: 'Migrering av dokumentation',
    },
    {
      item: 'integration',
      recurrence: 'oneOff',
      basis: FIXED,
      likely: 1_500_000,
      min: 900_000,
      max: 3_000_000,
      description: 'Integrationer',
    },
    {
      item: 'operation',
      recurrence: 'yearly',
      basis: FIXED,
      likely: 800_000,
      min: 500_000,
      max: 1_400_000,
      description: 'Drift och förvaltning',
    },
    {
      item: 'training',
      recurrence: 'oneOff',
      basis: PER_STAFF,
      likely: 500,
      min: 300,
      max: 900,
      description: 'Utbildning per personal',
    },
  ],
  [S.assessment]: [
    {
      item: 'licence',
      recurrence: 'yearly',
      // Graduated tiers: each band at its own price.
      basis: {
        kind: 'tiered',
        driver: 'pupils',
        mode: 'graduated',
        bands: [
          { from: 1, to: 20_000, price: kr(60) },
          { from: 20_001, to: null, price: kr(40) },
        ],
      },
      likely: 0,
      min: 0,
      max: 0,
      description: 'Licens, trappa per elev',
    },
    {
      item: 'implementation',
      recurrence: 'oneOff',
      basis: FIXED,
      likely: 1_500_000,
      min: 900_000,
      max: 3_000_000,
      description: 'Införande',
    },
    {
      item: 'migration',
      recurrence: 'oneOff',
      basis: FIXED,
      likely: 1_000_000,
      min: 500_000,
      max: 2_500_000,
      description: 'Migrering av omdömen och planeringar',
    },
    {
      item: 'operation',
      recurrence: 'yearly',
      basis: FIXED,
      likely: 400_000,
      min: 250_000,
      max: 700_000,
      description: 'Drift och förvaltning',
    },
  ],
  [S.learning]: [
    {
      item: 'licence',
      recurrence: 'yearly',
      basis: PER_USER,
      likely: 30,
      min: 15,
      max: 60,
      description: 'Licens per användare och år',
    },
    {
      item: 'implementation',
      recurrence: 'oneOff',
      basis: FIXED,
      likely: 1_500_000,
      min: 800_000,
      max: 3_000_000,
      description: 'Införande',
    },
    {
      item: 'operation',
      recurrence: 'yearly',
      basis: FIXED,
      likely: 500_000,
      min: 300_000,
      max: 900_000,
      description: 'Drift och förvaltning',
    },
  ],
};

const ITEM_NAMES: Record<CostItem, string> = {
  licence: 'Licens',
  implementation: 'Införande',
  migration: 'Migrering',
  integration: 'Integration',
  training: 'Utbildning',
  operation: 'Drift',
  management: 'Förvaltning',
  other: 'Övrigt',
};

/**
 * The Källa column of the sample's cost lines: licences and running costs
 * rest on the reference points in domain.md; the one-off lines have no source
 * yet, as in a real early workbook, so the decision brief's count of lines
 * with a source shows what is still to be backed.
 */
const LINE_PROVENANCE: Partial<Record<CostItem, string>> = {
  licence: 'Uppskattning: 50–250 kr per elev och modul; Aula 76 DKK per elev',
  operation: 'Uppskattning utifrån driftkostnad 2019 (Computer Sweden)',
  management: 'Uppskattning utifrån driftkostnad 2019 (Computer Sweden)',
};

function costLines(): CostLine[] {
  return Object.entries(LINES).flatMap(([solutionId, specs]) =>
    specs.map((spec): CostLine => {
      const line: CostLine = {
        id: `${solutionId}: ${ITEM_NAMES[spec.item]}`,
        solutionId,
        item: spec.item,
        recurrence: spec.recurrence,
        basis: spec.basis,
        amount: kr(spec.likely),
        indexed: spec.recurrence === 'yearly',
        allocation: { kind: 'driver' },
        description: spec.description,
      };
      const provenance = LINE_PROVENANCE[spec.item];
      if (provenance !== undefined) line.provenance = provenance;
      if (spec.basis.kind !== 'tiered') line.range = { min: kr(spec.min), max: kr(spec.max) };
      return line;
    }),
  );
}

// Baseline: the old platform's running costs in 2019 (Computer Sweden, 2019),
// SEK million per year. Running on past expiry costs about 10 % more per
// month (short extensions are dearer) — an assumption.
function currentAgreements(): CurrentAgreement[] {
  const agreement = (name: string, solutionIds: string[], annualMnkr: number, expires: string): CurrentAgreement => ({
    id: name,
    name,
    solutionIds,
    annualCost: mnkr(annualMnkr),
    expires,
    monthlyRunOnCost: Math.round((mnkr(annualMnkr) / 12) * 1.1),
    indexed: true,
    provenance: 'Computer Sweden 2019 (driftkostnad); förlängning +10 % antagen',
  });
  return [
    agreement('Skola24 (Nova Software)', [S.timetable, S.attendance], 9.3 + 16.7, '2023-12-31'),
    agreement('PingPong (Ping Pong AB)', [S.documentation], 20.2, '2024-01-31'),
    agreement('Unikum (Unikt lärande AB)', [S.assessment], 5.4, '2023-12-31'),
    agreement('Lärplattform (undervisning)', [S.learning], 6.2, '2024-06-30'),
  ];
}

const ALL_FORMS: SchoolForm[] = [
  'preschool',
  'preschoolClass',
  'compulsory',
  'leisureCentre',
  'adaptedCompulsory',
  'upperSecondary',
  'adaptedUpperSecondary',
  'adultEducation',
  'sfi',
];
const SCHOOL_FORMS_COMPULSORY: SchoolForm[] = ['preschoolClass', 'compulsory', 'leisureCentre', 'adaptedCompulsory'];
const SCHOOL_FORMS_UPPER: SchoolForm[] = ['upperSecondary', 'adaptedUpperSecondary'];
const SCHOOL_FORMS_ADULT: SchoolForm[] = ['adultEducation', 'sfi'];
const ALL_SOLUTIONS = Object.values(S);

function contract(
  name: string,
  solutionIds: string[],
  schoolForms: SchoolForm[],
  procurementMnkr: number,
  managementFte: number,
  goLive: string,
  // A successor is procured when a contract ends inside the horizon (without options, 8 years from 2024 end in 2032).
  terms: { lengthYears: number; optionYears: number; successor?: true } = {
    lengthYears: 8,
    optionYears: 4,
    successor: true,
  },
): Contract {
  // Single contracts of 8 years with 4 option years by default, like the 12-year
  // award for compulsory school; options count as used (LOU contract value).
  return {
    id: name,
    name,
    // Copies: a test that edits one contract must not change another.
    solutionIds: [...solutionIds],
    schoolForms: [...schoolForms],
    procurementCost: mnkr(procurementMnkr),
    managementFte,
    goLive,
    ...terms,
  };
}

function alternatives(): Alternative[] {
  const alt = (name: string, contracts: Contract[]): Alternative => ({ id: name, name, contracts });
  return [
    alt('1. Ett kontrakt', [
      contract('Skolplattform, alla skolformer', ALL_SOLUTIONS, ALL_FORMS, 3.0, 2.0, '2024-08-01'),
    ]),
    alt('2. Ett kontrakt per skolform', [
      contract('Förskola', [S.attendance, S.documentation], ['preschool'], 1.5, 1.0, '2024-08-01'),
      contract('Grundskola med fritidshem', ALL_SOLUTIONS, SCHOOL_FORMS_COMPULSORY, 2.0, 1.5, '2024-08-01'),
      contract('Gymnasieskola', ALL_SOLUTIONS, SCHOOL_FORMS_UPPER, 1.5, 1.0, '2025-01-01'),
      contract('Vuxenutbildning (AMF)', ALL_SOLUTIONS, SCHOOL_FORMS_ADULT, 1.5, 1.0, '2025-01-01'),
    ]),
    alt(
      '3. Ett kontrakt per funktion',
      ALL_SOLUTIONS.map((solution) => contract(solution, [solution], ALL_FORMS, 1.2, 0.75, '2024-08-01')),
    ),
    alt('4. Blandning', [
      contract('Schema och närvaro', [S.timetable, S.attendance], ALL_FORMS, 2.0, 1.0, '2024-08-01'),
      contract(
        'Dokumentation och bedömning, skola',
        [S.documentation, S.assessment, S.learning],
        [...SCHOOL_FORMS_COMPULSORY, ...SCHOOL_FORMS_UPPER],
        2.0,
        1.25,
        '2024-08-01',
      ),
      contract(
        'Dokumentation, förskola och vuxenutbildning',
        [S.documentation, S.assessment, S.learning],
        ['preschool', ...SCHOOL_FORMS_ADULT],
        1.5,
        0.75,
        '2025-01-01',
        // Four years without options, ending inside the horizon (2028): a successor is procured for 2029–2032.
        { lengthYears: 4, optionYears: 0, successor: true },
      ),
    ]),
  ];
}

function internalResources(): InternalResource[] {
  const resource = (
    role: string,
    phase: InternalResource['phase'],
    fte: number,
    costPerFteKr: number,
    firstYear: number,
    lastYear: number,
  ): InternalResource => ({
    id: role,
    role,
    phase,
    fte,
    costPerFte: kr(costPerFteKr),
    firstYear,
    lastYear,
    provenance: 'Projektets bemanningsplan (uppskattning)',
  });
  return [
    resource('Upphandlare', 'procurement', 1, 900_000, 2023, 2024),
    resource('Projektledare', 'implementation', 2, 950_000, 2023, 2025),
    resource('Objektspecialister', 'implementation', 4, 850_000, 2024, 2025),
    resource('Systemförvaltare', 'management', 3, 850_000, 2025, 2032),
  ];
}

/** The Stockholm sample model (illustrative figures). */
export function stockholmSample(): CostModel {
  return {
    parameters: {
      baseYear: 2023,
      horizonYears: 10,
      // Labour cost index for IT services ran high in 2023–24; an assumption.
      indexRates: { 2024: 0.04, 2025: 0.03 },
      defaultIndexRate: 0.025,
      // SKR's recommended internal interest rate for 2024 and 2025.
      discountRate: 0.025,
      costPerFte: kr(850_000),
      displayUnit: 'tkr',
    },
    payers: payers(),
    solutions: solutions(),
    usage: usage(),
    costLines: costLines(),
    percentKeys: [],
    currentAgreements: currentAgreements(),
    alternatives: alternatives(),
    internalResources: internalResources(),
  };
}
