/**
 * The helper cells the cost-entry formulas multiply, written into the
 * "Beräkningsunderlag" area: payers' ordinal numbers (the allocation's
 * tie-break), months in service and the share of each year per contract,
 * the old agreements' months, the driver quantity of each cost line in each
 * contract (a formula of the snapshot counts and usage shares) and the tier
 * bands with the tier cost at that quantity.
 *
 * Months come from dates (go-live, expiry), which the formulas do not parse:
 * they are helper values fixed when the sheet is written. Everything a
 * reader is likely to change (prices, counts, shares, index rates) flows
 * through formulas.
 */
import { compareIds } from '../../engine/allocate';
import { monthOf, monthsInYear } from '../../engine/calendar';
import { servicePeriod } from '../../engine/contractCosts';
import type { Alternative, CostLine, CostModel, Payer, TierBand } from '../../engine/model';
import type { ModelIndex } from '../../engine/modelIndex';
import { driverLabel, label, type LabelKey } from '../labels';
import { address } from './a1';
import { formulaCell, numberCell, textCell } from './cells';
import { FORMATS } from './formats';
import type { HelperArea, HelperRef } from './helperArea';
import { yearColumn, type SheetContext } from './layout';
import type { SnapshotRefs } from './scenarioSnapshot';
import { writeRunOnHelpers, type RunOnHelpers } from './runOnHelpers';
import { writeBaselineHelpers, type BaselineHelpers } from './baselineHelpers';
import { kronor, oreOf } from '../../engine/money';

/** Excel 2016 refuses formulas longer than 8 192 characters; stay well below. */
export const MAX_FORMULA_LENGTH = 8_000;

export interface EntryHelpers {
  /** payerId → ordinal cell (1 = first in payer-id order). */
  ordinal: Map<string, HelperRef>;
  /** contractId → share of each horizon year in service (months / 12). */
  fraction: Map<string, HelperRef[]>;
  /** agreementId → share of each year still under the agreement (months / 12). */
  agreementFraction: Map<string, HelperRef[]>;
  /** Per agreement and school form (runOnKey): months of run-on past expiry per year, and the part of the cost. */
  runOn: RunOnHelpers;
  /** The baseline's re-procured contracts (baselineHelpers.ts). */
  baseline?: BaselineHelpers;
  /** `${contractId}\0${lineId}` → driver quantity (Σ count × share). */
  quantity: Map<string, HelperRef>;
  /** `${contractId}\0${lineId}` → tier cost at the quantity, öre per year (tiered lines). */
  tierCost: Map<string, HelperRef>;
}

export const pairKey = (contractId: string, lineId: string): string => `${contractId}\u0000${lineId}`;

/** Payers in the engine's order (payer id, code-unit compare): the order every sum and tie-break follows. */
export function payersInIdOrder(model: CostModel): Payer[] {
  return [...model.payers].sort((a, b) => compareIds(a.id, b.id));
}

export function writeEntryHelpers(
  ctx: SheetContext,
  area: HelperArea,
  model: CostModel,
  alternative: Alternative,
  index: ModelIndex,
  snapshot: SnapshotRefs,
): EntryHelpers {
  const { language } = ctx;
  const g = area.grid;
  const t = (key: LabelKey): string => label(language, key);
  const helpers: EntryHelpers = {
    ordinal: new Map(),
    fraction: new Map(),
    agreementFraction: new Map(),
    runOn: { months: new Map(), costShare: new Map() },
    quantity: new Map(),
    tierCost: new Map(),
  };

  g.put(g.row(), 0, textCell(t('helperTitle'), 'title'));
  g.put(g.row(), 0, textCell(t('helperNote'), 'note'));
  g.skip();

  // Ordinals: the tie-break of the allocation, as numbers so that no formula compares text.
  g.put(g.row(), 0, textCell(t('helperOrdinals'), 'subtitle'));
  const ordHeader = g.row();
  g.put(ordHeader, 0, textCell(t('payer'), 'header'));
  g.put(ordHeader, 3, textCell(t('ordinal'), 'header'));
  payersInIdOrder(model).forEach((payer, i) => {
    const row = g.row();
    g.put(row, 0, textCell(payer.name, 'label'));
    helpers.ordinal.set(payer.id, g.put(row, 3, numberCell(i + 1, FORMATS.count)));
  });
  g.skip();

  // Months in service and the share of each year, per contract.
  g.put(g.row(), 0, textCell(t('helperMonths'), 'subtitle'));
  yearsRow(ctx, area);
  for (const contract of alternative.contracts) {
    const period = servicePeriod(contract, model.parameters.countOptions !== false);
    const months = ctx.years.map((year) => (period === null ? 0 : monthsInYear(period.start, period.end, year)));
    helpers.fraction.set(contract.id, monthsAndFraction(ctx, area, contract.name, 'monthsInService', months));
  }
  for (const agreement of model.currentAgreements) {
    const expiry = monthOf(agreement.expires);
    const under = ctx.years.map((year) => (expiry === null ? 0 : monthsInYear(-Infinity, expiry + 1, year)));
    helpers.agreementFraction.set(
      agreement.id,
      monthsAndFraction(ctx, area, agreement.name, 'monthsUnderAgreement', under),
    );
    writeRunOnHelpers(ctx, area, index, alternative, snapshot, agreement, expiry, helpers.runOn);
  }
  g.skip();
  if (model.currentAgreements.length > 0)
    helpers.baseline = writeBaselineHelpers(ctx, area, model, alternative, snapshot);

  writeQuantities(ctx, area, model, alternative, snapshot, helpers);
  return helpers;
}

