/**
 * The comparison sheet ("Jämförelse"): total cost per year for every
 * scenario and the baseline, the difference from the baseline, and the
 * average cost per user per payer, each cell a formula referring to the
 * scenario sheets; with two native charts built on those tables.
 *
 * In the chart tables the years are written as text ("2025"): given numbers
 * in the header row, Excel's chart wizard takes the years for a data series
 * instead of the categories.
 *
 * Below the charts: what changed since the previous generation
 * (changesSection.ts). Below the print area, at the very foot: this
 * generation's summary in plain cells (src/workbook/changesStore.ts), which
 * the next generation reads back to say what changed.
 */
import type { CostModel, ScenarioResult } from '../../engine/model';
import type { GenerationChanges, GenerationSummary } from '../changes';
import { summaryRows } from '../changesStore';
import { writeChangesSection } from './changesSection';
import { writeOptionsSection } from './optionsSection';
import type { PlannedChart, PlannedSheet } from '../plan';
import { label, unitLabel, type Language } from '../labels';
import { address, rangeAddress } from './a1';
import { GridBuilder, textCell } from './cells';
import { refCell } from './crossRefs';
import { fitNumberColumns } from './columnFit';
import { FORMATS, moneyFormat } from './formats';
import type { SheetContext } from './layout';
import { withWrappedNotes } from './notes';
import { printSetup, withPageBreaks } from './print';
import { writeStampRows, type ScenarioAnchors, type Stamp } from './scenarioSheet';

export interface OverviewInput {
  model: CostModel;
  scenarios: ScenarioAnchors[];
  /** The engine's results of the same scenarios, same order. */
  results: ScenarioResult[];
  /** Display names of the scenarios, same order (the alternatives' names). */
  names: string[];
  years: number[];
  language: Language;
  sheetName: string;
  key: string;
  stamp: Stamp;
  illustrative: boolean;
  /** What changed since the previous generation (the comparison sheet shows it). */
  changes: GenerationChanges;
  /** This generation's summary (the comparison sheet stores it for the next). */
  summary: GenerationSummary;
}

const CHART_ROWS = 18;

/** Column spans of `count` charts side by side over the sheet's width, as equal in width as the columns allow. */
function chartBands(widths: number[], count: number): { first: number; last: number }[] {
  const total = widths.reduce((a, w) => a + w, 0);
  const bands: { first: number; last: number }[] = [];
  let first = 0;
  let sum = 0;
  widths.forEach((w, col) => {
    sum += w;
    const band = bands.length;
    if (band < count - 1 && sum >= (total * (band + 1)) / count) {
      bands.push({ first, last: col });
      first = col + 1;
    }
  });
  if (count > 0) bands.push({ first, last: widths.length - 1 });
  return bands;
}

