/**
 * The computed part of a scenario sheet, section by section: index and
 * discount factors, costs per contract × solution × item, allocation per
 * payer, the reconciliation, cost per pupil and per user, and the comparison
 * with the baseline. Amounts (the engine's entries and allocations, rounded
 * once to whole kronor) are values; every total, difference, per-unit figure
 * and present value is a formula over them with the engine's result cached.
 */
import type { CostModel, ScenarioResult } from '../../engine/model';
import { label, schoolFormLabel, unitLabel, type LabelKey } from '../labels';
import { address } from './a1';
import { formulaCell, numberCell, textCell, type Ref } from './cells';
import { groupEntries } from './entryGroups';
import { FORMATS, moneyFormat } from './formats';
import { kr, npvColumn, totalColumn, yearColumn, type SheetContext, type YearRefs } from './layout';
import { npvCell, rowLabels, sumRows, totalAcross, yearHeader, moneyRow } from './yearTable';
import { perCountKr } from './rounding';
import type { PayerCountRefs } from './scenarioSnapshot';

export interface PayerAnchors {
  total: Ref;
  npv: Ref;
  perPupilAverage: Ref;
  perUserAverage: Ref;
}

export interface ResultAnchors {
  yearTotals: YearRefs;
  total: Ref;
  npv: Ref;
  baselineByYear: YearRefs;
  baselineTotal: Ref;
  baselineNpv: Ref;
  differenceTotal: Ref;
  differenceNpv: Ref;
  payers: Map<string, PayerAnchors>;
}

/** Parameter cells the formulas pin with $: base year and discount rate. */
export interface ParameterRefs {
  baseYear: Ref;
  discountRate: Ref;
}

function section(ctx: SheetContext, key: LabelKey): void {
  ctx.b.put(
    ctx.b.row(),
    0,
    textCell(label(ctx.language, key, { unit: unitLabel(ctx.language, ctx.unit) }), 'subtitle'),
  );
}

/** Index rates and factors (snapshot inputs) and the discount factor formulas. */
function writeIndexAndDiscount(
  ctx: SheetContext,
  model: CostModel,
  scenario: ScenarioResult,
  params: ParameterRefs,
): YearRefs {
  const { b, language } = ctx;
  section(ctx, 'sectionIndex');
  const years = yearHeader(ctx, [null, null, 'year'], []);
  const rateRow = b.row();
  rowLabels(ctx, rateRow, [null, null, label(language, 'indexRate')]);
  scenario.years.forEach((year, i) => {
    // The base year has factor 1 by definition: no rate goes into it.
    if (i === 0) return;
    const rate = model.parameters.indexRates[year] ?? model.parameters.defaultIndexRate;
    b.put(rateRow, yearColumn(i), numberCell(rate, FORMATS.percent, 'input'));
  });
  const factorRow = b.row();
  rowLabels(ctx, factorRow, [null, null, label(language, 'indexFactor')]);
  scenario.indexFactors.forEach((factor, i) => {
    b.put(factorRow, yearColumn(i), numberCell(factor, FORMATS.indexFactor, 'input'));
  });
  const discountRow = b.row();
  rowLabels(ctx, discountRow, [null, null, label(language, 'discountFactor')]);
  const rate = address(params.discountRate.pos, true);
  const base = address(params.baseYear.pos, true);
  const discount = years.map((yearRef, i) => {
    const year = scenario.years[i] as number;
    const value = 1 / Math.pow(1 + model.parameters.discountRate, year - model.parameters.baseYear);
    // Row-absolute year reference: the header row is fixed, the column follows.
    const yearAddress = address(yearRef.pos).replace(/(\d+)$/, '$$$1');
    return b.put(
      discountRow,
      yearColumn(i),
      formulaCell(`1/(1+${rate})^(${yearAddress}-${base})`, value, FORMATS.indexFactor),
    );
  });
  b.skip();
  return discount;
}

