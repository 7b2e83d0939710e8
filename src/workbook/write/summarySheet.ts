/**
 * The one-page summary for the management group ("Sammanfattning FLG"):
 * title, date, input fingerprint, and per alternative the number of
 * contracts, the total over the horizon, the present value, the difference
 * from the baseline, and the average cost per pupil per payer. Every figure
 * refers to its scenario sheet by formula. Printed landscape, one page wide.
 */
import type { PlannedSheet } from '../plan';
import { label, unitNoteText } from '../labels';
import { rangeAddress } from './a1';
import { GridBuilder, textCell } from './cells';
import { refCell } from './crossRefs';
import { FORMATS, moneyFormat } from './formats';
import type { SheetContext } from './layout';
import { printSetup } from './print';
import type { OverviewInput } from './comparisonSheet';
import { writeOverridesNote } from './scenarioSheet';

export function summarySheet(input: OverviewInput): PlannedSheet {
  const { model, scenarios, names, language } = input;
  const unit = model.parameters.displayUnit;
  const money = moneyFormat(unit);
  const ctx: SheetContext = { b: new GridBuilder(), language, unit, years: input.years };
  const { b } = ctx;
  const first = scenarios[0];

  b.put(b.row(), 0, textCell(label(language, 'summaryTitle'), 'title'));
  const dateRow = b.row();
  b.put(dateRow, 0, textCell(label(language, 'date'), 'label'));
  // The date part of the ISO timestamp: what a printed page needs.
  b.put(dateRow, 1, textCell(input.stamp.generatedAt.slice(0, 10)));
  const fpRow = b.row();
  b.put(fpRow, 0, textCell(label(language, 'fingerprint'), 'label'));
  b.put(fpRow, 1, textCell(input.stamp.fingerprint));
  b.put(fpRow, 2, textCell(label(language, 'version'), 'label'));
  b.put(fpRow, 3, textCell(input.stamp.version));
  b.put(b.row(), 0, textCell(unitNoteText(language, unit), 'note'));
  if (input.illustrative) b.put(b.row(), 0, textCell(label(language, 'illustrative'), 'warning'));
  writeOverridesNote(ctx, input.stamp);
  b.skip();

  const header = b.row();
  (['alternative', 'contractCount', 'totalOverHorizon', 'npv', 'differenceTotal', 'differenceNpv'] as const).forEach(
    (key, i) => b.put(header, i, textCell(label(language, key), 'header')),
  );
  scenarios.forEach((s, k) => {
    const row = b.row();
    b.put(row, 0, textCell(names[k] ?? '', 'label'));
    b.put(row, 1, refCell(s.sheetName, s.contractCount, FORMATS.count));
    b.put(row, 2, refCell(s.sheetName, s.total, money, 'total'));
    b.put(row, 3, refCell(s.sheetName, s.npv, money, 'total'));
    b.put(row, 4, refCell(s.sheetName, s.differenceTotal, money));
    b.put(row, 5, refCell(s.sheetName, s.differenceNpv, money));
  });
  if (first !== undefined) {
    const row = b.row();
    b.put(row, 0, textCell(label(language, 'baseline'), 'label'));
    b.put(row, 2, refCell(first.sheetName, first.baselineTotal, money));
    b.put(row, 3, refCell(first.sheetName, first.baselineNpv, money));
  }
  b.skip();

  b.put(b.row(), 0, textCell(label(language, 'sectionPerPupilAverage'), 'subtitle'));
  const pupilHeader = b.row();
  b.put(pupilHeader, 0, textCell(label(language, 'payer'), 'header'));
  names.forEach((name, k) => b.put(pupilHeader, 1 + k, textCell(name, 'header')));
  for (const payer of model.payers) {
    const row = b.row();
    b.put(row, 0, textCell(payer.name, 'label'));
    scenarios.forEach((s, k) => {
      const ref = s.payers.get(payer.id)?.perPupilAverage;
      if (ref !== undefined) b.put(row, 1 + k, refCell(s.sheetName, ref, FORMATS.perUnit));
    });
  }

  const lastCol = Math.max(b.width, 6) - 1;
  const lastRow = b.rows.length - 1;
  return {
    name: input.sheetName,
    kind: 'summary',
    key: input.key,
    rows: b.finish(),
    columnWidths: [34, ...Array.from({ length: lastCol }, () => 16)],
    print: printSetup(language, { area: rangeAddress({ row: 0, col: 0 }, { row: lastRow, col: lastCol }) }),
  };
}
