/**
 * The snapshot of inputs a scenario used, written on its own sheet in cells
 * of style 'input': the alternative's contracts, the payers with their counts
 * and usage shares, the cost lines of the solutions it procures, the current
 * agreements and the internal staff. A decided scenario thus keeps its
 * assumptions even when someone edits the input sheets later, and the
 * entry, allocation, per-pupil and per-user formulas refer to the cells written here.
 */
import type { Alternative, Contract, CostLine, CostModel, Driver, PricingBasis } from '../../engine/model';
import { driverLabel, itemLabel as itemText, label, schoolFormLabel, type LabelKey, type Language } from '../labels';
import { address } from './a1';
import { formulaCell, numberCell, textCell, type Ref } from './cells';
import { FORMATS } from './formats';
import { kr, type SheetContext } from './layout';

/** Where each payer's counts sit, for the per-pupil and per-user formulas. */
export interface PayerCountRefs {
  pupils: Ref;
  users: Ref;
}

/** A payer's snapshot cells: every driver count and its usage share per solution of the alternative. */
export interface PayerSnapshotRefs extends PayerCountRefs {
  counts: Record<Driver, Ref>;
  /** solutionId → share cell (only the solutions the alternative covers have a column). */
  shares: Map<string, Ref>;
}

/** Every snapshot cell the entry and allocation formulas refer to, by the model's ids. */
export interface SnapshotRefs {
  payers: Map<string, PayerSnapshotRefs>;
  contracts: Map<string, { procurementCost: Ref; managementFte: Ref }>;
  /** costLineId → amount (kr, base-year price). */
  lines: Map<string, Ref>;
  agreements: Map<string, { annualCost: Ref; monthlyRunOn: Ref; indexed: boolean }>;
  internal: Map<string, { fte: Ref; costPerFte: Ref }>;
}

/** `keys` are label keys (LabelKey), then `raw` input texts. */
function headerRow(ctx: SheetContext, keys: string[], raw = 0): void {
  const row = ctx.b.row();
  keys.forEach((key, col) => {
    // The last `raw` headers are input text (solution names), written as they are.
    const text = col >= keys.length - raw ? key : label(ctx.language, key as LabelKey);
    ctx.b.put(row, col, textCell(text, 'header'));
  });
}

function sectionTitle(ctx: SheetContext, key: LabelKey): void {
  ctx.b.put(ctx.b.row(), 0, textCell(label(ctx.language, key), 'subtitle'));
}

const yesNo = (language: Language, flag: boolean): string => label(language, flag ? 'yes' : 'no');

export function pricingText(language: Language, basis: PricingBasis): string {
  switch (basis.kind) {
    case 'fixed':
      return label(language, 'basisFixed');
    case 'perDriver':
      return label(language, 'basisPerDriver', { driver: driverLabel(language, basis.driver) });
    case 'tiered': {
      const mode = label(language, basis.mode === 'graduated' ? 'modeGraduated' : 'modeVolume');
      const bands = basis.bands
        .map((band) => `${band.from}–${band.to ?? ''}: ${(band.price / 100).toFixed(2)}`)
        .join('; ');
      return `${label(language, 'basisTiered', { mode, driver: driverLabel(language, basis.driver) })} [${bands}]`;
    }
  }
}

/** Solution ids the alternative's contracts cover, in the model's solution order. */
export function alternativeSolutionIds(model: CostModel, alternative: Alternative): string[] {
  const covered = new Set(alternative.contracts.flatMap((c) => c.solutionIds));
  return model.solutions.map((s) => s.id).filter((id) => covered.has(id));
}