export function writeResults(
  ctx: SheetContext,
  model: CostModel,
  scenario: ScenarioResult,
  params: ParameterRefs,
  counts: Map<string, PayerCountRefs>,
): ResultAnchors {
  const { b, language } = ctx;
  const discount = writeIndexAndDiscount(ctx, model, scenario, params);
  const yearCols = ctx.years.map((_, i) => yearColumn(i));

  // Costs per contract × solution × item.
  section(ctx, 'sectionCosts');
  yearHeader(ctx, ['contract', 'solution', 'costItem'], ['total', 'npv']);
  const costRows: Ref[][] = [];
  for (const group of groupEntries(model, scenario, language)) {
    const row = b.row();
    rowLabels(ctx, row, group.labels);
    const refs = moneyRow(ctx, row, group.amounts.map(kr));
    costRows.push([...refs, totalAcross(ctx, row, refs, 'label')]);
  }
  const sumCostRow = b.row();
  rowLabels(ctx, sumCostRow, [label(language, 'sumCosts'), null, null], 'total');
  const costSums = sumRows(ctx, sumCostRow, costRows, [...yearCols, totalColumn(ctx)]);
  const yearTotals = costSums.slice(0, ctx.years.length);
  const total = costSums[ctx.years.length] as Ref;
  const npv = npvCell(ctx, sumCostRow, yearTotals, discount, kr(scenario.npv));
  b.skip();

  // Allocation per payer.
  section(ctx, 'sectionAllocation');
  yearHeader(ctx, ['payer', 'organisation', 'schoolForm'], ['total', 'npv']);
  const amountOf = new Map(scenario.payerYears.map((p) => [`${p.payerId}\u0000${p.year}`, p]));
  const payerNpvOf = new Map(scenario.payerTotals.map((t) => [t.payerId, t.npv]));
  const payerRows = new Map<string, { refs: YearRefs; total: Ref; npv: Ref }>();
  const allocationRows: Ref[][] = [];
  for (const payer of model.payers) {
    const row = b.row();
    rowLabels(ctx, row, [payer.name, payer.organisation, schoolFormLabel(language, payer.schoolForm)]);
    const refs = moneyRow(
      ctx,
      row,
      ctx.years.map((y) => kr(amountOf.get(`${payer.id}\u0000${y}`)?.amount ?? 0)),
    );
    const payerTotal = totalAcross(ctx, row, refs, 'label');
    const engineNpv = payerNpvOf.get(payer.id);
    const payerNpv = npvCell(ctx, row, refs, discount, engineNpv === undefined ? undefined : kr(engineNpv));
    payerRows.set(payer.id, { refs, total: payerTotal, npv: payerNpv });
    allocationRows.push([...refs, payerTotal]);
  }
  const sumAllocRow = b.row();
  rowLabels(ctx, sumAllocRow, [label(language, 'sumAllocated'), null, null], 'total');
  const allocated = sumRows(ctx, sumAllocRow, allocationRows, [...yearCols, totalColumn(ctx)]);
  const unallocRow = b.row();
  rowLabels(ctx, unallocRow, [label(language, 'unallocated'), null, null]);
  const unallocRefs = moneyRow(ctx, unallocRow, scenario.unallocatedByYear.map(kr));
  const unallocated = [...unallocRefs, totalAcross(ctx, unallocRow, unallocRefs, 'label')];
  b.skip();

  writeReconciliation(ctx, costSums, allocated, unallocated);
  const perPupil = writePerUnit(ctx, model, scenario, 'sectionPerPupil', 'pupils', payerRows, counts);
  const perUser = writePerUnit(ctx, model, scenario, 'sectionPerUser', 'users', payerRows, counts);
  const baseline = writeBaseline(ctx, scenario, discount, yearTotals, total, npv);

  const payers = new Map<string, PayerAnchors>();
  for (const [id, rows] of payerRows) {
    payers.set(id, {
      total: rows.total,
      npv: rows.npv,
      perPupilAverage: perPupil.get(id) as Ref,
      perUserAverage: perUser.get(id) as Ref,
    });
  }
  return { yearTotals, total, npv, ...baseline, payers };
}

/** Total = allocated + unallocated, per year and over the horizon, with the difference shown. */
function writeReconciliation(ctx: SheetContext, totals: Ref[], allocated: Ref[], unallocated: Ref[]): void {
  const { b, language } = ctx;
  section(ctx, 'sectionReconciliation');
  yearHeader(ctx, [null, null, null], ['total']);
  const columns = [...ctx.years.map((_, i) => yearColumn(i)), totalColumn(ctx)];
  const copy = (key: LabelKey, source: Ref[]): Ref[] => {
    const row = b.row();
    rowLabels(ctx, row, [label(language, key), null, null]);
    return columns.map((col, i) => {
      const from = source[i] as Ref;
      return b.put(row, col, formulaCell(address(from.pos), from.value, moneyFormat(ctx.unit)));
    });
  };
  const t = copy('sumCosts', totals);
  const a = copy('sumAllocated', allocated);
  const u = copy('unallocated', unallocated);
  const row = b.row();
  rowLabels(ctx, row, [label(language, 'reconciliationDifference'), null, null], 'total');
  columns.forEach((col, i) => {
    const [tr, ar, ur] = [t[i], a[i], u[i]] as [Ref, Ref, Ref];
    const value = (tr.value as number) - (ar.value as number) - (ur.value as number);
    b.put(
      row,
      col,
      formulaCell(`${address(tr.pos)}-${address(ar.pos)}-${address(ur.pos)}`, value, moneyFormat(ctx.unit), 'total'),
    );
  });
  b.skip();
}

/**
 * Cost per pupil (or user) per payer and year, with the count from the
 * snapshot: =IF(count=0,"–",ROUND(cost*100/count,0)/100), and an average per
 * year over the horizon: total*100 / (count × number of years), likewise.
 * "–" (not applicable) when the payer has no pupils: never 0, never #DIV/0!.
 *
 * Why öre and not ROUND(cost/count,2): 21 827 kr / 40 = 545,675 kr is not a
 * binary fraction, so the double is 545,67499…; ROUND(…,2) then gives 545,67 in
 * one spreadsheet program and 545,68 in another. 2 182 700 öre / 40 = 54 567,5
 * is exact in binary, every program rounds it half away from zero to 54 568,
 * as the engine does (found by the HyperFormula check on the sample).
 */
