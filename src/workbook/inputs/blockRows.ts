/**
 * A CostModel's content as the data rows of each input block: one record per
 * row, column key → cell, in the order of the format's columns. The layout
 * (layout.ts) places them; the reader reads them back to the same model.
 */
import type { AllocationKey, CostModel, Usage } from '../../engine/model';
import type { PlannedCell } from '../plan';
import {
  ALLOCATION_CHOICES,
  BASIS_CHOICES,
  COST_ITEM_CHOICES,
  MONEY_UNIT_CHOICES,
  PHASE_CHOICES,
  RECURRENCE_CHOICES,
  SCHOOL_FORM_CHOICES,
  TIER_CHOICES,
  choiceLabel,
  type Language,
} from '../schema/choices';
import { BLOCKS, type ColumnKey } from '../schema/format';
import type { BlockKey } from '../schema/types';
import { date, empty, list, money, number, percent, plain, text, yesNo } from './cells';

export type BlockRow = Record<string, PlannedCell>;

/** A row of one block: every column of it, by its key, and no other (checked where each block's rows are made). */
type Row<B extends BlockKey> = Record<ColumnKey<B>, PlannedCell>;

/** The usage matrix's share cell: yes for 1, no for 0, else the share as a percentage. */
export function usageCell(share: number, language: Language): PlannedCell {
  if (share === 1 || share === 0) return yesNo(share === 1, language);
  return percent(share);
}

function allocationLabel(allocation: AllocationKey, language: Language): string {
  return allocation.kind === 'percent' ? allocation.keyId : choiceLabel(ALLOCATION_CHOICES, allocation.kind, language);
}

export function blockRows(model: CostModel, key: BlockKey, language: Language): BlockRow[] {
  const kr = choiceLabel(MONEY_UNIT_CHOICES, 'kr', language);
  const unit = text(kr);
  switch (key) {
    case 'solutions':
      return model.solutions.map((s) => ({ name: text(s.name) }) satisfies Row<'solutions'>);
    case 'costLines':
      return model.costLines.map(
        (line) =>
          ({
            id: text(line.id),
            solution: text(line.solutionId),
            item: text(choiceLabel(COST_ITEM_CHOICES, line.item, language)),
            recurrence: text(choiceLabel(RECURRENCE_CHOICES, line.recurrence, language)),
            basis: text(
              choiceLabel(BASIS_CHOICES, line.basis.kind === 'fixed' ? 'fixed' : line.basis.driver, language),
            ),
            tiers: line.basis.kind === 'tiered' ? text(choiceLabel(TIER_CHOICES, line.basis.mode, language)) : empty(),
            amount: money(line.amount),
            min: money(line.range?.min),
            max: money(line.range?.max),
            unit,
            firstYear: plain(line.firstYear),
            lastYear: plain(line.lastYear),
            indexed: yesNo(line.indexed, language),
            allocation: text(allocationLabel(line.allocation, language)),
            description: text(line.description),
            provenance: text(line.provenance),
          }) satisfies Row<'costLines'>,
      );
    case 'tiers':
      return model.costLines.flatMap((line) =>
        line.basis.kind === 'tiered'
          ? line.basis.bands.map(
              (band) =>
                ({
                  costLine: text(line.id),
                  from: plain(band.from),
                  to: plain(band.to),
                  price: money(band.price),
                  unit,
                }) satisfies Row<'tiers'>,
            )
          : [],
      );
    case 'agreements':
      return model.currentAgreements.map(
        (a) =>
          ({
            name: text(a.name),
            solutions: list(a.solutionIds),
            annualCost: money(a.annualCost),
            unit,
            expires: date(a.expires),
            runOn: money(a.monthlyRunOnCost),
            indexed: yesNo(a.indexed, language),
            provenance: text(a.provenance),
          }) satisfies Row<'agreements'>,
      );
    case 'contracts':
      return model.alternatives.flatMap((alt) =>
        alt.contracts.map(
          (c) =>
            ({
              alternative: text(alt.name),
              contract: text(c.name),
              solutions: list(c.solutionIds),
              schoolForms: list(c.schoolForms.map((f) => choiceLabel(SCHOOL_FORM_CHOICES, f, language))),
              procurementCost: money(c.procurementCost),
              unit,
              managementFte: number(c.managementFte),
              goLive: date(c.goLive),
              lengthYears: plain(c.lengthYears),
              optionYears: plain(c.optionYears),
              successor: yesNo(c.successor === true, language),
              framework: yesNo(c.framework === true, language),
            }) satisfies Row<'contracts'>,
        ),
      );
    case 'payers':
      return model.payers.map(
        (p) =>
          ({
            name: text(p.name),
            organisation: text(p.organisation),
            schoolForm: text(choiceLabel(SCHOOL_FORM_CHOICES, p.schoolForm, language)),
            pupils: number(p.counts.pupils),
            staff: number(p.counts.staff),
            guardians: number(p.counts.guardians),
            units: number(p.counts.units),
            users: number(p.counts.users),
            weight: number(p.weight),
            provenance: text(p.provenance),
          }) satisfies Row<'payers'>,
      );
    case 'usage':
      return usageRows(model, language);
    case 'percentKeys':
      return model.percentKeys.flatMap((k) =>
        Object.entries(k.shares).map(
          ([payerId, share]) =>
            ({
              key: text(k.id),
              payer: text(payerId),
              share: percent(share),
            }) satisfies Row<'percentKeys'>,
        ),
      );
    case 'internal':
      return model.internalResources.map(
        (r) =>
          ({
            id: text(r.id),
            role: text(r.role),
            phase: text(choiceLabel(PHASE_CHOICES, r.phase, language)),
            fte: number(r.fte),
            costPerFte: money(r.costPerFte),
            unit,
            firstYear: plain(r.firstYear),
            lastYear: plain(r.lastYear),
            alternative: text(r.alternativeId),
            provenance: text(r.provenance),
          }) satisfies Row<'internal'>,
      );
    case 'parameters':
      return parameterRows(model, language);
    case 'indexRates':
      return Object.entries(model.parameters.indexRates)
        .map(([year, rate]) => [Number(year), rate] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([year, rate]) => ({ year: plain(year), rate: percent(rate) }) satisfies Row<'indexRates'>);
    case 'briefText': {
      // The brief's words, filled with the defaults the reader uses for a blank cell, to be edited.
      const spec = BLOCKS.briefText;
      const blankOf = (key: ColumnKey<'briefText'>): string =>
        spec.columns.find((c) => c.key === key)?.blank?.[language] ?? '';
      return [
        {
          question: text(blankOf('question')),
          decisionAsked: text(blankOf('decisionAsked')),
          recommendation: empty(),
        } satisfies Row<'briefText'>,
      ];
    }
    case 'decisionTrail':
      // The analyst's record, not part of the cost model: a new workbook starts with an empty trail.
      return [];
  }
}

