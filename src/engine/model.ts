/**
 * The engine's vocabulary: the typed input model (what the workbook layer reads
 * from the analysts' sheets) and the result model (what every writer shows).
 *
 * Plain data only: no classes, no host objects, so a model can be built in a
 * test, serialised to JSON, posted to a Web Worker and compared with toEqual.
 * One exception in the result: ScenarioResult.allocations is typed arrays
 * (AllocationTable), which clone and compare alike but are not JSON arrays.
 *
 * Money is an integer number of öre (`Ore`) everywhere inside the engine.
 * Why: 0.1 + 0.2 !== 0.3 in binary floating point, and a cost of 95,10 kr ×
 * 62 000 pupils summed over 9 payers drifts by öre when done in kronor
 * fractions. Integers below 2^53 öre (about 90 000 billion kronor) are exact.
 * Conversions to kr, tkr or mnkr happen only at the edges (reader, writers).
 */

/** Integer öre (1 kr = 100 öre). */
export type Ore = number;

/** Where an input came from, e.g. { sheet: 'Kostnader', cell: 'D7' }. */
export interface CellRef {
  sheet: string;
  /** A1-style address of a single cell, without sheet: 'D7'. */
  cell: string;
}

/** A problem with the input, collected (never thrown) and shown together. */
/**
 * Where the reader found each field of an item (field name → cell), so a
 * problem points at the value itself rather than at the row's id cell. Left
 * out of the input fingerprint, like `source`.
 */
export type FieldCells = Partial<Record<string, CellRef>>;

/** The cell of one field of an item: its own cell when the reader recorded it, else the row's. */
export function fieldCell(item: { source?: CellRef; cells?: FieldCells }, field: string): CellRef | undefined {
  return item.cells?.[field] ?? item.source;
}

export interface Problem {
  /** Stable machine code, e.g. 'uncoveredSolution', 'notANumber'. */
  code: ProblemCode;
  /** 'error' blocks generation and writing; 'warning' does not. */
  severity: 'error' | 'warning';
  /** Where, when known. */
  at?: CellRef;
  /** Message texts in both languages, ready to show. */
  message: { sv: string; en: string };
}

export type ProblemCode =
  // reading (workbook layer)
  | 'missingSheet'
  | 'missingColumn'
  | 'missingNewColumn'
  | 'errorValue'
  | 'notANumber'
  | 'notAnInteger'
  | 'notAYear'
  | 'notADate'
  | 'notABoolean'
  | 'notAPercentage'
  | 'unknownChoice'
  | 'emptyRequired'
  | 'duplicateName'
  | 'nameTooLong'
  | 'emptyTable'
  | 'ambiguousSheet'
  | 'ambiguousTable'
  | 'duplicateColumn'
  | 'uncalculatedFormula'
  | 'mergedCell'
  | 'rowsNotRead'
  | 'ambiguousNumber'
  // model validation (engine)
  | 'unknownSolution'
  | 'unknownSchoolForm'
  | 'unknownPayer'
  | 'unknownAllocationKey'
  | 'uncoveredSolution'
  | 'solutionCoveredTwice'
  | 'coverageGap'
  | 'reversedYears'
  | 'overlappingYears'
  | 'goLiveBeyondHorizon'
  | 'negativeValue'
  | 'tierGap'
  | 'tierOverlap'
  | 'percentagesNot100'
  | 'unusedSolution'
  | 'unusedCostLine'
  | 'invalidRange'
  | 'invalidParameter'
  | 'percentKeyOutsideBase'
  // plausibility (warnings: valid, but probably not meant)
  | 'implausibleRate'
  | 'baseYearRate'
  | 'frameworkTooLong'
  | 'belowDirectAwardLimit'
  | 'optionYearsRelied'
  | 'implausibleContract'
  | 'implausibleGoLive'
  | 'implausiblePrice'
  | 'noUsers'
  | 'sharesAbove100'
  | 'outOfBounds'
  // calculation
  | 'amountTooLarge';

/**
 * School forms (skolformer). Ids are English; the workbook layer maps Swedish
 * names, including the names before 2 July 2023 (grundsärskola →
 * anpassad grundskola, gymnasiesärskola → anpassad gymnasieskola).
 * 'sfi' (svenska för invandrare) keeps its Swedish acronym: it has no honest
 * English twin (see docs/glossary.md).
 */