function writePerUnit(
  ctx: SheetContext,
  model: CostModel,
  scenario: ScenarioResult,
  key: LabelKey,
  count: 'pupils' | 'users',
  payerRows: Map<string, { refs: YearRefs; total: Ref }>,
  counts: Map<string, PayerCountRefs>,
): Map<string, Ref> {
  const { b, language } = ctx;
  const na = label(language, 'notApplicable');
  section(ctx, key);
  const header = yearHeader(ctx, ['payer', 'organisation', 'schoolForm'], ['averagePerYear']);
  const yearsRange = `${address((header[0] as Ref).pos, true)}:${address((header[header.length - 1] as Ref).pos, true)}`;
  const engine = new Map(scenario.payerYears.map((p) => [`${p.payerId}\u0000${p.year}`, p]));
  const averages = new Map<string, Ref>();
  for (const payer of model.payers) {
    const row = b.row();
    rowLabels(ctx, row, [payer.name, payer.organisation, schoolFormLabel(language, payer.schoolForm)]);
    const rows = payerRows.get(payer.id);
    const countRef = counts.get(payer.id)?.[count];
    if (rows === undefined || countRef === undefined) continue;
    const c = address(countRef.pos);
    ctx.years.forEach((year, i) => {
      const cost = address((rows.refs[i] as Ref).pos);
      const py = engine.get(`${payer.id}\u0000${year}`);
      const engineValue = py === undefined ? null : count === 'pupils' ? py.perPupil : py.perUser;
      const cached = engineValue === null ? na : engineValue / 100;
      b.put(
        row,
        yearColumn(i),
        formulaCell(`IF(${c}=0,"${na}",ROUND(${cost}*100/${c},0)/100)`, cached, FORMATS.perUnit),
      );
    });
    const totalOre = Math.round((rows.total.value as number) * 100);
    const average = perCountKr(totalOre, (countRef.value as number) * ctx.years.length);
    const formula = `IF(${c}=0,"${na}",ROUND(${address(rows.total.pos)}*100/(${c}*COUNT(${yearsRange})),0)/100)`;
    averages.set(payer.id, b.put(row, totalColumn(ctx), formulaCell(formula, average ?? na, FORMATS.perUnit, 'total')));
  }
  b.skip();
  return averages;
}

/** Baseline per year, the old agreements' run-on within the scenario, and the difference. */
function writeBaseline(
  ctx: SheetContext,
  scenario: ScenarioResult,
  discount: YearRefs,
  yearTotals: YearRefs,
  total: Ref,
  npv: Ref,
): Pick<ResultAnchors, 'baselineByYear' | 'baselineTotal' | 'baselineNpv' | 'differenceTotal' | 'differenceNpv'> {
  const { b, language } = ctx;
  const money = moneyFormat(ctx.unit);
  section(ctx, 'sectionBaseline');
  yearHeader(ctx, [null, null, null], ['total', 'npv']);

  const baseRow = b.row();
  rowLabels(ctx, baseRow, [label(language, 'baseline'), null, null]);
  const baselineByYear = moneyRow(ctx, baseRow, scenario.baseline.baselineByYear.map(kr));
  const baselineTotal = totalAcross(ctx, baseRow, baselineByYear);
  const baselineNpv = npvCell(ctx, baseRow, baselineByYear, discount, kr(scenario.baseline.baselineNpv));

  const runOnRow = b.row();
  rowLabels(ctx, runOnRow, [label(language, 'runOn'), null, null]);
  const runOn = moneyRow(ctx, runOnRow, scenario.baseline.runOnByYear.map(kr));
  totalAcross(ctx, runOnRow, runOn, 'label');

  const scenRow = b.row();
  rowLabels(ctx, scenRow, [label(language, 'scenarioTotal'), null, null]);
  const scen = [...yearTotals, total, npv].map((from, i) => {
    const col = i < yearTotals.length ? yearColumn(i) : i === yearTotals.length ? totalColumn(ctx) : npvColumn(ctx);
    return b.put(scenRow, col, formulaCell(address(from.pos), from.value, money));
  });

  const diffRow = b.row();
  rowLabels(ctx, diffRow, [label(language, 'differenceVsBaseline'), null, null], 'total');
  const base = [...baselineByYear, baselineTotal, baselineNpv];
  const engineDiff = [
    ...scenario.baseline.baselineByYear.map((_, i) => (scen[i]?.value as number) - (base[i]?.value as number)),
    kr(scenario.baseline.differenceTotal),
    kr(scenario.baseline.differenceNpv),
  ];
  const diff = scen.map((s, i) => {
    const col = s.pos.col;
    const formula = `${address(s.pos)}-${address((base[i] as Ref).pos)}`;
    return b.put(diffRow, col, formulaCell(formula, engineDiff[i] as number, money, 'total'));
  });
  b.skip();
  return {
    baselineByYear,
    baselineTotal,
    baselineNpv,
    differenceTotal: diff[yearTotals.length] as Ref,
    differenceNpv: diff[yearTotals.length + 1] as Ref,
  };
}
