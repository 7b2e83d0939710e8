/**
 * What the Review step shows, computed from the engine's results: per
 * alternative the headline figures and, per payer, the average cost per pupil
 * and year. Pure, so the figures the analyst sees are unit-tested.
 */
import type { CostModel, Ore, ScenarioResult } from '../../../engine/model';

export interface PayerRow {
  payerId: string;
  name: string;
  total: Ore;
  /** Average cost per pupil and year over the horizon in öre; null when the payer has no pupils. */
  perPupilPerYear: Ore | null;
}

export interface ScenarioSummary {
  alternativeId: string;
  name: string;
  contractCount: number;
  firstYear: number;
  lastYear: number;
  total: Ore;
  npv: Ore;
  differenceTotal: Ore;
  differenceNpv: Ore;
  payers: PayerRow[];
}

/**
 * Per pupil and year = payer's horizon total / years / pupils, rounded to
 * whole öre once (the sheets show kronor; the pane rounds again for display).
 */
export function summarise(model: CostModel, scenario: ScenarioResult): ScenarioSummary {
  const payers = new Map(model.payers.map((p) => [p.id, p]));
  const years = scenario.years.length;
  return {
    alternativeId: scenario.alternativeId,
    name: scenario.name,
    contractCount: scenario.contractCount,
    firstYear: scenario.years[0] ?? model.parameters.baseYear,
    lastYear: scenario.years.at(-1) ?? model.parameters.baseYear,
    total: scenario.total,
    npv: scenario.npv,
    differenceTotal: scenario.baseline.differenceTotal,
    differenceNpv: scenario.baseline.differenceNpv,
    payers: scenario.payerTotals.map(({ payerId, total }) => {
      const pupils = payers.get(payerId)?.counts.pupils ?? 0;
      return {
        payerId,
        name: payers.get(payerId)?.name ?? payerId,
        total,
        perPupilPerYear: pupils > 0 && years > 0 ? Math.round(total / years / pupils) : null,
      };
    }),
  };
}