export const SCHOOL_FORMS = [
  'preschool', // förskola
  'preschoolClass', // förskoleklass
  'compulsory', // grundskola
  'leisureCentre', // fritidshem
  'adaptedCompulsory', // anpassad grundskola (formerly grundsärskola)
  'upperSecondary', // gymnasieskola
  'adaptedUpperSecondary', // anpassad gymnasieskola (formerly gymnasiesärskola)
  'adultEducation', // komvux
  'sfi', // sfi
] as const;
export type SchoolForm = (typeof SCHOOL_FORMS)[number];

/** The counts a cost can be driven by. */
export const DRIVERS = ['pupils', 'staff', 'guardians', 'units', 'users'] as const;
export type Driver = (typeof DRIVERS)[number];

/**
 * A payer (betalare): one organisation's use for one school form, e.g.
 * "Utbildningsförvaltningen – grundskola". Financing follows use, so the
 * payer is where costs land; `organisation` groups payers for summaries.
 */
export interface Payer {
  id: string;
  name: string;
  organisation: string;
  schoolForm: SchoolForm;
  counts: {
    pupils: number; // children / pupils / students
    staff: number;
    guardians: number;
    units: number; // schools, preschools
    /** Users of the systems; the reader fills pupils + staff when blank. */
    users: number;
  };
  /** Optional weight for the 'weighted' allocation key (default 1). */
  weight?: number;
  /**
   * Where the row's figures come from (the Källa column: "offert 2021-10-12",
   * "SCB", "uppskattning"). Documentation only: no figure depends on it.
   */
  provenance?: string;
  source?: CellRef;
  cells?: FieldCells;
}

/** A solution (system function): timetable, attendance, … */
export interface Solution {
  id: string;
  name: string;
  source?: CellRef;
}

/** Which payer uses which solution, and how much (0 = not at all, 1 = fully). */
export interface Usage {
  payerId: string;
  solutionId: string;
  /** 0..1. Multiplies the payer's driver counts for this solution. */
  share: number;
  source?: CellRef;
}

export const COST_ITEMS = [
  'licence',
  'implementation',
  'migration',
  'integration',
  'training',
  'operation',
  'management',
  'other',
] as const;
export type CostItem = (typeof COST_ITEMS)[number];

/** One price band of a tiered per-user price. `to` null = no upper bound. */
export interface TierBand {
  /** First unit of the band, 1-based inclusive (the first band starts at 1). */
  from: number;
  /** Last unit of the band inclusive, or null for "and above". */
  to: number | null;
  /** Price per unit per year in öre. */
  price: Ore;
  /** The band's row (its first cell) and field cells, when read from a workbook. */
  source?: CellRef;
  cells?: FieldCells;
}

export type PricingBasis =
  | { kind: 'fixed' }
  | { kind: 'perDriver'; driver: Driver }
  | {
      kind: 'tiered';
      driver: Driver;
      /** graduated: each band at its own price; volume: all units at the price of the band reached. */
      mode: 'graduated' | 'volume';
      bands: TierBand[];
    };

/** How a cost line's amount is shared among the payers it reaches. */
export type AllocationKey =
  /** By the line's driver (fixed lines: by users). The default. */
  | { kind: 'driver' }
  /** Equal parts to every payer reached. */
  | { kind: 'even' }
  /** By each payer's `weight` × users. */
  | { kind: 'weighted' }
  /** Named key of fixed percentages per payer, which must total 100 %. */
  | { kind: 'percent'; keyId: string };

/** A named key of fixed percentages (Fördelningsnycklar). */
export interface PercentKey {
  id: string;
  /** payerId → percentage as a fraction (0.25 = 25 %). */
  shares: Record<string, number>;
  source?: CellRef;
}

/**
 * A cost line (kostnadsrad) of one solution. In an alternative it is incurred
 * once per contract that covers the solution, with per-driver prices applied to
 * the payers of that contract: this is why more contracts cost more in fixed
 * costs and may reach worse tier prices.
 */
export interface CostLine {
  id: string;
  solutionId: string;
  item: CostItem;
  recurrence: 'oneOff' | 'yearly';
  basis: PricingBasis;
  /**
   * Fixed basis: the amount (per year if yearly). Per-driver basis: price per
   * unit per year. Tiered basis: ignored (0). In öre, excluding VAT, in
   * base-year prices.
   */
  amount: Ore;
  /** Optional uncertainty around `amount` (min ≤ amount ≤ max), öre. */
  range?: { min: Ore; max: Ore };
  /**
   * Calendar years the line may apply in. Yearly lines apply from the later of
   * firstYear and the contract's go-live, to the earlier of lastYear and the
   * contract's end. One-off lines fall in firstYear if given, else in the
   * go-live year. Undefined = unbounded.
   */
  firstYear?: number;
  lastYear?: number;
  /** Whether the yearly index applies (base-year prices otherwise). */
  indexed: boolean;
  allocation: AllocationKey;
  description?: string;
  /**
   * Where the row's figures come from (the Källa column: "offert 2021-10-12",
   * "SCB", "uppskattning"). Documentation only: no figure depends on it.
   */
  provenance?: string;
  source?: CellRef;
  cells?: FieldCells;
}

