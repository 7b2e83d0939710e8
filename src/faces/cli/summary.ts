/**
 * The machine-readable summary written by `scenarios --json` (schema in
 * docs/summary-schema.md). Pure: model and engine output in, plain JSON out.
 * Amounts are kronor as numbers: whole kronor for costs (the engine's
 * entries are whole kronor), two decimals for per-pupil and per-user costs.
 */

import type { CostModel, EngineOutput, Problem, ScenarioResult } from '../../engine/model';
import type { SummarySimulation } from './simulationSummary';

export const SUMMARY_SCHEMA = 'skolkostnad-summary/1';

export interface SummaryPayer {
  id: string;
  name: string;
  organisation: string;
  schoolForm: string;
  pupils: number;
  users: number;
  costByYear: number[];
  total: number;
  npv: number;
  costPerPupilByYear: (number | null)[];
  costPerUserByYear: (number | null)[];
  /** total / years / pupils (users); null when there are none. */
  averageCostPerPupilPerYear: number | null;
  averageCostPerUserPerYear: number | null;
}

export interface SummaryScenario {
  alternativeId: string;
  name: string;
  contractCount: number;
  years: number[];
  totalByYear: number[];
  total: number;
  npv: number;
  baseline: {
    byYear: number[];
    total: number;
    npv: number;
    runOnByYear: number[];
    differenceTotal: number;
    differenceNpv: number;
    /** Reference only (not possible under LOU after expiry): the current agreements continued unchanged. */
    unchanged: { byYear: number[]; total: number; npv: number };
  };
  /** Run-on past expiry per current agreement and school form (kr), also with every go-live three months later. */
  transitions: {
    agreementId: string;
    schoolForm: string | null;
    months: number;
    runOn: number;
    runOnIfDelayed: number;
  }[];
  /** What every go-live `months` later adds (kr): in total, in present value, and of it the extra run-on. */
  delay: { months: number; total: number; npv: number; runOn: number };
  payers: SummaryPayer[];
  unallocatedByYear: number[];
  reconciliation: { year: number; total: number; allocated: number; unallocated: number }[];
  /** True when every year's total = allocated + unallocated, to the krona. */
  reconciles: boolean;
}

export interface SummaryProblem {
  code: string;
  severity: 'error' | 'warning';
  /** 'Kostnader!D7', or null when the problem has no single cell. */
  at: string | null;
  message: string;
}

export interface Summary {
  schema: typeof SUMMARY_SCHEMA;
  generatedAt: string;
  version: string;
  inputFingerprint: string;
  language: 'sv' | 'en';
  illustrative: boolean;
  currency: 'SEK';
  vat: 'excluded';
  parameters: {
    baseYear: number;
    horizonYears: number;
    discountRate: number;
    defaultIndexRate: number;
    displayUnit: string;
  };
  problems: SummaryProblem[];
  scenarios: SummaryScenario[];
  /** Present only when the run simulated (--simulate, the demo): see simulationSummary.ts. */
  simulation?: SummarySimulation;
}

export interface SummaryMeta {
  generatedAt: string;
  version: string;
  inputFingerprint: string;
  language: 'sv' | 'en';
  illustrative: boolean;
}

const kr = (ore: number): number => Math.round(ore) / 100;
const krOrNull = (ore: number | null): number | null => (ore === null ? null : kr(ore));

function perYear(totalOre: number, years: number, count: number): number | null {
  if (count <= 0 || years <= 0) return null;
  return Math.round(totalOre / years / count) / 100;
}

export function problemLine(problem: Problem, language: 'sv' | 'en'): SummaryProblem {
  return {
    code: problem.code,
    severity: problem.severity,
    at: problem.at ? `${problem.at.sheet}!${problem.at.cell}` : null,
    message: problem.message[language],
  };
}

function scenarioSummary(model: CostModel, s: ScenarioResult): SummaryScenario {
  const payers: SummaryPayer[] = model.payers.map((payer) => {
    const years = s.years.map((year) => s.payerYears.find((py) => py.payerId === payer.id && py.year === year));
    const totals = s.payerTotals.find((t) => t.payerId === payer.id);
    const total = totals?.total ?? 0;
    return {
      id: payer.id,
      name: payer.name,
      organisation: payer.organisation,
      schoolForm: payer.schoolForm,
      pupils: payer.counts.pupils,
      users: payer.counts.users,
      costByYear: years.map((py) => kr(py?.amount ?? 0)),
      total: kr(total),
      npv: kr(totals?.npv ?? 0),
      costPerPupilByYear: years.map((py) => krOrNull(py?.perPupil ?? null)),
      costPerUserByYear: years.map((py) => krOrNull(py?.perUser ?? null)),
      averageCostPerPupilPerYear: perYear(total, s.years.length, payer.counts.pupils),
      averageCostPerUserPerYear: perYear(total, s.years.length, payer.counts.users),
    };
  });
  return {
    alternativeId: s.alternativeId,
    name: s.name,
    contractCount: s.contractCount,
    years: s.years,
    totalByYear: s.totalByYear.map(kr),
    total: kr(s.total),
    npv: kr(s.npv),
    baseline: {
      byYear: s.baseline.baselineByYear.map(kr),
      total: kr(s.baseline.baselineTotal),
      npv: kr(s.baseline.baselineNpv),
      runOnByYear: s.baseline.runOnByYear.map(kr),
      differenceTotal: kr(s.baseline.differenceTotal),
      differenceNpv: kr(s.baseline.differenceNpv),
      unchanged: {
        byYear: s.baseline.unchangedByYear.map(kr),
        total: kr(s.baseline.unchangedTotal),
        npv: kr(s.baseline.unchangedNpv),
      },
    },
    transitions: s.transitions.map((t) => ({
      agreementId: t.agreementId,
      schoolForm: t.schoolForm ?? null,
      months: t.months,
      runOn: kr(t.amount),
      runOnIfDelayed: kr(t.amountIfDelayed),
    })),
    delay: {
      months: s.delay.months,
      total: kr(s.delay.total),
      npv: kr(s.delay.npv),
      runOn: kr(s.delay.runOn),
    },
    payers,
    unallocatedByYear: s.unallocatedByYear.map(kr),
    reconciliation: s.reconciliation.map((r) => ({
      year: r.year,
      total: kr(r.total),
      allocated: kr(r.allocated),
      unallocated: kr(r.unallocated),
    })),
    reconciles: s.reconciliation.every((r) => r.total === r.allocated + r.unallocated),
  };
}

export function buildSummary(model: CostModel, output: EngineOutput, meta: SummaryMeta): Summary {
  const p = model.parameters;
  return {
    schema: SUMMARY_SCHEMA,
    generatedAt: meta.generatedAt,
    version: meta.version,
    inputFingerprint: meta.inputFingerprint,
    language: meta.language,
    illustrative: meta.illustrative,
    currency: 'SEK',
    vat: 'excluded',
    parameters: {
      baseYear: p.baseYear,
      horizonYears: p.horizonYears,
      discountRate: p.discountRate,
      defaultIndexRate: p.defaultIndexRate,
      displayUnit: p.displayUnit,
    },
    problems: output.problems.map((problem) => problemLine(problem, meta.language)),
    scenarios: output.scenarios.map((s) => scenarioSummary(model, s)),
  };
}