export function writeSnapshot(ctx: SheetContext, model: CostModel, alternative: Alternative): SnapshotRefs {
  const { b, language } = ctx;
  const solutionName = new Map(model.solutions.map((s) => [s.id, s.name]));
  const names = (ids: string[]): string => ids.map((id) => solutionName.get(id) ?? id).join('; ');
  const input = 'input' as const;
  const refs: SnapshotRefs = {
    payers: new Map(),
    contracts: new Map(),
    lines: new Map(),
    agreements: new Map(),
    internal: new Map(),
  };

  ctx.b.put(b.row(), 0, textCell(label(language, 'sectionSnapshot'), 'title'));

  sectionTitle(ctx, 'snapshotContracts');
  headerRow(ctx, [
    'contract',
    'solutions',
    'schoolForms',
    'goLive',
    'lengthYears',
    'optionYears',
    'procurementCost',
    'managementFte',
  ]);
  for (const contract of alternative.contracts) {
    const row = b.row();
    // A successor the engine added (src/engine/successors.ts): same terms, so its cost cells refer to its predecessor's.
    const predecessor = contract.successorOf === undefined ? undefined : refs.contracts.get(contract.successorOf);
    if (predecessor !== undefined) {
      writeSuccessorRow(ctx, row, contract, predecessor);
      refs.contracts.set(contract.id, predecessor);
      continue;
    }
    b.put(row, 0, textCell(contract.name, input));
    b.put(row, 1, textCell(names(contract.solutionIds), input));
    b.put(row, 2, textCell(contract.schoolForms.map((f) => schoolFormLabel(language, f)).join('; '), input));
    b.put(row, 3, textCell(contract.goLive, input));
    b.put(row, 4, numberCell(contract.lengthYears, FORMATS.count, input));
    b.put(row, 5, numberCell(contract.optionYears, FORMATS.count, input));
    const procurementCost = b.put(row, 6, numberCell(kr(contract.procurementCost), FORMATS.price, input));
    const managementFte = b.put(row, 7, numberCell(contract.managementFte, FORMATS.decimal, input));
    refs.contracts.set(contract.id, { procurementCost, managementFte });
  }
  b.skip();

  const solutionIds = alternativeSolutionIds(model, alternative);
  sectionTitle(ctx, 'snapshotPayers');
  headerRow(
    ctx,
    [
      'payer',
      'organisation',
      'schoolForm',
      'pupils',
      'staff',
      'guardians',
      'units',
      'users',
      ...solutionIds.map((id) => solutionName.get(id) ?? id),
    ],
    solutionIds.length,
  );
  const share = new Map(model.usage.map((u) => [`${u.payerId}\u0000${u.solutionId}`, u.share]));
  for (const payer of model.payers) {
    const row = b.row();
    b.put(row, 0, textCell(payer.name, input));
    b.put(row, 1, textCell(payer.organisation, input));
    b.put(row, 2, textCell(schoolFormLabel(language, payer.schoolForm), input));
    const pupils = b.put(row, 3, numberCell(payer.counts.pupils, FORMATS.count, input));
    const staff = b.put(row, 4, numberCell(payer.counts.staff, FORMATS.count, input));
    const guardians = b.put(row, 5, numberCell(payer.counts.guardians, FORMATS.count, input));
    const units = b.put(row, 6, numberCell(payer.counts.units, FORMATS.count, input));
    const users = b.put(row, 7, numberCell(payer.counts.users, FORMATS.count, input));
    const shares = new Map<string, Ref>();
    solutionIds.forEach((solutionId, i) => {
      const value = share.get(`${payer.id}\u0000${solutionId}`) ?? 0;
      shares.set(solutionId, b.put(row, 8 + i, numberCell(value, FORMATS.share, input)));
    });
    refs.payers.set(payer.id, { pupils, users, counts: { pupils, staff, guardians, units, users }, shares });
  }
  b.skip();

  const covered = new Set(solutionIds);
  const lines = model.costLines.filter((line) => covered.has(line.solutionId));
  sectionTitle(ctx, 'snapshotCostLines');
  headerRow(ctx, [
    'solution',
    'costItem',
    'recurrence',
    'pricing',
    'amountKr',
    'indexed',
    'firstYear',
    'lastYear',
    'description',
    'provenance',
  ]);
  for (const line of lines) {
    refs.lines.set(line.id, writeCostLine(ctx, line, solutionName.get(line.solutionId) ?? line.solutionId));
  }
  b.skip();

  sectionTitle(ctx, 'snapshotAgreements');
  headerRow(ctx, ['agreement', 'solutions', 'annualCostKr', 'expires', 'monthlyRunOnKr', 'indexed', 'provenance']);
  for (const agreement of model.currentAgreements) {
    const row = b.row();
    b.put(row, 0, textCell(agreement.name, input));
    b.put(row, 1, textCell(names(agreement.solutionIds), input));
    const annualCost = b.put(row, 2, numberCell(kr(agreement.annualCost), FORMATS.price, input));
    b.put(row, 3, textCell(agreement.expires, input));
    const monthlyRunOn = b.put(row, 4, numberCell(kr(agreement.monthlyRunOnCost), FORMATS.price, input));
    refs.agreements.set(agreement.id, { annualCost, monthlyRunOn, indexed: agreement.indexed });
    b.put(row, 5, textCell(yesNo(language, agreement.indexed), input));
    if (agreement.provenance !== undefined) b.put(row, 6, textCell(agreement.provenance));
  }
  const staff = model.internalResources.filter(
    (r) => r.alternativeId === undefined || r.alternativeId === alternative.id,
  );
  if (staff.length > 0) {
    b.skip();
    sectionTitle(ctx, 'snapshotInternal');
    headerRow(ctx, ['role', 'phase', 'fte', 'costPerFteKr', 'firstYear', 'lastYear', 'provenance']);
    for (const resource of staff) {
      const row = b.row();
      b.put(row, 0, textCell(resource.role, input));
      b.put(row, 1, textCell(label(language, PHASE_KEYS[resource.phase]), input));
      const fte = b.put(row, 2, numberCell(resource.fte, FORMATS.decimal, input));
      const costPerFte = b.put(row, 3, numberCell(kr(resource.costPerFte), FORMATS.price, input));
      refs.internal.set(resource.id, { fte, costPerFte });
      b.put(row, 4, numberCell(resource.firstYear, FORMATS.year, input));
      b.put(row, 5, numberCell(resource.lastYear, FORMATS.year, input));
      if (resource.provenance !== undefined) b.put(row, 6, textCell(resource.provenance));
    }
  }
  b.skip();
  return refs;
}

