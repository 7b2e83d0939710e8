/**
 * The proof the formula tests share: recalculate a plan with HyperFormula
 * (optionally with snapshot cells changed) and compare every figure of each
 * scenario sheet with an engine result: each cost table cell, the sums, the
 * present value, each payer's allocation per year, the unallocated row, the
 * reconciliation and the cost per user. Returns the differences as text.
 */
import type { CostModel, EngineOutput, ScenarioResult } from '../../../src/engine/model';
import type { WritePlan } from '../../../src/workbook/plan';
import { label, unitLabel } from '../../../src/workbook/labels';
import { groupEntries } from '../../../src/workbook/write/entryGroups';
import { rowOf, sheetByKey } from './helpers';
import { recalculate, sectionRows, valueCells, type Recalculated } from './formulaChecks';

const title = (model: CostModel, key: 'sectionCosts' | 'sectionAllocation'): string =>
  label('sv', key, { unit: unitLabel('sv', model.parameters.displayUnit) });

/** Non-zero cost and allocation cells that are values, and the sheet's note about formulas. */
export function formulaCellsOnly(
  plan: WritePlan,
  model: CostModel,
  scenario: ScenarioResult,
): { values: string[]; note: unknown } {
  const sheet = sheetByKey(plan, `scenario:${scenario.alternativeId}`);
  const years = scenario.years.length;
  const costs = sectionRows(sheet, title(model, 'sectionCosts'), label('sv', 'sumCosts'));
  const payers = sectionRows(sheet, title(model, 'sectionAllocation'), label('sv', 'sumAllocated'));
  const notes = (['formulaNote', 'formulaNotePartial', 'formulaNoteLargeModel'] as const).map((k) => label('sv', k));
  const note = sheet.rows.slice(0, 12).find((r) => notes.includes(r[0]?.value as string))?.[0]?.value;
  return { values: valueCells(sheet, [...costs, ...payers, rowOf(sheet, label('sv', 'unallocated'))], years), note };
}

export function scenarioChecks(
  plan: WritePlan,
  model: CostModel,
  expected: EngineOutput,
  changes: Parameters<typeof recalculate>[1] = [],
): string[] {
  // Only the scenario sheets: each must recalculate on its own, without the other sheets.
  const keys = new Set(expected.scenarios.map((sc) => `scenario:${sc.alternativeId}`));
  const calc = recalculate({ ...plan, sheets: plan.sheets.filter((sheet) => keys.has(sheet.key)) }, changes);
  const out: string[] = [];
  try {
    for (const scenario of expected.scenarios) out.push(...checkScenario(calc, plan, model, scenario));
  } finally {
    calc.hf.destroy();
  }
  return out;
}

function checkScenario(calc: Recalculated, plan: WritePlan, model: CostModel, s: ScenarioResult): string[] {
  const sheet = sheetByKey(plan, `scenario:${s.alternativeId}`);
  const out: string[] = [];
  const n = s.years.length;
  const v = (row: number, col: number): unknown => calc.value(sheet.name, row, col);
  const expect = (what: string, row: number, col: number, want: unknown): void => {
    const got = v(row, col);
    if (got !== want)
      out.push(`${sheet.name} ${what} R${row + 1}C${col + 1}: sheet ${String(got)}, engine ${String(want)}`);
  };

  const costRows = sectionRows(sheet, title(model, 'sectionCosts'), label('sv', 'sumCosts'));
  groupEntries(model, s, 'sv').forEach((group, g) => {
    group.amounts.forEach((amount, i) => expect(`entry ${group.labels.join('/')}`, costRows[g]!, 3 + i, amount / 100));
  });
  const sumRow = rowOf(sheet, label('sv', 'sumCosts'));
  s.totalByYear.forEach((t, i) => expect('total', sumRow, 3 + i, t / 100));
  expect('horizon total', sumRow, 3 + n, s.total / 100);
  expect('npv', sumRow, 4 + n, s.npv / 100);

  const payerRows = sectionRows(sheet, title(model, 'sectionAllocation'), label('sv', 'sumAllocated'));
  model.payers.forEach((payer, p) => {
    s.years.forEach((year, i) => {
      const py = s.payerYears.find((x) => x.payerId === payer.id && x.year === year)!;
      expect(`allocation ${payer.id}`, payerRows[p]!, 3 + i, py.amount / 100);
    });
  });
  const unallocated = rowOf(sheet, label('sv', 'unallocated'));
  s.unallocatedByYear.forEach((u, i) => expect('unallocated', unallocated, 3 + i, u / 100));

  // Displayed allocations + unallocated add up to the displayed totals, to the krona.
  const diffRow = rowOf(sheet, label('sv', 'reconciliationDifference'));
  for (let i = 0; i <= n; i++) expect('reconciliation', diffRow, 3 + i, 0);
  for (let i = 0; i < n; i++) {
    const allocated =
      payerRows.reduce((sum, r) => sum + (v(r, 3 + i) as number), 0) + (v(unallocated, 3 + i) as number);
    if (allocated !== v(sumRow, 3 + i))
      out.push(`${sheet.name} year ${s.years[i]}: allocated ${allocated} ≠ total ${String(v(sumRow, 3 + i))}`);
  }

  const baselineRow = rowOf(sheet, label('sv', 'baseline'));
  s.baseline.baselineByYear.forEach((b, i) => expect('baseline', baselineRow, 3 + i, b / 100));
  s.baseline.runOnByYear.forEach((r, i) => expect('run-on', baselineRow + 1, 3 + i, r / 100));
  const differenceRow = rowOf(sheet, label('sv', 'differenceVsBaseline'));
  expect('difference total', differenceRow, 3 + n, s.baseline.differenceTotal / 100);
  expect('difference npv', differenceRow, 4 + n, s.baseline.differenceNpv / 100);

  const perUserTitle = rowOf(sheet, label('sv', 'sectionPerUser'));
  model.payers.forEach((payer, p) => {
    s.years.forEach((year, i) => {
      const py = s.payerYears.find((x) => x.payerId === payer.id && x.year === year)!;
      expect(
        `per user ${payer.id}`,
        perUserTitle + 2 + p,
        3 + i,
        py.perUser === null ? label('sv', 'notApplicable') : py.perUser / 100,
      );
    });
  });
  return out;
}
