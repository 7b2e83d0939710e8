/**
 * The sensitivity sheet ("Känslighet" / "Sensitivity"): a simulation result
 * (src/engine/simulation) as a PlannedSheet the Office.js and .xlsx adapters
 * apply like any other. From the top:
 *
 *   title, notes, seed / iterations / distribution / precision of P50;
 *   the reference-class presets used, if any: name, cost lines, citation;
 *   total cost and present value per alternative: likely, mean, P10, P50, P90,
 *     standard error of P50;
 *   cost per user and year per payer: likely, mean, P10, P50, P90 per alternative;
 *   the cheaper-than matrix;
 *   the S-curve table (percentiles of the total) with a line chart;
 *   one tornado table per alternative (top N lines) with a bar chart of the
 *     low and high differences.
 *
 * Every number is a value, not a formula: a simulation cannot be recomputed
 * by Excel, and the seed printed on the sheet is what reproduces it. Money
 * cells hold whole kronor and are formatted in the model's display unit, like
 * the scenario sheets; per-user figures are kr with two decimals.
 */
import type { CostModel, DisplayUnit } from '../../engine/model';
import { REFERENCE_CLASSES } from '../../engine/simulation/referenceClasses';
import type { ScenarioSimulation, SimulationResult } from '../../engine/simulation/types';
import type { PlannedCell, PlannedChart, PlannedSheet } from '../plan';
import { label, unitLabel, type Language } from '../labels';
import { address, rangeAddress } from '../write/a1';
import { GridBuilder, numberCell, textCell } from '../write/cells';
import { fitNumberColumns } from '../write/columnFit';
import { FORMATS, moneyFormat } from '../write/formats';
import { withWrappedNotes } from '../write/notes';
import { printSetup, withPageBreaks } from '../write/print';
import { sensitivityLabel, type SensitivityLabelKey } from './labels';
import { kronor as kr } from '../../engine/money';

export const SENSITIVITY_KEY = 'sensitivity';

export interface SensitivitySheetOptions {
  language: Language;
  /** Display unit of money cells; default the model's (parameters.displayUnit). */
  unit?: DisplayUnit;
  /** Sheet name; default "Känslighet" / "Sensitivity". Pass the name sheetNaming chose when it differs. */
  sheetName?: string;
  /** Marker to store with the sheet (formatMarker in src/workbook/fingerprint.ts). */
  marker?: string;
  /** Name of our earlier sheet for the same key, which this one replaces. */
  replaces?: string;
  /** Show "Illustrativa siffror" (the sample, estimates). */
  illustrative?: boolean;
  /** ISO timestamp to print; the caller's clock keeps this function pure. */
  generatedAt?: string;
  /** Tornado rows per alternative (default 10). */
  tornadoTop?: number;
}

/** Columns and rows a chart takes; tables beside a chart leave this many rows before the next. */
const CHART_COLUMN = 10;
const CHART_WIDTH = 8;
const CHART_ROWS = 16;
const DEFAULT_TORNADO_TOP = 10;

export function sensitivitySheetPlan(
  model: Pick<CostModel, 'parameters'>,
  result: SimulationResult,
  options: SensitivitySheetOptions,
): PlannedSheet {
  const { language } = options;
  const unit = options.unit ?? model.parameters.displayUnit;
  const money = moneyFormat(unit);
  const unitText = unitLabel(language, unit);
  const t = (key: SensitivityLabelKey, params?: Record<string, string>): string =>
    sensitivityLabel(language, key, params);
  const b = new GridBuilder();
  const charts: PlannedChart[] = [];
  const scenarios = result.scenarios;

  b.put(b.row(), 0, textCell(t('title'), 'title'));
  if (options.illustrative) b.put(b.row(), 0, textCell(label(language, 'illustrative'), 'warning'));
  b.put(b.row(), 0, textCell(t('valuesNote', { unit: unitText }), 'note'));
  if (result.cancelled) b.put(b.row(), 0, textCell(t('cancelled'), 'warning'));
  writeRunFacts(b, result, t, language, options.generatedAt);
  b.skip();
  writeReferenceClasses(b, result, t, language);

  if (scenarios.length === 0) {
    b.put(b.row(), 0, textCell(t('noScenarios'), 'warning'));
    return finish(b, charts, options, language, t);
  }

  writeSummaryTable(
    b,
    t('sectionTotal', { unit: unitText }),
    scenarios,
    (s) => ({ likely: s.likely.total, summary: s.total }),
    money,
    t,
  );
  writeSummaryTable(
    b,
    t('sectionNpv', { unit: unitText }),
    scenarios,
    (s) => ({ likely: s.likely.npv, summary: s.npv }),
    money,
    t,
  );
  writePerUser(b, scenarios, t);
  writeCheaper(b, scenarios, result.cheaperThan.total, t);
  charts.push(writeCurve(b, result, money, t, unitText));
  for (const scenario of scenarios) {
    const chart = writeTornado(b, scenario, options.tornadoTop ?? DEFAULT_TORNADO_TOP, money, t, unitText);
    if (chart) charts.push(chart);
  }
  return finish(b, charts, options, language, t);
}

