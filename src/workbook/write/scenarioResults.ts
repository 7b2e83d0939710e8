/**
 * The computed part of a scenario sheet, section by section: index and
 * discount factors, costs per contract × solution × item, allocation per
 * payer, the reconciliation, cost per pupil and per user, and the comparison
 * with the baseline. Every figure is a formula with the engine's result
 * cached: entry amounts multiply snapshot cells and helper cells
 * (entryTerms.ts), allocations sum the largest-remainder block of the helper
 * area (allocationBlock.ts), totals, per-unit figures and present values
 * build on those. Where a formula cannot reproduce the engine's figure
 * exactly (or the allocation block would be too large) the figure is a
 * value, and the sheet's note says so.
 */
import type { Alternative, CostModel, PayerYear, ScenarioResult } from '../../engine/model';
import { buildModelIndex } from '../../engine/modelIndex';
import { label, schoolFormLabel, unitLabel, type LabelKey } from '../labels';
import { address } from './a1';
import { formulaCell, numberCell, textCell, type Ref } from './cells';
import { groupEntries } from './entryGroups';
import { FORMATS, moneyFormat } from './formats';
import { kr, npvColumn, totalColumn, yearColumn, type SheetContext, type YearRefs } from './layout';
import { npvCell, rowLabels, sumRows, totalAcross, yearHeader, moneyRow } from './yearTable';
import { perCountKr } from './rounding';
import type { PayerCountRefs, SnapshotRefs } from './scenarioSnapshot';
import type { HelperArea } from './helperArea';
import { payersInIdOrder, writeEntryHelpers } from './entryHelpers';
import { baselineTerm, entryTerm, unchangedTerm, type Term } from './entryTerms';
import { planAllocation, writeAllocationBlock, type AmountCell, type AllocationPlan } from './allocationBlock';
import { oreOf } from '../../engine/money';

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

/** Parameter cells the formulas pin with $: base year, discount rate, cost per FTE of contract management. */
export interface ParameterRefs {
  baseYear: Ref;
  discountRate: Ref;
  costPerFte: Ref;
}

/**
 * The rows a printed scenario sheet shows below its repeated header: the
 * allocation per payer, the reconciliation, the cost per pupil and per user,
 * and the comparison with the baseline (0-based, inclusive). The snapshot,
 * the cost lines and the transition section stay on screen.
 */
export interface PrintedRows {
  first: number;
  last: number;
}