/** A current agreement (the baseline), one per solution it serves. */
export interface CurrentAgreement {
  id: string;
  name: string;
  /** Solutions this agreement serves today. */
  solutionIds: string[];
  /** Cost per year in öre, base-year prices. */
  annualCost: Ore;
  /** Expiry date as ISO 'YYYY-MM-DD'. */
  expires: string;
  /** Cost per month of running on past expiry (extension/bridging), öre. */
  monthlyRunOnCost: Ore;
  indexed: boolean;
  /**
   * Where the row's figures come from (the Källa column: "offert 2021-10-12",
   * "SCB", "uppskattning"). Documentation only: no figure depends on it.
   */
  provenance?: string;
  source?: CellRef;
  cells?: FieldCells;
}

/** One contract within an alternative. */
export interface Contract {
  id: string;
  name: string;
  solutionIds: string[];
  schoolForms: SchoolForm[];
  /** One-off procurement cost, öre; falls in the year before go-live (not before the base year). */
  procurementCost: Ore;
  /** Internal contract-management staff, full-time equivalents per year. */
  managementFte: number;
  /** Go-live as ISO 'YYYY-MM-DD' (the month matters: yearly costs are prorated by months). */
  goLive: string;
  /** Length in whole years from go-live. */
  lengthYears: number;
  /** Option years that may be added; counted as used (LOU: contract value includes options). */
  optionYears: number;
  /**
   * A successor is procured when this contract ends inside the horizon: the
   * engine adds successor contracts on the same terms (src/engine/successors.ts).
   */
  successor?: boolean;
  /** Set on a successor the engine added: the id of the contract it follows. */
  successorOf?: string;
  /** A framework agreement (ramavtal): LOU limits it to four years including options. */
  framework?: boolean;
  source?: CellRef;
  cells?: FieldCells;
}

/** A contract-count alternative (kontraktsalternativ). */
export interface Alternative {
  id: string;
  name: string;
  contracts: Contract[];
  source?: CellRef;
}

export const PHASES = ['procurement', 'implementation', 'management'] as const;
export type Phase = (typeof PHASES)[number];

/** Internal staff (interna resurser). */
export interface InternalResource {
  id: string;
  role: string;
  phase: Phase;
  fte: number;
  /** Cost per FTE and year, öre. */
  costPerFte: Ore;
  firstYear: number;
  lastYear: number;
  /** Alternative this applies to; undefined = every alternative. */
  alternativeId?: string;
  /**
   * Where the row's figures come from (the Källa column: "offert 2021-10-12",
   * "SCB", "uppskattning"). Documentation only: no figure depends on it.
   */
  provenance?: string;
  source?: CellRef;
  cells?: FieldCells;
}

export type DisplayUnit = 'kr' | 'tkr' | 'mnkr';

export interface Parameters {
  baseYear: number;
  /** Number of years from the base year, inclusive of it. */
  horizonYears: number;
  /** Index rate applied going INTO each year (year → rate, 0.03 = 3 %); missing years use defaultIndexRate. */
  indexRates: Record<number, number>;
  defaultIndexRate: number;
  /** Discount rate for NPV, 0.025 = 2.5 %. */
  discountRate: number;
  /** Cost per FTE and year for contract management staff, öre. */
  costPerFte: Ore;
  /**
   * Whether contracts run for their option years too (default true: options
   * count as used, as the contract value under LOU does). False: length only.
   */
  countOptions?: boolean;
  /** Direct-award limit, öre (LOU: 700 000 kr from 1 Feb 2022); default DEFAULT_DIRECT_AWARD_LIMIT. */
  directAwardLimit?: Ore;
  /**
   * The key procurement, contract management and internal staff are shared by
   * (Fördelning av gemensamma kostnader); undefined = the default, users ×
   * usage share summed over the cost's solutions ({ kind: 'driver' }).
   */
  sharedCostKey?: AllocationKey;
  /**
   * The payer (id) who pays a shared cost that reaches nobody with users
   * (Betalare för kostnader utan användare); undefined = unallocated, with a
   * warning that the financing must be decided.
   */
  sharedCostPayer?: string;
  displayUnit: DisplayUnit;
  /** Where each parameter was read (Parametrar), for messages. */
  cells?: FieldCells;
}