function finish(
  b: GridBuilder,
  charts: PlannedChart[],
  options: SensitivitySheetOptions,
  language: Language,
  t: (key: SensitivityLabelKey) => string,
): PlannedSheet {
  const rows = b.finish();
  const width = Math.max(b.width, CHART_COLUMN + CHART_WIDTH);
  const sheet: PlannedSheet = {
    name: options.sheetName ?? t('sheetName'),
    kind: 'sensitivity',
    key: SENSITIVITY_KEY,
    rows,
    // Names, then columns fitted to their figures: the sheet one page wide at 8 pt or more (write/print.ts).
    columnWidths: [26, ...fitNumberColumns(rows, 1, width, { min: 8, max: 14 })],
    freeze: { rows: 1, columns: 1 },
    charts,
    // Everything written, charts included; a note's text running on to the right is cut at the last column.
    print: printSetup(language, {
      area: rangeAddress({ row: 0, col: 0 }, { row: Math.max(b.nextRow, lastChartRow(charts)) - 1, col: width - 1 }),
    }),
  };
  if (options.marker !== undefined) sheet.marker = options.marker;
  if (options.replaces !== undefined) sheet.replaces = options.replaces;
  return withPageBreaks(withWrappedNotes(sheet, width - 1));
}

/** The row below the lowest chart (0-based), or 0 without charts. */
function lastChartRow(charts: PlannedChart[]): number {
  return Math.max(0, ...charts.map((c) => Number(/\d+$/.exec(c.bottomRight)?.[0] ?? 0)));
}

type T = (key: SensitivityLabelKey, params?: Record<string, string>) => string;

/** "0,5 %" in Swedish, "0.5 %" in English: a percentage inside a sentence. */
function percentText(language: Language, fraction: number): string {
  const text = String(Math.round(fraction * 100_000) / 1_000);
  return `${language === 'sv' ? text.replace('.', ',') : text} %`;
}

function writeRunFacts(b: GridBuilder, result: SimulationResult, t: T, language: Language, generatedAt?: string): void {
  const pair = (row: number, col: number, key: SensitivityLabelKey, cell: PlannedCell): void => {
    b.put(row, col, textCell(t(key), 'label'));
    b.put(row, col + 1, cell);
  };
  const target = percentText(language, result.convergence.target);
  const r1 = b.row();
  pair(r1, 0, 'seed', numberCell(result.seed, '0'));
  pair(r1, 2, 'iterations', numberCell(result.iterations, FORMATS.count));
  const r2 = b.row();
  pair(
    r2,
    0,
    'distribution',
    textCell(t(result.distribution === 'pert' ? 'distributionPert' : 'distributionTriangular')),
  );
  pair(
    r2,
    2,
    'requested',
    result.requested === 'auto'
      ? textCell(t('requestedAuto', { target }))
      : numberCell(result.requested, FORMATS.count),
  );
  const r3 = b.row();
  const precision = result.convergence.precision;
  pair(
    r3,
    0,
    'precision',
    precision === null ? textCell(t('precisionUnknown')) : numberCell(precision, FORMATS.percent),
  );
  if (generatedAt !== undefined) pair(r3, 2, 'generatedAt', textCell(generatedAt));
  b.put(
    b.row(),
    0,
    textCell(
      t(result.convergence.reached ? 'converged' : 'notConverged', { target }),
      result.convergence.reached ? 'note' : 'warning',
    ),
  );
}

