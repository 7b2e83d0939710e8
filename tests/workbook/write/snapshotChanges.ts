/**
 * Changes to one input of a written scenario sheet, for the changed-input
 * proof: each names the snapshot cells it overwrites (in a copy, before
 * recalculation) and makes the same change in a copy of the model. Cells are
 * found the way a reader finds them: by the labels of the snapshot's
 * sections and the order the writer lists rows in. Index arguments wrap
 * around (modulo), so a property can pass any natural number.
 */
import type { CostLine, CostModel, TierBand } from '../../../src/engine/model';
import type { PlannedSheet, WritePlan } from '../../../src/workbook/plan';
import { label, type LabelKey } from '../../../src/workbook/labels';
import { alternativeSolutionIds } from '../../../src/workbook/write/scenarioSnapshot';
import { rowOf, sheetByKey } from './helpers';

export interface ChangedCell {
  row: number;
  col: number;
  value: number;
}

/** One snapshot input changed: the cells on the first alternative's sheet and the same change in the model. */
export interface Change {
  /** What changes, for the property's tally of cases run. */
  kind: string;
  cells: (plan: WritePlan, model: CostModel) => ChangedCell[];
  apply: (model: CostModel) => void;
}

const firstSheet = (plan: WritePlan, model: CostModel): PlannedSheet =>
  sheetByKey(plan, `scenario:${model.alternatives[0]!.id}`);

/** 0-based row of the first data row under a snapshot section title (title, header, data). */
const firstDataRow = (sheet: PlannedSheet, key: LabelKey): number => rowOf(sheet, label('sv', key)) + 2;

const pick = <T>(items: T[], k: number): T => items[k % items.length]!;

/** Cost lines of the solutions the first alternative covers, in snapshot order. */
export function coveredLines(model: CostModel): CostLine[] {
  const covered = new Set(alternativeSolutionIds(model, model.alternatives[0]!));
  return model.costLines.filter((l) => covered.has(l.solutionId));
}

/** The price (kr) of the k-th cost line in the snapshot, scaled by `factor` to whole öre. */
export const priceChange = (k: number, factor: number): Change => ({
  kind: 'price',
  cells: (plan, model) => {
    const line = coveredLines(model)[k]!;
    return [
      {
        row: firstDataRow(firstSheet(plan, model), 'snapshotCostLines') + k,
        col: 4,
        value: Math.round(line.amount * factor) / 100,
      },
    ];
  },
  apply: (model) => {
    const line = coveredLines(model)[k]!;
    line.amount = Math.round(line.amount * factor);
  },
});

/** A payer's count of pupils (column D of the snapshot's payer table) plus `delta`. */
export const countChange = (p: number, delta: number): Change => ({
  kind: 'count',
  cells: (plan, model) => {
    const payer = model.payers[p]!;
    return [{ row: rowOf(firstSheet(plan, model), payer.name), col: 3, value: payer.counts.pupils + delta }];
  },
  apply: (model) => {
    model.payers[p]!.counts.pupils += delta;
  },
});

/** The index rate going into base year + i: the row labelled "Indexsats in i året" (label in column C). */
export const indexRateChange = (i: number, rate: number): Change => ({
  kind: 'index rate',
  cells: (plan, model) => {
    const row = firstSheet(plan, model).rows.findIndex((r) => r[2]?.value === label('sv', 'indexRate'));
    return [{ row, col: 3 + i, value: rate }];
  },
  apply: (model) => {
    model.parameters.indexRates[model.parameters.baseYear + i] = rate;
  },
});

/** The discount rate in the sheet's header (column B of its row). */
export const discountRateChange = (rate: number): Change => ({
  kind: 'discount rate',
  cells: (plan, model) => [{ row: rowOf(firstSheet(plan, model), label('sv', 'discountRate')), col: 1, value: rate }],
  apply: (model) => {
    model.parameters.discountRate = rate;
  },
});

/** Usage shares above 0 of the solutions the first alternative covers: the payer and solution of each. */
export function usedShares(model: CostModel): { payer: number; solution: number }[] {
  const solutions = alternativeSolutionIds(model, model.alternatives[0]!);
  return model.usage
    .filter((u) => u.share > 0 && solutions.includes(u.solutionId))
    .map((u) => ({
      payer: model.payers.findIndex((p) => p.id === u.payerId),
      solution: solutions.indexOf(u.solutionId),
    }))
    .filter((x) => x.payer >= 0);
}

