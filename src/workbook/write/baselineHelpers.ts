/**
 * The helper cells of the baseline "re-procure as today" (src/engine/baseline.ts):
 * the re-procured contract's procurement cost and contract-management FTE
 * (the alternatives' average per contract, values), and per current agreement
 * the months its re-procured contract is in service each year with the share
 * of the year (=months/12) and the year its procurement falls in.
 */
import { reprocurementTerms } from '../../engine/baseline';
import { monthOf, monthsInYear, yearOfMonth } from '../../engine/calendar';
import type { Alternative, CostModel } from '../../engine/model';
import { kronor, oreOf, roundHalfAwayFromZero } from '../../engine/money';
import { address } from './a1';
import type { SnapshotRefs } from './scenarioSnapshot';
import { label } from '../labels';
import { formulaCell, numberCell, textCell } from './cells';
import { FORMATS } from './formats';
import type { HelperArea, HelperRef } from './helperArea';
import { yearColumn, type SheetContext } from './layout';

export interface BaselineHelpers {
  /** Procurement cost per re-procured contract, kr. */
  procurementCost: HelperRef;
  managementFte: HelperRef;
  /** agreementId → share of each horizon year the re-procured contract is in service. */
  fraction: Map<string, HelperRef[]>;
  /** agreementId → the horizon year index its procurement falls in (none: before the horizon). */
  procurementYear: Map<string, number>;
}

export function writeBaselineHelpers(
  ctx: SheetContext,
  area: HelperArea,
  model: CostModel,
  alternative: Alternative,
  snapshot: SnapshotRefs,
): BaselineHelpers {
  const g = area.grid;
  const t = ctx.language;
  const terms = reprocurementTerms(model);
  const baseYear = model.parameters.baseYear;
  const horizonEnd = (baseYear + ctx.years.length) * 12;
  g.put(g.row(), 0, textCell(label(t, 'helperBaseline'), 'subtitle'));
  const costRow = g.row();
  g.put(costRow, 0, textCell(label(t, 'baselineProcurementCost'), 'label'));
  const averages = averageFormulas(model, alternative, snapshot);
  const procurementCost = g.put(
    costRow,
    3,
    averages !== null && averages.procurementOre === terms.procurementCost
      ? formulaCell(averages.procurement, kronor(terms.procurementCost), FORMATS.price)
      : numberCell(kronor(terms.procurementCost), FORMATS.price),
  );
  const fteRow = g.row();
  g.put(fteRow, 0, textCell(label(t, 'baselineManagementFte'), 'label'));
  const managementFte = g.put(
    fteRow,
    3,
    averages !== null && averages.fteValue === terms.managementFte
      ? formulaCell(averages.fte, terms.managementFte, FORMATS.decimal)
      : numberCell(terms.managementFte, FORMATS.decimal),
  );
  const helpers: BaselineHelpers = { procurementCost, managementFte, fraction: new Map(), procurementYear: new Map() };
  for (const agreement of model.currentAgreements) {
    const expiry = monthOf(agreement.expires);
    if (expiry === null) continue;
    const goLive = expiry + 1;
    const goLiveYear = yearOfMonth(goLive);
    if (goLiveYear >= baseYear) {
      const i = ctx.years.indexOf(Math.max(goLiveYear - 1, baseYear));
      if (i >= 0) helpers.procurementYear.set(agreement.id, i);
    }
    const monthRow = g.row();
    g.put(monthRow, 0, textCell(agreement.name, 'label'));
    g.put(monthRow, 2, textCell(label(t, 'monthsReprocured'), 'label'));
    const months = ctx.years.map((year) => monthsInYear(goLive, horizonEnd, year));
    const monthRefs = months.map((m, i) => g.put(monthRow, yearColumn(i), numberCell(m, FORMATS.count)));
    const fractionRow = g.row();
    g.put(fractionRow, 2, textCell(label(t, 'shareOfYear'), 'label'));
    helpers.fraction.set(
      agreement.id,
      monthRefs.map((ref, i) =>
        g.put(fractionRow, yearColumn(i), formulaCell(`${area.address(ref)}/12`, months[i]! / 12, FORMATS.indexFactor)),
      ),
    );
  }
  g.skip();
  return helpers;
}

/**
 * The averages as formulas: this alternative's contracts by their snapshot
 * cells (so a change there moves the baseline as it moves the engine's), the
 * other alternatives' as numbers, in the engine's order. Procurement in whole
 * öre (integers, summed exactly), FTE summed in the engine's order.
 */
function averageFormulas(
  model: CostModel,
  alternative: Alternative,
  snapshot: SnapshotRefs,
): { procurement: string; procurementOre: number; fte: string; fteValue: number } | null {
  const contracts = model.alternatives.flatMap((a) =>
    a.contracts.filter((c) => c.successorOf === undefined).map((c) => ({ own: a.id === alternative.id, c })),
  );
  if (contracts.length === 0) return null;
  const costParts: string[] = [];
  let otherOre = 0;
  let costOre = 0;
  const fteParts: string[] = [];
  let fteValue = 0;
  for (const { own, c } of contracts) {
    const cells = own ? snapshot.contracts.get(c.id) : undefined;
    if (own && cells === undefined) return null;
    if (cells !== undefined) {
      costParts.push(`ROUND(${address(cells.procurementCost.pos, true)}*100,0)`);
      costOre += oreOf(cells.procurementCost.value as number);
      fteParts.push(address(cells.managementFte.pos, true));
      fteValue += cells.managementFte.value as number;
    } else {
      otherOre += c.procurementCost;
      costOre += c.procurementCost;
      fteParts.push(String(c.managementFte));
      fteValue += c.managementFte;
    }
  }
  if (otherOre !== 0) costParts.push(String(otherOre));
  const n = contracts.length;
  return {
    procurement: `ROUND((${costParts.join('+')})/${n},0)/100`,
    procurementOre: roundHalfAwayFromZero(costOre / n),
    fte: `(${fteParts.join('+')})/${n}`,
    fteValue: fteValue / n,
  };
}