const PHASE_KEYS = {
  procurement: 'phaseProcurement',
  implementation: 'phaseImplementation',
  management: 'phaseManagement',
} as const satisfies Record<string, LabelKey>;

/** One cost line's snapshot row; returns its amount cell. */
function writeCostLine(ctx: SheetContext, line: CostLine, solution: string): Ref {
  const { b, language } = ctx;
  const input = 'input' as const;
  const row = b.row();
  b.put(row, 0, textCell(solution, input));
  b.put(row, 1, textCell(itemText(language, line.item), input));
  b.put(row, 2, textCell(label(language, line.recurrence === 'oneOff' ? 'oneOff' : 'yearly'), input));
  b.put(row, 3, textCell(pricingText(language, line.basis), input));
  const amount = b.put(row, 4, numberCell(kr(line.amount), FORMATS.price, input));
  b.put(row, 5, textCell(yesNo(language, line.indexed), input));
  b.put(row, 6, numberCell(line.firstYear ?? null, FORMATS.year, input));
  b.put(row, 7, numberCell(line.lastYear ?? null, FORMATS.year, input));
  if (line.description !== undefined) b.put(row, 8, textCell(line.description, input));
  // Where the figure comes from (Källa): traceability only, no formula depends on it.
  if (line.provenance !== undefined) b.put(row, 9, textCell(line.provenance));
  return amount;
}

/** A successor's snapshot row: its name and go-live as text, its terms as formulas of its predecessor's row. */
function writeSuccessorRow(
  ctx: SheetContext,
  row: number,
  contract: Contract,
  predecessor: { procurementCost: Ref; managementFte: Ref },
): void {
  const { b, language } = ctx;
  const names = label(language, 'successorContract', { name: contract.name, of: contract.successorOf ?? '' });
  b.put(row, 0, textCell(names, 'label'));
  b.put(row, 3, textCell(contract.goLive, 'label'));
  b.put(row, 4, numberCell(contract.lengthYears, FORMATS.count));
  b.put(row, 5, numberCell(contract.optionYears, FORMATS.count));
  const cost = predecessor.procurementCost;
  const fte = predecessor.managementFte;
  b.put(row, 6, formulaCell(address(cost.pos), cost.value, FORMATS.price));
  b.put(row, 7, formulaCell(address(fte.pos), fte.value, FORMATS.decimal));
}