/**
 * The k-th non-zero usage share set to another non-zero `share`: the payers an
 * entry reaches stay the same, so the sheet claims this is live.
 */
export const shareChange = (k: number, share: number): Change => {
  const target = (model: CostModel) => {
    const { payer, solution } = pick(usedShares(model), k);
    const payerId = model.payers[payer]!.id;
    const solutionId = alternativeSolutionIds(model, model.alternatives[0]!)[solution]!;
    return { payer, solution, usage: model.usage.find((u) => u.payerId === payerId && u.solutionId === solutionId)! };
  };
  return {
    kind: 'usage share',
    cells: (plan, model) => {
      const { payer, solution } = target(model);
      return [{ row: rowOf(firstSheet(plan, model), model.payers[payer]!.name), col: 8 + solution, value: share }];
    },
    apply: (model) => {
      target(model).usage.share = share;
    },
  };
};

/**
 * Tiered lines in the order the writer lists their bands under "Pristrappor":
 * by contract, then cost line, each line once.
 */
export function tieredLines(model: CostModel): CostLine[] {
  const out: CostLine[] = [];
  for (const contract of model.alternatives[0]!.contracts) {
    for (const line of model.costLines) {
      if (line.basis.kind === 'tiered' && contract.solutionIds.includes(line.solutionId) && !out.includes(line)) {
        out.push(line);
      }
    }
  }
  return out;
}

const sortedBands = (line: CostLine): TierBand[] =>
  line.basis.kind === 'tiered' ? [...line.basis.bands].sort((a, b) => a.from - b.from) : [];

/** Row of the b-th band (in `from` order) of the t-th tiered line. */
function bandRow(plan: WritePlan, model: CostModel, t: number, b: number): number {
  const lines = tieredLines(model);
  const before = lines.slice(0, t).reduce((n, line) => n + sortedBands(line).length, 0);
  return firstDataRow(firstSheet(plan, model), 'helperTiers') + before + b;
}

/** The price of band b of tiered line t (wrapping), set to `price` öre. */
export const bandPriceChange = (t: number, b: number, price: number): Change => {
  const at = (model: CostModel) => {
    const lines = tieredLines(model);
    const line = t % lines.length;
    const bands = sortedBands(lines[line]!);
    return { line, band: b % bands.length, bands };
  };
  return {
    kind: 'tier price',
    cells: (plan, model) => {
      const { line, band } = at(model);
      return [{ row: bandRow(plan, model, line, band), col: 5, value: price / 100 }];
    },
    apply: (model) => {
      const { band, bands } = at(model);
      bands[band]!.price = price;
    },
  };
};

/**
 * The bound between band b and band b + 1 of tiered line t (wrapping over the
 * bounded bands) moved to `to`, clamped so both bands keep at least one unit:
 * band b's "to" and band b + 1's "from" change together, as a valid model
 * has no gaps.
 */
export const tierBoundChange = (t: number, b: number, to: number): Change => {
  const at = (model: CostModel) => {
    const lines = tieredLines(model).filter((line) => sortedBands(line).length > 1);
    const line = lines[t % lines.length]!;
    const bands = sortedBands(line);
    const band = b % (bands.length - 1);
    const next = bands[band + 1]!;
    const upper = next.to === null ? Infinity : next.to - 1;
    const bound = Math.min(Math.max(to, bands[band]!.from), upper);
    return { line: tieredLines(model).indexOf(line), band, bands, bound };
  };
  return {
    kind: 'tier bound',
    cells: (plan, model) => {
      const { line, band, bound } = at(model);
      const row = bandRow(plan, model, line, band);
      return [
        { row, col: 4, value: bound },
        { row: row + 1, col: 3, value: bound + 1 },
      ];
    },
    apply: (model) => {
      const { band, bands, bound } = at(model);
      bands[band]!.to = bound;
      bands[band + 1]!.from = bound + 1;
    },
  };
};