/**
 * The reference-class presets the run drew from, each with its citation and
 * how many cost lines used it, and the warning that they are starting points.
 * Nothing when no line used one.
 */
function writeReferenceClasses(b: GridBuilder, result: SimulationResult, t: T, language: Language): void {
  const used = REFERENCE_CLASSES.map((c) => ({
    preset: c,
    lines: result.inputs.filter((input) => input.referenceClass === c.id).length,
  })).filter((u) => u.lines > 0);
  if (used.length === 0) return;
  b.put(b.row(), 0, textCell(t('sectionReferenceClasses'), 'subtitle'));
  b.put(b.row(), 0, textCell(t('referenceClassNote'), 'warning'));
  const header = b.row();
  (['referenceClass', 'referenceClassLines', 'referenceClassSource'] as const).forEach((key, i) =>
    b.put(header, i, textCell(t(key), 'header')),
  );
  for (const { preset, lines } of used) {
    const row = b.row();
    b.put(row, 0, textCell(preset.name[language], 'label'));
    b.put(row, 1, numberCell(lines, FORMATS.count));
    b.put(row, 2, textCell(preset.citation[language]));
  }
  b.skip();
}

function writeSummaryTable(
  b: GridBuilder,
  title: string,
  scenarios: ScenarioSimulation[],
  pick: (s: ScenarioSimulation) => { likely: number; summary: ScenarioSimulation['total'] },
  money: string,
  t: T,
): void {
  b.put(b.row(), 0, textCell(title, 'subtitle'));
  const header = b.row();
  (['alternative', 'likely', 'mean', 'p10', 'p50', 'p90', 'standardError'] as const).forEach((key, i) =>
    b.put(header, i, textCell(t(key), 'header')),
  );
  for (const scenario of scenarios) {
    const { likely, summary } = pick(scenario);
    const row = b.row();
    b.put(row, 0, textCell(scenario.name, 'label'));
    [likely, summary.mean, summary.p10, summary.p50, summary.p90, summary.p50StandardError].forEach((ore, i) =>
      b.put(row, 1 + i, numberCell(kr(ore), money, i === 3 ? 'total' : undefined)),
    );
  }
  b.skip();
}

/**
 * The per-user columns of each alternative, in the order of the total and NPV
 * tables above: the deterministic value (every input at likely) first, then
 * mean, P10, P50, P90.
 */
const PER_USER_COLUMNS = ['likely', 'mean', 'p10', 'p50', 'p90'] as const;

/** Two header rows: each alternative's name over its likely / mean / P10 / P50 / P90 columns. */
function writePerUser(b: GridBuilder, scenarios: ScenarioSimulation[], t: T): void {
  const width = PER_USER_COLUMNS.length;
  b.put(b.row(), 0, textCell(t('sectionPerUser'), 'subtitle'));
  b.put(b.row(), 0, textCell(t('perUserNote'), 'note'));
  const names = b.row();
  const header = b.row();
  b.put(header, 0, textCell(t('payer'), 'header'));
  scenarios.forEach((s, k) => {
    b.put(names, 1 + width * k, textCell(s.name, 'header'));
    PER_USER_COLUMNS.forEach((key, i) => b.put(header, 1 + width * k + i, textCell(t(key), 'header')));
  });
  const payers = scenarios[0]?.payers ?? [];
  payers.forEach((payer, p) => {
    const row = b.row();
    b.put(row, 0, textCell(payer.name, 'label'));
    scenarios.forEach((s, k) => {
      const simulated = s.payers[p];
      const perUser = simulated?.perUserPerYear ?? null;
      const likely = simulated?.likely.perUserPerYear ?? null;
      PER_USER_COLUMNS.forEach((key, i) => {
        const ore = perUser === null ? null : key === 'likely' ? likely : perUser[key];
        b.put(row, 1 + width * k + i, ore === null ? textCell(t('noUsers')) : numberCell(kr(ore), FORMATS.perUnit));
      });
    });
  });
  b.skip();
}