/** Which figures are formulas, for the sheet's note. */
export interface FormulaStatus {
  /** Entries written as values because no formula reproduces them. */
  entryValues: number;
  allocation: AllocationPlan['kind'];
  allocationReason?: 'tooLarge' | 'notTraceable';
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
): { discount: YearRefs; factors: YearRefs } {
  const { b, language } = ctx;
  section(ctx, 'sectionIndex');
  const years = yearHeader(ctx, [null, null, 'year'], []);
  const rateRow = b.row();
  rowLabels(ctx, rateRow, [null, null, label(language, 'indexRate')]);
  const rates = scenario.years.map((year, i) => {
    // The base year has factor 1 by definition: no rate goes into it.
    if (i === 0) return null;
    const rate = model.parameters.indexRates[year] ?? model.parameters.defaultIndexRate;
    return b.put(rateRow, yearColumn(i), numberCell(rate, FORMATS.percent, 'input'));
  });
  const factorRow = b.row();
  rowLabels(ctx, factorRow, [null, null, label(language, 'indexFactor')]);
  // factor(y) = factor(y − 1) × (1 + rate(y)), chained as the engine chains it (never rounded).
  const factors: Ref[] = [];
  scenario.indexFactors.forEach((factor, i) => {
    const before = factors[i - 1];
    const rate = rates[i];
    const cell =
      before === undefined || rate === null || rate === undefined
        ? numberCell(factor, FORMATS.indexFactor)
        : formulaCell(`${address(before.pos)}*(1+${address(rate.pos)})`, factor, FORMATS.indexFactor);
    factors.push(b.put(factorRow, yearColumn(i), cell));
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
  return { discount, factors };
}

export function writeResults(
  ctx: SheetContext,
  model: CostModel,
  alternative: Alternative,
  scenario: ScenarioResult,
  params: ParameterRefs,
  snapshot: SnapshotRefs,
  area: HelperArea,
): ResultAnchors & { status: FormulaStatus; printed: PrintedRows } {
  const { b, language } = ctx;
  const counts = snapshot.payers;
  const { discount, factors } = writeIndexAndDiscount(ctx, model, scenario, params);
  const yearCols = ctx.years.map((_, i) => yearColumn(i));
  const index = buildModelIndex(model);
  const helpers = writeEntryHelpers(ctx, area, model, alternative, index, snapshot);
  const termContext = { model, alternative, snapshot, helpers, area, factors, costPerFte: params.costPerFte };

  // Costs per contract × solution × item: each year's cell is the sum of its entries' formulas.
  section(ctx, 'sectionCosts');
  yearHeader(ctx, ['contract', 'solution', 'costItem'], ['total', 'npv']);
  const costRows: Ref[][] = [];
  const amounts: AmountCell[] = scenario.entries.map((e) => ({ formula: null, value: kr(e.amount) }));
  const entryLabels: string[] = scenario.entries.map(() => '');
  let entryValues = 0;
  const runOnRows: Ref[][] = [];
  for (const group of groupEntries(model, scenario, language)) {
    const row = b.row();
    rowLabels(ctx, row, group.labels);
    const groupLabel = group.labels.filter((t) => t !== null).join(' · ');
    const refs = group.amounts.map((amount, i) => {
      const indexes = group.entries[i] ?? [];
      const terms = indexes.map((e) => entryTerm(termContext, scenario.entries[e]!, i));
      for (const e of indexes) entryLabels[e] = groupLabel;
      if (indexes.length === 0 || terms.some((t) => t === null)) {
        entryValues += terms.filter((t) => t === null).length;
        return b.put(row, yearColumn(i), numberCell(kr(amount), moneyFormat(ctx.unit)));
      }
      const ref = b.put(
        row,
        yearColumn(i),
        formulaCell(terms.map((t) => (t as Term).formula).join('+'), kr(amount), moneyFormat(ctx.unit)),
      );
      // The allocation block refers to the cost cell when it holds one entry, else repeats the entry's term.
      indexes.forEach((e, k) => {
        const term = terms[k] as Term;
        amounts[e] =
          indexes.length === 1
            ? { formula: address(ref.pos), value: term.value }
            : { formula: term.formula, value: term.value };
      });
      return ref;
    });
    costRows.push([...refs, totalAcross(ctx, row, refs, 'label')]);
    // Only the months past expiry are run-on; an agreement's months within its term are not.
    if (group.key.includes('\u0000runOn\u0000runOn:')) runOnRows.push(refs);
  }
  const sumCostRow = b.row();
  rowLabels(ctx, sumCostRow, [label(language, 'sumCosts'), null, null], 'total');
  const costSums = sumRows(ctx, sumCostRow, costRows, [...yearCols, totalColumn(ctx)]);
  const yearTotals = costSums.slice(0, ctx.years.length);
  const total = costSums[ctx.years.length] as Ref;
  const npv = npvCell(ctx, sumCostRow, yearTotals, discount, kr(scenario.npv));
  b.skip();

  // Allocation per payer: SUMIFS over the largest-remainder block of the helper area.
  const ordinals = new Map(payersInIdOrder(model).map((p, i) => [p.id, i + 1]));
  const plan = planAllocation(index, model, alternative, scenario, snapshot, ordinals);
  const columns =
    plan.kind === 'formulas'
      ? writeAllocationBlock(
          ctx,
          area,
          scenario,
          plan,
          amounts,
          entryLabels,
          new Map(model.payers.map((p) => [p.id, p.name])),
          helpers.ordinal,
        )
      : null;
  const money = moneyFormat(ctx.unit);
  const printedFirst = b.nextRow;
  section(ctx, 'sectionAllocation');
  const allocHeader = yearHeader(ctx, ['payer', 'organisation', 'schoolForm'], ['total', 'npv']);
  // Row-absolute year headers (C$12), spelt once per year rather than once per payer and year.
  const yearAt = allocHeader.map((h) => address(h.pos).replace(/(\d+)$/, '$$$1'));
  const payerYears = payerYearsByPayer(scenario);
  const payerNpvOf = new Map(scenario.payerTotals.map((t) => [t.payerId, t.npv]));
  const payerRows = new Map<string, { refs: YearRefs; total: Ref; npv: Ref }>();
  const allocationRows: Ref[][] = [];
  for (const payer of model.payers) {
    const row = b.row();
    rowLabels(ctx, row, [payer.name, payer.organisation, schoolFormLabel(language, payer.schoolForm)]);
    const ordinal = helpers.ordinal.get(payer.id);
    const sumifs =
      columns === null || ordinal === undefined
        ? null
        : `SUMIFS(${columns.share},${columns.ordinal},${area.address(ordinal, true)},${columns.year},`;
    const refs = ctx.years.map((_, i) => {
      const value = kr(payerYears.get(payer.id)?.[i]?.amount ?? 0);
      if (sumifs === null) return b.put(row, yearColumn(i), numberCell(value, money));
      return b.put(row, yearColumn(i), formulaCell(`${sumifs}${yearAt[i]})`, value, money));
    });
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
  const unallocRefs =
    columns === null
      ? moneyRow(ctx, unallocRow, scenario.unallocatedByYear.map(kr))
      : scenario.unallocatedByYear.map((u, i) =>
          b.put(
            unallocRow,
            yearColumn(i),
            formulaCell(`SUMIFS(${columns.unallocated},${columns.year},${yearAt[i]})`, kr(u), money),
          ),
        );
  const unallocated = [...unallocRefs, totalAcross(ctx, unallocRow, unallocRefs, 'label')];
  b.skip();

  writeReconciliation(ctx, costSums, allocated, unallocated);
  const perPupil = writePerUnit(ctx, model, payerYears, 'sectionPerPupil', 'pupils', payerRows, counts);
  const perUser = writePerUnit(ctx, model, payerYears, 'sectionPerUser', 'users', payerRows, counts);
  const baselineTerms = scenario.years.map((_, i) => baselineTerm(termContext, i));
  const baseline = writeBaseline(ctx, scenario, discount, yearTotals, total, npv, baselineTerms, runOnRows);
  writeUnchangedReference(
    ctx,
    scenario,
    discount,
    scenario.years.map((_, i) => unchangedTerm(termContext, i)),
  );
  // From the allocation to the reference row; the blank row that follows is not printed.
  const printed = { first: printedFirst, last: b.nextRow - 2 };

  const payers = new Map<string, PayerAnchors>();
  for (const [id, rows] of payerRows) {
    payers.set(id, {
      total: rows.total,
      npv: rows.npv,
      perPupilAverage: perPupil.get(id) as Ref,
      perUserAverage: perUser.get(id) as Ref,
    });
  }
  const status: FormulaStatus = { entryValues, allocation: plan.kind };
  if (plan.kind === 'values') status.allocationReason = plan.reason;
  return { yearTotals, total, npv, ...baseline, payers, status, printed };
}

/** A payer's figures by the position of their year in the scenario's years (undefined: none that year). */
type PayerYearsByPayer = Map<string, (PayerYear | undefined)[]>;

/** The scenario's payer-years by payer and year position: looked up once per cell of three sections. */
function payerYearsByPayer(scenario: ScenarioResult): PayerYearsByPayer {
  const position = new Map(scenario.years.map((y, i) => [y, i]));
  const out: PayerYearsByPayer = new Map();
  for (const py of scenario.payerYears) {
    const i = position.get(py.year);
    if (i === undefined) continue;
    let years = out.get(py.payerId);
    if (years === undefined) {
      years = [];
      out.set(py.payerId, years);
    }
    years[i] = py;
  }
  return out;
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
  payerYears: PayerYearsByPayer,
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
  const averages = new Map<string, Ref>();
  for (const payer of model.payers) {
    const row = b.row();
    rowLabels(ctx, row, [payer.name, payer.organisation, schoolFormLabel(language, payer.schoolForm)]);
    const rows = payerRows.get(payer.id);
    const countRef = counts.get(payer.id)?.[count];
    if (rows === undefined || countRef === undefined) continue;
    const c = address(countRef.pos);
    // IF(count=0,"–",ROUND(cost*100/count,0)/100): the parts around the cost cell are the payer's.
    const [before, after] = [`IF(${c}=0,"${na}",ROUND(`, `*100/${c},0)/100)`];
    const engine = payerYears.get(payer.id);
    ctx.years.forEach((_, i) => {
      const cost = address((rows.refs[i] as Ref).pos);
      const py = engine?.[i];
      const engineValue = py === undefined ? null : count === 'pupils' ? py.perPupil : py.perUser;
      const cached = engineValue === null ? na : kr(engineValue);
      b.put(row, yearColumn(i), formulaCell(before + cost + after, cached, FORMATS.perUnit));
    });
    const totalOre = oreOf(rows.total.value as number);
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
  terms: (Term | null)[],
  runOnRows: Ref[][],
): Pick<ResultAnchors, 'baselineByYear' | 'baselineTotal' | 'baselineNpv' | 'differenceTotal' | 'differenceNpv'> {
  const { b, language } = ctx;
  const money = moneyFormat(ctx.unit);
  section(ctx, 'sectionBaseline');
  yearHeader(ctx, [null, null, null], ['total', 'npv']);

  const baseRow = b.row();
  rowLabels(ctx, baseRow, [label(language, 'baseline'), null, null]);
  // Each year a formula of the agreements' snapshot cells where it gives the engine's figure.
  const baselineByYear = scenario.baseline.baselineByYear.map((ore, i) => {
    const term = terms[i];
    const cell =
      term !== null && term !== undefined && term.value * 100 === ore
        ? formulaCell(term.formula, kr(ore), money)
        : numberCell(kr(ore), money);
    return b.put(baseRow, yearColumn(i), cell);
  });
  const baselineTotal = totalAcross(ctx, baseRow, baselineByYear);
  const baselineNpv = npvCell(ctx, baseRow, baselineByYear, discount, kr(scenario.baseline.baselineNpv));

  const runOnRow = b.row();
  rowLabels(ctx, runOnRow, [label(language, 'runOn'), null, null]);
  // The old agreements' rows of the cost table, summed per year.
  const runOn = scenario.baseline.runOnByYear.map((ore, i) => {
    const refs = runOnRows.map((r) => r[i] as Ref);
    const sum = refs.reduce((s, r) => s + (r.value as number), 0);
    const cell =
      refs.length > 0 && sum * 100 === ore
        ? formulaCell(refs.map((r) => address(r.pos)).join('+'), kr(ore), money)
        : numberCell(kr(ore), money);
    return b.put(runOnRow, yearColumn(i), cell);
  });
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
  // Years and total: scenario − baseline. Present value: the differences discounted and rounded once.
  const diff = scen.slice(0, -1).map((s, i) => {
    const col = s.pos.col;
    const formula = `${address(s.pos)}-${address((base[i] as Ref).pos)}`;
    return b.put(diffRow, col, formulaCell(formula, engineDiff[i] as number, money, 'total'));
  });
  diff.push(npvCell(ctx, diffRow, diff.slice(0, yearTotals.length), discount, engineDiff[yearTotals.length + 1]));
  b.skip();
  return {
    baselineByYear,
    baselineTotal,
    baselineNpv,
    differenceTotal: diff[yearTotals.length] as Ref,
    differenceNpv: diff[yearTotals.length + 1] as Ref,
  };
}

/**
 * Below the baseline comparison: "continue unchanged", the current agreements'
 * annual costs alone, labelled as a reference that is not possible under LOU
 * after the agreements end (src/engine/baseline.ts).
 */
function writeUnchangedReference(
  ctx: SheetContext,
  scenario: ScenarioResult,
  discount: YearRefs,
  terms: (Term | null)[],
): void {
  const { b, language } = ctx;
  const money = moneyFormat(ctx.unit);
  const row = b.row();
  rowLabels(ctx, row, [label(language, 'unchangedReference'), null, null]);
  const refs = scenario.baseline.unchangedByYear.map((ore, i) => {
    const term = terms[i];
    const cell =
      term !== null && term !== undefined && term.value * 100 === ore
        ? formulaCell(term.formula, kr(ore), money)
        : numberCell(kr(ore), money);
    return b.put(row, yearColumn(i), cell);
  });
  totalAcross(ctx, row, refs);
  npvCell(ctx, row, refs, discount, kr(scenario.baseline.unchangedNpv));
  b.skip();
}