/** The a-th current agreement's yearly cost (kr, column C of the agreements table), scaled to whole öre. */
export const agreementCostChange = (a: number, factor: number): Change => ({
  kind: 'agreement cost',
  cells: (plan, model) => {
    const k = a % model.currentAgreements.length;
    const cost = Math.round(model.currentAgreements[k]!.annualCost * factor);
    return [{ row: firstDataRow(firstSheet(plan, model), 'snapshotAgreements') + k, col: 2, value: cost / 100 }];
  },
  apply: (model) => {
    const agreement = model.currentAgreements[a % model.currentAgreements.length]!;
    agreement.annualCost = Math.round(agreement.annualCost * factor);
  },
});

/** Internal staff of the first alternative, in snapshot order. */
const staffOf = (model: CostModel) =>
  model.internalResources.filter((r) => r.alternativeId === undefined || r.alternativeId === model.alternatives[0]!.id);

/** The r-th internal role's FTE (column C) set to `fte`, and its cost per FTE (column D) scaled to whole öre. */
export const internalChange = (r: number, fte: number, factor: number): Change => ({
  kind: 'internal staff',
  cells: (plan, model) => {
    const staff = staffOf(model);
    const k = r % staff.length;
    const row = firstDataRow(firstSheet(plan, model), 'snapshotInternal') + k;
    return [
      { row, col: 2, value: fte },
      { row, col: 3, value: Math.round(staff[k]!.costPerFte * factor) / 100 },
    ];
  },
  apply: (model) => {
    const staff = staffOf(model);
    const resource = staff[r % staff.length]!;
    resource.fte = fte;
    resource.costPerFte = Math.round(resource.costPerFte * factor);
  },
});

export const hasStaff = (model: CostModel): boolean => staffOf(model).length > 0;

/** The c-th contract's procurement cost (column G of the contracts table, kr) scaled to whole öre. */
export const procurementChange = (c: number, factor: number): Change => ({
  kind: 'procurement cost',
  cells: (plan, model) => {
    const contracts = model.alternatives[0]!.contracts;
    const k = c % contracts.length;
    const cost = Math.round(contracts[k]!.procurementCost * factor);
    return [{ row: firstDataRow(firstSheet(plan, model), 'snapshotContracts') + k, col: 6, value: cost / 100 }];
  },
  apply: (model) => {
    const contracts = model.alternatives[0]!.contracts;
    const contract = contracts[c % contracts.length]!;
    contract.procurementCost = Math.round(contract.procurementCost * factor);
  },
});

/** The c-th contract's contract-management FTE (column H) set to `fte`. */
export const managementFteChange = (c: number, fte: number): Change => ({
  kind: 'management FTE',
  cells: (plan, model) => {
    const k = c % model.alternatives[0]!.contracts.length;
    return [{ row: firstDataRow(firstSheet(plan, model), 'snapshotContracts') + k, col: 7, value: fte }];
  },
  apply: (model) => {
    const contracts = model.alternatives[0]!.contracts;
    contracts[c % contracts.length]!.managementFte = fte;
  },
});

/** The header's cost per FTE of contract management (column F, beside its label in column E), scaled to whole öre. */
export const managementCostChange = (factor: number): Change => ({
  kind: 'management cost per FTE',
  cells: (plan, model) => {
    const sheet = firstSheet(plan, model);
    const row = sheet.rows.findIndex((r) => r[4]?.value === label('sv', 'costPerFteManagement'));
    return [{ row, col: 5, value: Math.round(model.parameters.costPerFte * factor) / 100 }];
  },
  apply: (model) => {
    model.parameters.costPerFte = Math.round(model.parameters.costPerFte * factor);
  },
});

/** The a-th current agreement's monthly run-on cost (column E of the agreements table, kr) scaled to whole öre. */
export const runOnCostChange = (a: number, factor: number): Change => ({
  kind: 'run-on cost',
  cells: (plan, model) => {
    const k = a % model.currentAgreements.length;
    const cost = Math.round(model.currentAgreements[k]!.monthlyRunOnCost * factor);
    return [{ row: firstDataRow(firstSheet(plan, model), 'snapshotAgreements') + k, col: 4, value: cost / 100 }];
  },
  apply: (model) => {
    const agreement = model.currentAgreements[a % model.currentAgreements.length]!;
    agreement.monthlyRunOnCost = Math.round(agreement.monthlyRunOnCost * factor);
  },
});