/** One row per payer; the solution columns are keyed 'solution:<index>' (see layout.ts). */
function usageRows(model: CostModel, language: Language): BlockRow[] {
  const shareOf = new Map<string, Usage>(model.usage.map((u) => [`${u.payerId}\u0000${u.solutionId}`, u]));
  return model.payers.map((p) => {
    const row: BlockRow = { payer: text(p.name) };
    model.solutions.forEach((s, i) => {
      row[`solution:${i}`] = usageCell(shareOf.get(`${p.id}\u0000${s.id}`)?.share ?? 0, language);
    });
    return row;
  });
}

function parameterRows(model: CostModel, language: Language): BlockRow[] {
  const p = model.parameters;
  const values: Record<string, PlannedCell> = {
    baseYear: plain(p.baseYear),
    horizonYears: plain(p.horizonYears),
    defaultIndexRate: percent(p.defaultIndexRate),
    discountRate: percent(p.discountRate),
    costPerFte: money(p.costPerFte),
    displayUnit: text(choiceLabel(MONEY_UNIT_CHOICES, p.displayUnit, language)),
    countOptions: yesNo(p.countOptions !== false, language),
    directAwardLimit: p.directAwardLimit === undefined ? empty() : money(p.directAwardLimit),
    sharedCostKey: text(allocationLabel(p.sharedCostKey ?? { kind: 'driver' }, language)),
    sharedCostPayer:
      p.sharedCostPayer === undefined
        ? empty()
        : text(model.payers.find((x) => x.id === p.sharedCostPayer)?.name ?? p.sharedCostPayer),
  };
  const kr = text(choiceLabel(MONEY_UNIT_CHOICES, 'kr', language));
  return (BLOCKS.parameters.fields ?? []).map(
    (field) =>
      ({
        name: text(field[language]),
        value: values[field.key] ?? empty(),
        unit: field.type.kind === 'money' ? kr : empty(),
      }) satisfies Row<'parameters'>,
  );
}
