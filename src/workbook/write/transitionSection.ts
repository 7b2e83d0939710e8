/**
 * The transition section of a scenario sheet: the old agreements' run-on past
 * expiry per school form (months and kronor) and the cost of a three-month
 * delay (src/engine/transitions.ts).
 *
 * The kronor per school form are a formula: SUMIFS over the cost table's
 * horizon totals of the run-on row labelled with that agreement and school
 * form, so they follow every live input of the cost table. The months come
 * from dates and the delay is a second computation with moved go-lives:
 * neither can be a formula of the sheet's cells, so they are values fixed at
 * generation, and the section's note says so.
 */
import type { CostModel, ScenarioResult } from '../../engine/model';
import { itemLabel, label, schoolFormLabel, unitLabel } from '../labels';
import { columnLetters } from './a1';
import { formulaCell, numberCell, textCell } from './cells';
import { FORMATS, moneyFormat } from './formats';
import { kr, totalColumn, type SheetContext } from './layout';

/** A SUMIFS criterion matching `text` exactly: "=" first, and the wildcards ~ * ? escaped with ~. */
export function exactCriterion(text: string): string {
  const escaped = text.replace(/[~*?]/g, (c) => `~${c}`).replace(/"/g, '""');
  return `"=${escaped}"`;
}

/** Writes the section below the rows written so far; the cost table must be above it. */
export function writeTransitions(ctx: SheetContext, model: CostModel, scenario: ScenarioResult): void {
  const { b, language } = ctx;
  if (scenario.transitions.length === 0) return;
  const money = moneyFormat(ctx.unit);
  const lastRowAbove = b.nextRow; // 1-based number of the last row written so far
  const column = (col: number): string => `$${columnLetters(col)}$1:$${columnLetters(col)}$${lastRowAbove}`;
  const agreementName = new Map(model.currentAgreements.map((a) => [a.id, a.name]));
  const runOnItem = itemLabel(language, 'runOn');

  b.put(
    b.row(),
    0,
    textCell(label(language, 'sectionTransitions', { unit: unitLabel(language, ctx.unit) }), 'subtitle'),
  );
  b.put(b.row(), 0, textCell(label(language, 'transitionNote'), 'note'));
  const header = b.row();
  (['agreement', 'schoolForm', 'monthsRunOn', 'runOnCost', 'runOnIfDelayed'] as const).forEach((key, col) =>
    b.put(header, col, textCell(label(language, key, { months: '3' }), 'header')),
  );
  for (const line of scenario.transitions) {
    const row = b.row();
    const name = agreementName.get(line.agreementId) ?? line.agreementId;
    const form = line.schoolForm === undefined ? null : schoolFormLabel(language, line.schoolForm);
    b.put(row, 0, textCell(name, 'label'));
    if (form !== null) b.put(row, 1, textCell(form, 'label'));
    b.put(row, 2, numberCell(line.months, FORMATS.count));
    // The cost table's run-on row of this agreement and school form: column B "agreement – school form", C the item.
    const second = form === null ? name : `${name} – ${form}`;
    const formula =
      `SUMIFS(${column(totalColumn(ctx))},${column(1)},${exactCriterion(second)},` +
      `${column(2)},${exactCriterion(runOnItem)})`;
    b.put(row, 3, formulaCell(formula, kr(line.amount), money));
    b.put(row, 4, numberCell(kr(line.amountIfDelayed), money));
  }
  const delayRow = b.row();
  b.put(delayRow, 0, textCell(label(language, 'delayCost', { months: String(scenario.delay.months) }), 'total'));
  b.put(delayRow, 3, numberCell(kr(scenario.delay.total), money, 'total'));
  const npvRow = b.row();
  b.put(npvRow, 0, textCell(label(language, 'delayCostNpv'), 'label'));
  b.put(npvRow, 3, numberCell(kr(scenario.delay.npv), money));
  const runOnRow = b.row();
  b.put(runOnRow, 0, textCell(label(language, 'delayCostRunOn'), 'label'));
  b.put(runOnRow, 3, numberCell(kr(scenario.delay.runOn), money));
  b.skip();
}