function yearsRow(ctx: SheetContext, area: HelperArea): void {
  const g = area.grid;
  const row = g.row();
  g.put(row, 2, textCell(label(ctx.language, 'year'), 'header'));
  ctx.years.forEach((year, i) => g.put(row, yearColumn(i), numberCell(year, FORMATS.year, 'header')));
}

/** A row of months (helper values) and below it the share of the year, =months/12, as the engine divides. */
function monthsAndFraction(
  ctx: SheetContext,
  area: HelperArea,
  name: string,
  key: LabelKey,
  months: number[],
): HelperRef[] {
  const g = area.grid;
  const monthRow = g.row();
  g.put(monthRow, 0, textCell(name, 'label'));
  g.put(monthRow, 2, textCell(label(ctx.language, key), 'label'));
  const monthRefs = months.map((m, i) => g.put(monthRow, yearColumn(i), numberCell(m, FORMATS.count)));
  const fractionRow = g.row();
  g.put(fractionRow, 2, textCell(label(ctx.language, 'shareOfYear'), 'label'));
  return monthRefs.map((ref, i) =>
    g.put(fractionRow, yearColumn(i), formulaCell(`${area.address(ref)}/12`, months[i]! / 12, FORMATS.indexFactor)),
  );
}

/**
 * Quantity of each non-fixed cost line in each contract that covers its
 * solution: Σ count × share over the payers of the contract's school forms,
 * written as an explicit sum in payer-id order (the engine's order: a
 * different order can change the last bit of a sum of fractional products).
 * Payers with share 0 add an exact 0, so they are kept: changing a share in
 * the snapshot from 0 then counts too.
 */
function writeQuantities(
  ctx: SheetContext,
  area: HelperArea,
  model: CostModel,
  alternative: Alternative,
  snapshot: SnapshotRefs,
  helpers: EntryHelpers,
): void {
  const g = area.grid;
  const { language } = ctx;
  const ordered = payersInIdOrder(model);
  const solutionName = new Map(model.solutions.map((s) => [s.id, s.name]));
  const pairs = alternative.contracts.flatMap((contract) =>
    model.costLines
      .filter((line) => line.basis.kind !== 'fixed' && contract.solutionIds.includes(line.solutionId))
      .map((line) => ({ contract, line })),
  );
  if (pairs.length === 0) return;

  g.put(g.row(), 0, textCell(label(language, 'helperQuantities'), 'subtitle'));
  const header = g.row();
  (['contract', 'solution', 'pricing', 'quantity', 'tierCostOre'] as const).forEach((key, col) =>
    g.put(header, col, textCell(label(language, key), 'header')),
  );
  const bandsOf = new Map<string, BandRefs[]>();
  const tierRows: { contractId: string; line: CostLine; quantity: HelperRef; row: number }[] = [];
  for (const { contract, line } of pairs) {
    if (line.basis.kind === 'fixed') continue;
    const driver = line.basis.driver;
    const row = g.row();
    g.put(row, 0, textCell(contract.name, 'label'));
    g.put(row, 1, textCell(solutionName.get(line.solutionId) ?? line.solutionId, 'label'));
    g.put(row, 2, textCell(label(language, 'quantityOf', { driver: driverLabel(language, driver) }), 'label'));
    const forms = new Set<string>(contract.schoolForms);
    const terms: string[] = [];
    let value = 0;
    for (const payer of ordered) {
      if (!forms.has(payer.schoolForm)) continue;
      const refs = snapshot.payers.get(payer.id);
      const share = refs?.shares.get(line.solutionId);
      if (refs === undefined || share === undefined) continue;
      const count = refs.counts[driver];
      terms.push(`${address(count.pos)}*${address(share.pos)}`);
      value += (count.value as number) * (share.value as number);
    }
    const formula = terms.length === 0 ? '0' : terms.join('+');
    // Beyond Excel's formula length the quantity is a helper value (the same number).
    const cell =
      formula.length <= MAX_FORMULA_LENGTH
        ? formulaCell(formula, value, FORMATS.decimal)
        : numberCell(value, FORMATS.decimal);
    const quantity = g.put(row, 3, cell);
    helpers.quantity.set(pairKey(contract.id, line.id), quantity);
    if (line.basis.kind === 'tiered') tierRows.push({ contractId: contract.id, line, quantity, row });
  }
  g.skip();
  if (tierRows.length === 0) return;

  // Tier bands (inputs), once per tiered line, then each contract's tier cost refers to them.
  g.put(g.row(), 0, textCell(label(language, 'helperTiers'), 'subtitle'));
  const bandHeader = g.row();
  (['solution', 'pricing', null, 'bandFrom', 'bandTo', 'bandPriceKr'] as const).forEach((key, col) => {
    if (key !== null) g.put(bandHeader, col, textCell(label(language, key), 'header'));
  });
  for (const { line } of tierRows) {
    if (bandsOf.has(line.id) || line.basis.kind !== 'tiered') continue;
    const bands = [...line.basis.bands].sort((a, b) => a.from - b.from);
    bandsOf.set(
      line.id,
      bands.map((band, i) => writeBand(ctx, area, band, i === 0 ? (solutionName.get(line.solutionId) ?? '') : null)),
    );
  }
  for (const { contractId, line, quantity, row } of tierRows) {
    if (line.basis.kind !== 'tiered') continue;
    const bands = bandsOf.get(line.id) ?? [];
    const tier = line.basis.mode === 'graduated' ? graduated(area, quantity, bands) : volume(area, quantity, bands);
    helpers.tierCost.set(
      pairKey(contractId, line.id),
      g.put(row, 4, formulaCell(tier.formula, tier.value, FORMATS.decimal)),
    );
  }
  g.skip();
}