export function comparisonSheet(input: OverviewInput): PlannedSheet {
  const { model, scenarios, names, years, language } = input;
  const unit = model.parameters.displayUnit;
  const money = moneyFormat(unit);
  const ctx: SheetContext = { b: new GridBuilder(), language, unit, years };
  const { b } = ctx;
  const unitText = unitLabel(language, unit);
  const first = scenarios[0];

  b.put(b.row(), 0, textCell(label(language, 'comparisonTitle'), 'title'));
  writeStampRows(ctx, input.stamp, input.illustrative);
  b.skip();

  // Total cost per year per scenario, and the baseline (the same for every scenario).
  b.put(b.row(), 0, textCell(label(language, 'sectionTotalsPerYear', { unit: unitText }), 'subtitle'));
  const header = b.row();
  b.put(header, 0, textCell(label(language, 'alternative'), 'header'));
  years.forEach((year, i) => b.put(header, 1 + i, textCell(String(year), 'header')));
  const tail = 1 + years.length;
  (['total', 'npv', 'contractCount'] as const).forEach((key, i) =>
    b.put(header, tail + i, textCell(label(language, key), 'header')),
  );
  scenarios.forEach((s, k) => {
    const row = b.row();
    b.put(row, 0, textCell(names[k] ?? '', 'label'));
    s.yearTotals.forEach((ref, i) => b.put(row, 1 + i, refCell(s.sheetName, ref, money)));
    b.put(row, tail, refCell(s.sheetName, s.total, money, 'total'));
    b.put(row, tail + 1, refCell(s.sheetName, s.npv, money, 'total'));
    b.put(row, tail + 2, refCell(s.sheetName, s.contractCount, FORMATS.count));
  });
  let lastTotalsRow = header + scenarios.length;
  if (first !== undefined) {
    const row = b.row();
    b.put(row, 0, textCell(label(language, 'baseline'), 'label'));
    first.baselineByYear.forEach((ref, i) => b.put(row, 1 + i, refCell(first.sheetName, ref, money)));
    b.put(row, tail, refCell(first.sheetName, first.baselineTotal, money, 'total'));
    b.put(row, tail + 1, refCell(first.sheetName, first.baselineNpv, money, 'total'));
    lastTotalsRow = row;
  }
  b.skip();

  // Difference from the baseline.
  b.put(b.row(), 0, textCell(label(language, 'sectionDifference', { unit: unitText }), 'subtitle'));
  const diffHeader = b.row();
  (['alternative', 'differenceTotal', 'differenceNpv'] as const).forEach((key, i) =>
    b.put(diffHeader, i, textCell(label(language, key), 'header')),
  );
  scenarios.forEach((s, k) => {
    const row = b.row();
    b.put(row, 0, textCell(names[k] ?? '', 'label'));
    b.put(row, 1, refCell(s.sheetName, s.differenceTotal, money, 'total'));
    b.put(row, 2, refCell(s.sheetName, s.differenceNpv, money, 'total'));
  });
  b.skip();

  writeOptionsSection(ctx, scenarios, input.results, names, model.parameters.countOptions !== false);

  // Average cost per user per payer and scenario.
  b.put(b.row(), 0, textCell(label(language, 'sectionPerUserAverage'), 'subtitle'));
  const userHeader = b.row();
  b.put(userHeader, 0, textCell(label(language, 'payer'), 'header'));
  names.forEach((name, k) => b.put(userHeader, 1 + k, textCell(name, 'header')));
  for (const payer of model.payers) {
    const row = b.row();
    b.put(row, 0, textCell(payer.name, 'label'));
    scenarios.forEach((s, k) => {
      const ref = s.payers.get(payer.id)?.perUserAverage;
      if (ref !== undefined) b.put(row, 1 + k, refCell(s.sheetName, ref, FORMATS.perUnit));
    });
  }
  const lastUserRow = userHeader + model.payers.length;
  b.skip();

  // The charts side by side below the tables, each half the width: one band a printed page holds whole.
  const specs: Omit<PlannedChart, 'topLeft' | 'bottomRight'>[] = [];
  const chartAt = (
    title: string,
    dataRange: string,
    kind: PlannedChart['kind'],
    seriesBy: PlannedChart['seriesBy'],
  ): void => {
    specs.push({ kind, title, dataRange, seriesBy });
  };
  if (scenarios.length > 0 && years.length > 0) {
    chartAt(
      label(language, 'chartTotals', { unit: unitText }),
      rangeAddress({ row: header, col: 0 }, { row: lastTotalsRow, col: years.length }),
      'line',
      'rows',
    );
  }
  if (scenarios.length > 0 && model.payers.length > 0) {
    chartAt(
      label(language, 'chartPerUser'),
      rangeAddress({ row: userHeader, col: 0 }, { row: lastUserRow, col: scenarios.length }),
      'barClustered',
      'columns',
    );
  }

  const chartTop = b.nextRow;
  if (specs.length > 0) b.skip(CHART_ROWS + 1);
  writeChangesSection(ctx, input.changes);
  const lastPrinted = b.nextRow - 1;
  const width = Math.max(b.width, tail + 3);
  // The stored summary for the next comparison, below the print area (src/workbook/changesStore.ts).
  b.skip(2);
  for (const cells of summaryRows(input.summary, language)) {
    const row = b.row();
    cells.forEach((cell, col) => {
      if (cell !== null) b.put(row, col, cell);
    });
  }
  const rows = b.finish();
  // Fitted to the printed figures only: the stored öre totals are not for reading.
  const columnWidths = [30, ...fitNumberColumns(rows.slice(0, lastPrinted + 1), 1, width, { min: 10, max: 14 })];
  const bands = chartBands(columnWidths, specs.length);
  const charts: PlannedChart[] = specs.map((spec, i) => ({
    ...spec,
    topLeft: address({ row: chartTop, col: bands[i]!.first }),
    bottomRight: address({ row: chartTop + CHART_ROWS - 1, col: bands[i]!.last }),
  }));
  const sheet: PlannedSheet = {
    name: input.sheetName,
    kind: 'comparison',
    key: input.key,
    rows,
    // Alternative and payer names, then columns fitted to their figures: one page wide at about 9 pt.
    columnWidths,
    freeze: { rows: 1, columns: 1 },
    charts,
    // Tables, charts and the changes; the stored summary below stays off paper.
    print: printSetup(language, { area: rangeAddress({ row: 0, col: 0 }, { row: lastPrinted, col: width - 1 }) }),
  };
  return withPageBreaks(withWrappedNotes(sheet, width - 1));
}