/** Everything the engine needs. */
export interface CostModel {
  parameters: Parameters;
  payers: Payer[];
  solutions: Solution[];
  usage: Usage[];
  costLines: CostLine[];
  percentKeys: PercentKey[];
  currentAgreements: CurrentAgreement[];
  alternatives: Alternative[];
  internalResources: InternalResource[];
}

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

/** What a cost amount is, for the rows of a scenario sheet. */
export type CostSource =
  | { kind: 'costLine'; costLineId: string }
  | { kind: 'procurement' }
  | { kind: 'contractManagement' }
  | { kind: 'internalResource'; resourceId: string }
  /**
   * An old agreement inside a scenario: its term, then its run-on until go-live.
   * Run-on entries name the school form whose payers they are charged to.
   */
  | { kind: 'runOn'; agreementId: string; schoolForm?: SchoolForm };

/**
 * One amount in one year: a cost line (or other source) for one contract.
 * `amount` is whole kronor expressed in öre (a multiple of 100).
 */
export interface CostEntry {
  year: number;
  /** undefined for costs outside any contract (internal resources, run-on). */
  contractId?: string;
  solutionId?: string;
  /**
   * 'currentAgreement': an old agreement within its term (up to its expiry month);
   * 'runOn': the same agreement extended past expiry until the new contract goes live.
   */
  item: CostItem | 'procurement' | 'contractManagement' | 'internal' | 'currentAgreement' | 'runOn';
  source: CostSource;
  amount: Ore;
  /** The numbers behind the amount, for the sheet and the explanation. */
  basis: EntryBasis;
}

/** How an entry's amount was computed (all figures that went in). */
export interface EntryBasis {
  /** Price or amount in base-year prices (öre). */
  unitAmount: Ore;
  /** Driver quantity (count × share summed), 1 for fixed amounts. */
  quantity: number;
  /** Index factor applied (1 if not indexed). */
  indexFactor: number;
  /** Fraction of the year in service (months / 12), 1 for whole years and one-offs. */
  yearFraction: number;
  driver?: Driver;
  /**
   * Tiered lines only: the year's cost at the tier prices for `quantity`, before
   * index and year fraction (öre, unrounded). `unitAmount` is then the average
   * price, tierCost / quantity.
   */
  tierCost?: Ore;
  /**
   * Run-on past expiry only: the school form's part of the agreement's monthly
   * cost (its users × share over all users × share of the agreement), the last
   * factor of the product. Absent = 1.
   */
  costShare?: number;
}

/**
 * An entry's share for one payer. Sums over payers + unallocated = entry amount,
 * exactly. One row of an AllocationTable, as its accessors return it.
 */
export interface AllocationEntry {
  /** Index into ScenarioResult.entries. */
  entryIndex: number;
  payerId: string;
  amount: Ore;
}

/**
 * Every entry's allocation per payer, stored in columns: row i is entry
 * entryIndex[i]'s share amount[i] for payer payerIds[payerIndex[i]].
 *
 * Columns, not one object per row: the 100× model keeps 38 million rows,
 * 16 bytes each here against about 75 as objects, and the garbage collector
 * never walks them (docs/benchmarks.md). Typed arrays survive structured clone
 * (Web Worker) and toEqual; JSON.stringify turns them into index-keyed
 * objects, so serialise rows through the accessors instead.
 *
 * Read it with allocationAt, eachAllocation or allocationsOf
 * (src/engine/allocationTable.ts). Rows are ordered by entryIndex, then by
 * payer index; only non-zero shares have a row. Each column is exactly
 * `length` long.
 */
export interface AllocationTable {
  /** Number of rows. */
  length: number;
  /**
   * The payers rows refer to, in payer-id order (code-unit compare), which is
   * the order the engine allocates in; from the engine, every payer of the
   * model. The workbook's order is ScenarioResult.payerYears'.
   */
  payerIds: readonly string[];
  /** Per row: index into ScenarioResult.entries. */
  entryIndex: Uint32Array;
  /** Per row: index into payerIds. */
  payerIndex: Uint32Array;
  /** Per row: the payer's share in öre, whole kronor (exact integers in a double). */
  amount: Float64Array;
}