interface BandRefs {
  from: HelperRef;
  /** null: open-ended ("and above"). */
  to: HelperRef | null;
  price: HelperRef;
}

function writeBand(ctx: SheetContext, area: HelperArea, band: TierBand, name: string | null): BandRefs {
  const g = area.grid;
  const row = g.row();
  if (name !== null) g.put(row, 0, textCell(name, 'label'));
  const from = g.put(row, 3, numberCell(band.from, FORMATS.count, 'input'));
  const to = band.to === null ? null : g.put(row, 4, numberCell(band.to, FORMATS.count, 'input'));
  const price = g.put(row, 5, numberCell(kronor(band.price), FORMATS.price, 'input'));
  return { from, to, price };
}

const ore = (area: HelperArea, price: HelperRef): { formula: string; value: number } => ({
  formula: `ROUND(${area.address(price, true)}*100,0)`,
  value: oreOf(price.value as number),
});

/**
 * Graduated: Σ over bands (in `from` order) of units in the band × its price,
 * units = MAX(0, MIN(q, to) − (from − 1)); the last band is open-ended. As in
 * the engine a band with no units adds an exact 0.
 */
function graduated(area: HelperArea, quantity: HelperRef, bands: BandRefs[]): { formula: string; value: number } {
  if (bands.length === 0) return { formula: '0', value: 0 };
  const q = area.address(quantity);
  const qv = quantity.value as number;
  let value = 0;
  const terms = bands.map((band, i) => {
    const open = i === bands.length - 1 || band.to === null;
    const upper = open ? q : `MIN(${q},${area.address(band.to as HelperRef, true)})`;
    const upperValue = open ? qv : Math.min(qv, band.to!.value as number);
    const units = `${upper}-(${area.address(band.from, true)}-1)`;
    const unitsValue = upperValue - ((band.from.value as number) - 1);
    const price = ore(area, band.price);
    if (unitsValue > 0) value += unitsValue * price.value;
    return `IF(${units}>0,(${units})*${price.formula},0)`;
  });
  return { formula: terms.join('+'), value };
}

/** Volume: every unit at the price of the first band whose `to` is not below q (the last band otherwise). */
function volume(area: HelperArea, quantity: HelperRef, bands: BandRefs[]): { formula: string; value: number } {
  if (bands.length === 0) return { formula: '0', value: 0 };
  const q = area.address(quantity);
  const qv = quantity.value as number;
  // Built from the last band backwards: IF(q<=to1,p1,IF(q<=to2,p2,…,pn)); an open band ends the chain.
  let choice = '';
  for (let i = bands.length - 1; i >= 0; i--) {
    const band = bands[i] as BandRefs;
    const price = ore(area, band.price).formula;
    choice =
      band.to === null || i === bands.length - 1
        ? price
        : `IF(${q}<=${area.address(band.to, true)},${price},${choice})`;
  }
  const index = bands.findIndex((b, i) => i === bands.length - 1 || b.to === null || qv <= (b.to.value as number));
  const chosen = ore(area, (bands[index] as BandRefs).price).value;
  return { formula: `IF(${q}<=0,0,${q}*${choice})`, value: qv <= 0 ? 0 : qv * chosen };
}