function writeCheaper(b: GridBuilder, scenarios: ScenarioSimulation[], matrix: (number | null)[][], t: T): void {
  b.put(b.row(), 0, textCell(t('sectionCheaper'), 'subtitle'));
  const header = b.row();
  b.put(header, 0, textCell(t('alternative'), 'header'));
  scenarios.forEach((s, j) => b.put(header, 1 + j, textCell(s.name, 'header')));
  scenarios.forEach((s, i) => {
    const row = b.row();
    b.put(row, 0, textCell(s.name, 'label'));
    scenarios.forEach((_, j) => {
      const p = matrix[i]?.[j] ?? null;
      b.put(row, 1 + j, p === null ? textCell('–') : numberCell(p, FORMATS.share));
    });
  });
  b.skip();
}

/** Percentile labels are text ("P10"): Excel then takes them as categories, not as a series. */
function writeCurve(b: GridBuilder, result: SimulationResult, money: string, t: T, unitText: string): PlannedChart {
  b.put(b.row(), 0, textCell(t('sectionCurve', { unit: unitText }), 'subtitle'));
  const header = b.row();
  b.put(header, 0, textCell(t('percentile'), 'header'));
  result.scenarios.forEach((s, k) => b.put(header, 1 + k, textCell(s.name, 'header')));
  result.curvePercentiles.forEach((p, i) => {
    const row = b.row();
    b.put(row, 0, textCell(`P${Math.round(p * 100)}`, 'label'));
    result.scenarios.forEach((s, k) => b.put(row, 1 + k, numberCell(kr(s.curve[i] ?? 0), money)));
  });
  const last = header + result.curvePercentiles.length;
  b.skip(Math.max(1, header + CHART_ROWS - b.nextRow + 1));
  // Right of the table, however many alternatives it has.
  const column = Math.max(CHART_COLUMN, result.scenarios.length + 2);
  return {
    kind: 'line',
    title: t('chartCurve', { unit: unitText }),
    dataRange: rangeAddress({ row: header, col: 0 }, { row: last, col: result.scenarios.length }),
    seriesBy: 'columns',
    topLeft: address({ row: header, col: column }),
    bottomRight: address({ row: header + CHART_ROWS - 1, col: column + CHART_WIDTH - 1 }),
  };
}

/**
 * The tornado table: line, Δ at min, Δ at max (the chart's data: three
 * adjacent columns), then the inputs and totals behind them.
 */
function writeTornado(
  b: GridBuilder,
  scenario: ScenarioSimulation,
  top: number,
  money: string,
  t: T,
  unitText: string,
): PlannedChart | null {
  b.put(b.row(), 0, textCell(t('sectionTornado', { name: scenario.name, unit: unitText }), 'subtitle'));
  const bars = scenario.tornado.slice(0, Math.max(0, top));
  if (bars.length === 0) {
    b.put(b.row(), 0, textCell(t('noUncertainty'), 'note'));
    b.skip();
    return null;
  }
  const header = b.row();
  (['costLine', 'deltaLow', 'deltaHigh', 'min', 'likely', 'max', 'totalAtMin', 'totalAtMax'] as const).forEach(
    (key, i) => b.put(header, i, textCell(t(key), 'header')),
  );
  for (const bar of bars) {
    const row = b.row();
    b.put(row, 0, textCell(bar.lineId, 'label'));
    b.put(row, 1, numberCell(kr(bar.deltaLow), money));
    b.put(row, 2, numberCell(kr(bar.deltaHigh), money));
    [bar.min, bar.likely, bar.max].forEach((ore, i) => b.put(row, 3 + i, numberCell(kr(ore), FORMATS.price)));
    b.put(row, 6, numberCell(kr(bar.totalAtMin), money));
    b.put(row, 7, numberCell(kr(bar.totalAtMax), money));
  }
  const last = header + bars.length;
  b.skip(Math.max(1, header + CHART_ROWS - b.nextRow + 1));
  return {
    kind: 'barClustered',
    categoriesTopDown: true,
    title: t('chartTornado', { name: scenario.name, unit: unitText }),
    dataRange: rangeAddress({ row: header, col: 0 }, { row: last, col: 2 }),
    seriesBy: 'columns',
    topLeft: address({ row: header, col: CHART_COLUMN }),
    bottomRight: address({ row: header + CHART_ROWS - 1, col: CHART_COLUMN + CHART_WIDTH - 1 }),
  };
}