export interface PayerYear {
  payerId: string;
  year: number;
  amount: Ore;
  /** Cost per pupil/child in öre; null when the payer has no pupils (not applicable). */
  perPupil: Ore | null;
  /** Cost per user in öre; null when the payer has no users. */
  perUser: Ore | null;
}

export interface ReconciliationLine {
  year: number;
  total: Ore;
  allocated: Ore;
  unallocated: Ore;
}

export interface BaselineComparison {
  /**
   * "Re-procure as today" per year (src/engine/baseline.ts): the current annual
   * costs, indexed, plus one re-procured contract per agreement with the
   * alternatives' average procurement cost and contract management.
   */
  baselineByYear: Ore[];
  baselineTotal: Ore;
  baselineNpv: Ore;
  /** Reference only, not possible under LOU after expiry: the current agreements continued unchanged, per year. */
  unchangedByYear: Ore[];
  unchangedTotal: Ore;
  unchangedNpv: Ore;
  /** What each re-procured contract costs besides its price (the alternatives' average per contract). */
  reprocurement: { procurementCost: Ore; managementFte: number };
  /** Of the scenario's cost: what old agreements cost past their expiry, until go-live, per year (their term not included). */
  runOnByYear: Ore[];
  /** Scenario total minus baseline total (positive = dearer than today). */
  differenceTotal: Ore;
  differenceNpv: Ore;
}

/** Run-on past expiry of one old agreement for one school form (its payers pay it). */
export interface TransitionLine {
  agreementId: string;
  /** undefined only when nobody has users × share in the agreement (then unallocated). */
  schoolForm?: SchoolForm;
  /** Months of run-on past expiry inside the horizon. */
  months: number;
  /** Σ of its run-on entries, öre (whole kronor). */
  amount: Ore;
  /** The same with every go-live DelayCost.months later. */
  amountIfDelayed: Ore;
}

/** What the alternative costs more with every go-live `months` later (src/engine/transitions.ts). */
export interface DelayCost {
  months: number;
  /** Delayed total − total over the horizon, öre. */
  total: Ore;
  /** Present value of the year differences, rounded once. */
  npv: Ore;
  /** Of `total`: the old agreements' extra run-on. */
  runOn: Ore;
}

/** One scenario = one alternative computed over the horizon. */
export interface ScenarioResult {
  alternativeId: string;
  name: string;
  contractCount: number;
  /** The calendar years of the horizon, ascending. */
  years: number[];
  /** Index factor per year (same order as `years`). */
  indexFactors: number[];
  entries: CostEntry[];
  /** Every entry's share per payer, in columns; no rows when computed with { detail: 'totals' } (then allocationsOmitted is true). */
  allocations: AllocationTable;
  /** True when allocations were not kept (EngineOptions.detail 'totals'); every other figure is the same. */
  allocationsOmitted?: boolean;
  /** Per payer and year (every payer × every year, zero included). */
  payerYears: PayerYear[];
  /** Per payer: horizon total and average per pupil/user per year. */
  payerTotals: { payerId: string; total: Ore; npv: Ore }[];
  /** Cost per year (same order as `years`). */
  totalByYear: Ore[];
  total: Ore;
  npv: Ore;
  unallocatedByYear: Ore[];
  reconciliation: ReconciliationLine[];
  baseline: BaselineComparison;
  /** Run-on past expiry per old agreement and school form. */
  transitions: TransitionLine[];
  /** The cost of a delay: every go-live three months later. */
  delay: DelayCost;
  /**
   * The same alternative with option years counted the other way
   * (Parameters.countOptions flipped): its total and NPV. Null when that way
   * leaves a used solution without a contract for some years (a coverage
   * error), or when not computed (set by runEngine).
   */
  optionsOtherWay: { countOptions: boolean; total: Ore; npv: Ore } | null;
}

/** Options of runEngine / computeScenario; all optional, defaults give the full result. */
export interface EngineOptions {
  /**
   * 'full' (default): every entry's allocation per payer is kept in `allocations`.
   * 'totals': allocations are computed (payer figures are identical) but not
   * kept: for repeated runs such as a Monte Carlo, where one row per payer ×
   * entry (about 38 million, 0.6 GB, for 2,000 payers × 50 solutions × 30
   * years × 10 alternatives) is memory and time no one reads.
   */
  detail?: 'full' | 'totals';
}

export interface EngineOutput {
  /** Blocking and non-blocking problems found in the model. */
  problems: Problem[];
  /** Empty when any problem is an error. */
  scenarios: ScenarioResult[];
}
