/**
 * The decision brief ("Beslutsunderlag"): what FLG reads, on one A4 page.
 *
 * From the top: the question and the decision asked for (the analyst's words
 * on Beslutsgång, by formula), where the figures come from; the alternatives
 * with total, present value, difference from re-procuring as today and, after
 * a sensitivity run, P10, P90 and how often each is the cheapest; cost per
 * pupil for the largest payers; a chart of cost per year with the unit of its
 * axis in its title; beside it what moves the answer most, the uncertainty in
 * plain words and the assumptions; the latest rows of the decision trail
 * ("Behandlad i") and the recommendation, both live from Beslutsgång.
 *
 * Every figure of a scenario is a formula on its scenario sheet; the
 * sensitivity figures are the Känslighet sheet's values; the words from
 * Beslutsgång are formulas on its cells, so what the analyst writes there
 * shows here at once and no generation writes over it. Text from cells is
 * never put into a formula: the formulas only refer to the cells.
 */
import type { SimulationResult } from '../../engine/simulation/types';
import type { CellValue } from '../grid';
import { itemLabel, label, unitLabel, type Language } from '../labels';
import type { PlannedCell, PlannedChart, PlannedSheet } from '../plan';
import type { BriefInputs, BriefWord, DecisionTrailPlace } from '../read';
import { BLOCKS } from '../schema/format';
import { address, quoteSheetName, rangeAddress } from './a1';
import { amountText, briefLabel, countText, rateText, unitDivisor, type BriefLabelKey } from './briefLabels';
import { formulaCell, GridBuilder, numberCell, textCell } from './cells';
import { refCell } from './crossRefs';
import { FORMATS, moneyFormat } from './formats';
import type { OverviewInput } from './comparisonSheet';
import { printSetup } from './print';
import { writeOverridesNote } from './scenarioSheet';
import { changesInBrief } from './briefChanges';
import type { SheetContext } from './layout';
import { kronor } from '../../engine/money';

export interface BriefInput extends OverviewInput {
  /** The question, decision asked, recommendation and where the trail is (Beslutsgång), as read. */
  brief?: BriefInputs;
  sensitivity?: SimulationResult;
  /** The comparison sheet's name, where the changes are listed in full. */
  comparisonSheet?: string;
}

/** Columns A–I print; the chart's data sits to the right of them (K on). */
const PRINT_COLUMNS = 9;
const CHART_DATA_COLUMN = 10;
const CHART_COLUMNS = 3;
const CHART_ROWS = 13;
const TRAIL_SHOWN = 4;
const LARGEST_PAYERS = 3;

const excelString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export function briefSheet(input: BriefInput): PlannedSheet {
  const { model, scenarios, results, names, years, language } = input;
  const unit = model.parameters.displayUnit;
  const unitText = unitLabel(language, unit);
  const money = moneyFormat(unit);
  const t = (key: BriefLabelKey, params?: Record<string, string>): string => briefLabel(language, key, params);
  const ctx: SheetContext = { b: new GridBuilder(), language, unit, years };
  const { b } = ctx;
  const text = input.brief?.text;
  const first = years[0];
  const last = years.at(-1);
  const span = { first: String(first ?? ''), last: String(last ?? '') };

  // The question as the title, the decision asked for, and the basis of the figures.
  b.put(b.row(), 0, wordCell(text?.question, blankWord('question', language), 'title'));
  const asked = b.row();
  b.put(asked, 0, textCell(t('decisionAsked'), 'label'));
  b.put(asked, 1, wordCell(text?.decisionAsked, blankWord('decisionAsked', language)));
  const basis = b.row();
  b.put(basis, 0, textCell(t('basis'), 'label'));
  b.put(
    basis,
    1,
    textCell(
      t('basisText', {
        date: input.stamp.generatedAt.slice(0, 10),
        version: input.stamp.version,
        fingerprint: input.stamp.fingerprint.slice(0, 8),
        unit: unitText,
      }),
    ),
  );
  if (input.illustrative) b.put(b.row(), 0, textCell(label(language, 'illustrative'), 'warning'));
  writeOverridesNote(ctx, input.stamp);

  // The alternatives.
  const sensitivity = matchingSensitivity(
    input.sensitivity,
    results.map((r) => r.alternativeId),
  );
  b.skip();
  b.put(b.row(), 0, textCell(t('sectionAlternatives', { ...span, unit: unitText }), 'subtitle'));
  const header = b.row();
  (
    ['alternative', 'contracts', 'total', 'npv', 'difference', 'p10', 'p90', 'cheapestShare', 'remark'] as const
  ).forEach((key, i) => b.put(header, i, textCell(t(key), 'header')));
  const lowestTotal = argMin(results.map((r) => r.total));
  const lowestNpv = argMin(results.map((r) => r.npv));
  scenarios.forEach((s, k) => {
    const row = b.row();
    b.put(row, 0, textCell(names[k] ?? '', 'label'));
    b.put(row, 1, refCell(s.sheetName, s.contractCount, FORMATS.count));
    b.put(row, 2, refCell(s.sheetName, s.total, money, 'total'));
    b.put(row, 3, refCell(s.sheetName, s.npv, money));
    b.put(row, 4, refCell(s.sheetName, s.differenceTotal, money));
    const sim = sensitivity?.scenarios[k];
    if (sim) {
      b.put(row, 5, numberCell(kronor(sim.total.p10), money));
      b.put(row, 6, numberCell(kronor(sim.total.p90), money));
      b.put(row, 7, numberCell(sensitivity.cheapest.total[k] ?? 0, FORMATS.share));
    } else {
      for (const col of [5, 6, 7]) b.put(row, col, textCell(label(language, 'notApplicable')));
    }
    const remark =
      k === lowestTotal && k === lowestNpv
        ? t('lowestBoth')
        : k === lowestTotal
          ? t('lowestTotal')
          : k === lowestNpv
            ? t('lowestNpv')
            : undefined;
    if (remark !== undefined) b.put(row, 8, textCell(remark, 'total'));
  });
  const anchor = scenarios[0];
  if (anchor !== undefined) {
    const row = b.row();
    b.put(row, 0, textCell(t('baseline'), 'label'));
    b.put(row, 2, refCell(anchor.sheetName, anchor.baselineTotal, money));
    b.put(row, 3, refCell(anchor.sheetName, anchor.baselineNpv, money));
  }
  if (!sensitivity) b.put(b.row(), 0, textCell(t('noSensitivity'), 'note'));

  // Cost per pupil for the largest payers (by pupils): alternatives as rows, as in the table above.
  const largest = [...model.payers]
    .filter((p) => p.counts.pupils > 0)
    .sort((a, c) => c.counts.pupils - a.counts.pupils || a.name.localeCompare(c.name))
    .slice(0, LARGEST_PAYERS);
  if (largest.length > 0) {
    b.skip();
    b.put(b.row(), 0, textCell(t('sectionPerPupil', { count: String(largest.length) }), 'subtitle'));
    const pupilHeader = b.row();
    b.put(pupilHeader, 0, textCell(t('alternative'), 'header'));
    largest.forEach((payer, j) => b.put(pupilHeader, 1 + j, textCell(payer.name, 'header')));
    scenarios.forEach((s, k) => {
      const row = b.row();
      b.put(row, 0, textCell(names[k] ?? '', 'label'));
      largest.forEach((payer, j) => {
        const ref = s.payers.get(payer.id)?.perPupilAverage;
        if (ref !== undefined) b.put(row, 1 + j, refCell(s.sheetName, ref, FORMATS.perUnit));
      });
    });
  }

  // The chart, and beside it the drivers, the uncertainty and the assumptions.
  b.skip();
  const chartTop = b.nextRow;
  const charts: PlannedChart[] = [];
  const chart = writeChartData(b, input, chartTop, t, unitText);
  if (chart) charts.push(chart);
  const side = sideText(input, sensitivity, t, unitText);
  side.forEach((line, i) => b.put(chartTop + i, CHART_COLUMNS, textCell(line.text, line.style)));
  b.skip(Math.max(CHART_ROWS, side.length) - (b.nextRow - chartTop));

  // What changed since the version a reader may have seen.
  b.skip();
  writeBriefChanges(ctx, input);

  // The decision trail, live.
  b.skip();
  b.put(b.row(), 0, textCell(t('sectionTrail'), 'subtitle'));
  const trailAt = input.brief?.trailAt;
  if (trailAt) writeTrail(b, trailAt, input.stamp.fingerprint, t);
  else b.put(b.row(), 0, textCell(t('trailMissing'), 'note'));

  const recommendation = b.row();
  b.put(recommendation, 0, textCell(t('recommendation'), 'subtitle'));
  b.put(recommendation, 1, wordCell(text?.recommendation, t('noRecommendation')));
  const wordsSheet = trailAt?.sheet ?? text?.question.at?.sheet;
  if (wordsSheet !== undefined) b.put(b.row(), 0, textCell(t('wordsFrom', { sheet: wordsSheet }), 'note'));

  const lastRow = b.rows.length - 1;
  return {
    name: input.sheetName,
    kind: 'summary',
    key: input.key,
    rows: b.finish(),
    columnWidths: [30, 18, 18, 18, 20, 12, 12, 12, 24, 4, 30, ...years.map(() => 10)],
    charts,
    print: {
      ...printSetup(language, { area: rangeAddress({ row: 0, col: 0 }, { row: lastRow, col: PRINT_COLUMNS - 1 }) }),
      fitToHeight: true,
    },
  };
}

/**
 * The brief's short form of "Ändringar sedan förra versionen" (the comparison
 * sheet has the whole section): the lines of changesInBrief under a subtitle.
 */
function writeBriefChanges(ctx: SheetContext, input: BriefInput): void {
  const { b, language, unit } = ctx;
  b.put(b.row(), 0, textCell(label(language, 'sectionChanges'), 'subtitle'));
  const comparison = input.comparisonSheet ?? label(language, 'sheetComparison');
  for (const line of changesInBrief(input.changes, language, unit, comparison)) b.put(b.row(), 0, textCell(line));
}

/** The default text of a brief word's column (its meaning when blank). */
function blankWord(key: 'question' | 'decisionAsked', language: Language): string {
  return BLOCKS.briefText.columns.find((c) => c.key === key)?.blank?.[language] ?? '';
}

/**
 * One of the analyst's words: a formula on its cell, showing the default
 * while the cell is blank; the default as text when the workbook has no cell.
 */
function wordCell(word: BriefWord | undefined, fallback: string, style?: PlannedCell['style']): PlannedCell {
  if (word?.at === undefined) return textCell(word?.value ?? fallback, style);
  const ref = `${quoteSheetName(word.at.sheet)}!${word.at.cell}`;
  return formulaCell(`IF(${ref}="",${excelString(fallback)},${ref})`, word.value ?? fallback, 'General', style);
}

/** The simulation when it is of exactly these alternatives, in this order; otherwise none (never mixed up). */
function matchingSensitivity(result: SimulationResult | undefined, ids: string[]): SimulationResult | undefined {
  if (!result) return undefined;
  const same = result.scenarios.length === ids.length && result.scenarios.every((s, i) => s.alternativeId === ids[i]);
  return same ? result : undefined;
}

function argMin(values: number[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (best < 0 || v < (values[best] as number)) best = i;
  });
  return best;
}

/**
 * The chart's table, right of the print area: a row per alternative with its
 * yearly totals in the display unit (formulas dividing the scenario sheets'
 * kronor), so the axis shows what the title says in every program — a
 * thousands-scaling number format is not honoured on every chart axis.
 */
function writeChartData(
  b: GridBuilder,
  input: BriefInput,
  top: number,
  t: (key: BriefLabelKey, params?: Record<string, string>) => string,
  unitText: string,
): PlannedChart | undefined {
  const { scenarios, names, years } = input;
  if (scenarios.length === 0 || years.length === 0) return undefined;
  const divisor = unitDivisor(input.model.parameters.displayUnit);
  // Whole kronor or tkr; mnkr with one decimal, as the sheets show it.
  const format = divisor === 1_000_000 ? '#,##0.0' : '#,##0';
  const col = CHART_DATA_COLUMN;
  b.put(top, col, textCell(t('chartData', { unit: unitText }), 'subtitle'));
  const header = top + 1;
  b.put(header, col, textCell(t('alternative'), 'header'));
  // Years as text: numbers in the header row would be taken for a data series.
  years.forEach((year, i) => b.put(header, col + 1 + i, textCell(String(year), 'header')));
  scenarios.forEach((s, k) => {
    const row = header + 1 + k;
    b.put(row, col, textCell(names[k] ?? '', 'label'));
    s.yearTotals.forEach((ref, i) => {
      const source = `${quoteSheetName(s.sheetName)}!${address(ref.pos)}`;
      const cached = typeof ref.value === 'number' ? ref.value / divisor : null;
      b.put(row, col + 1 + i, formulaCell(divisor === 1 ? source : `${source}/${divisor}`, cached, format));
    });
  });
  return {
    kind: 'line',
    title: t('chartTitle', { unit: unitText }),
    dataRange: rangeAddress({ row: header, col }, { row: header + scenarios.length, col: col + years.length }),
    seriesBy: 'rows',
    topLeft: address({ row: top, col: 0 }),
    bottomRight: address({ row: top + CHART_ROWS - 1, col: CHART_COLUMNS - 1 }),
  };
}

interface SideLine {
  text: string;
  style?: PlannedCell['style'];
}

/** Beside the chart: what moves the answer most, the uncertainty in words, and the assumptions. */
function sideText(
  input: BriefInput,
  sensitivity: SimulationResult | undefined,
  t: (key: BriefLabelKey, params?: Record<string, string>) => string,
  unitText: string,
): SideLine[] {
  const { model, language, names } = input;
  const p = model.parameters;
  const unit = p.displayUnit;
  const lines: SideLine[] = [{ text: t('sectionDrivers'), style: 'subtitle' }];
  if (sensitivity) {
    // Each input once, at its largest swing over the alternatives.
    const widest = new Map<string, { swing: number; low: number; high: number; input: string; alternative: string }>();
    sensitivity.scenarios.forEach((s, k) => {
      for (const bar of s.tornado) {
        const key = `${bar.lineId}\u0000${bar.item}`;
        const known = widest.get(key);
        if (known && known.swing >= bar.swing) continue;
        // A short id ("L07") says little on paper: then its cost item and description too.
        const short = bar.lineId.length < 12;
        const what = short ? `${bar.lineId} ${itemLabel(language, bar.item).toLowerCase()}` : bar.lineId;
        widest.set(key, {
          swing: bar.swing,
          low: Math.min(bar.deltaLow, bar.deltaHigh),
          high: Math.max(bar.deltaLow, bar.deltaHigh),
          input: short && bar.description ? `${what} (${bar.description})` : what,
          alternative: names[k] ?? s.name,
        });
      }
    });
    const top = [...widest.values()].sort((a, c) => c.swing - a.swing).slice(0, 3);
    top.forEach((d, i) =>
      lines.push({
        text: t('driverLine', {
          rank: String(i + 1),
          input: d.input,
          low: amountText(language, d.low, unit, unitText, true),
          high: amountText(language, d.high, unit, unitText, true),
          alternative: d.alternative,
        }),
      }),
    );
    lines.push({ text: t('sectionUncertainty'), style: 'subtitle' });
    const shares = sensitivity.cheapest.total;
    const best = argMin(shares.map((s) => -s));
    const bestScenario = sensitivity.scenarios[best];
    if (bestScenario) {
      const name = names[best] ?? bestScenario.name;
      lines.push({ text: t('cheapestIn', { name, count: String(Math.round((shares[best] ?? 0) * 100)) }) });
      lines.push({
        text: t('range80', {
          name,
          low: amountText(language, bestScenario.total.p10, unit, unitText),
          high: amountText(language, bestScenario.total.p90, unit, unitText),
        }),
      });
    }
    lines.push({
      text: t('runFacts', { iterations: countText(language, sensitivity.iterations), seed: String(sensitivity.seed) }),
      style: 'note',
    });
  } else {
    lines.push({ text: t('noDrivers'), style: 'note' });
  }

  lines.push({ text: t('sectionAssumptions'), style: 'subtitle' });
  const yearsText = { first: String(p.baseYear), last: String(p.baseYear + p.horizonYears - 1) };
  lines.push({ text: t('assumeYears', { baseYear: String(p.baseYear), years: String(p.horizonYears), ...yearsText }) });
  const own = Object.keys(p.indexRates)
    .map(Number)
    .filter((y) => y > p.baseYear)
    .sort((a, c) => a - c);
  const rate = rateText(language, p.defaultIndexRate);
  lines.push({
    text: own.length > 0 ? t('assumeIndexOwn', { rate, years: own.join(', ') }) : t('assumeIndex', { rate }),
  });
  lines.push({ text: t('assumeDiscount', { rate: rateText(language, p.discountRate) }) });
  lines.push({ text: t(p.countOptions === false ? 'assumeOptionsOff' : 'assumeOptionsOn') });
  lines.push({ text: t('assumeVat') });
  lines.push({
    text: t('assumeSources', {
      count: String(model.costLines.filter((l) => (l.provenance ?? '').trim() !== '').length),
      total: String(model.costLines.length),
    }),
  });
  return lines;
}

/**
 * The latest rows of the trail, newest first, each cell a formula over the
 * trail's columns (COUNTA finds the last row, INDEX takes it), cached with
 * what the formulas give on the cells as read. A row added after this
 * generation (the pane's "Lägg till i beslutsgången") shows at once; the
 * basis says whether the forum saw this generation or an earlier one.
 */
function writeTrail(
  b: GridBuilder,
  place: DecisionTrailPlace,
  fingerprint: string,
  t: (key: BriefLabelKey, params?: Record<string, string>) => string,
): void {
  const header = b.row();
  (['trailForum', 'trailDate', 'trailDecision'] as const).forEach((key, i) =>
    b.put(header, i, textCell(t(key), 'header')),
  );
  b.put(header, PRINT_COLUMNS - 1, textCell(t('trailBasis'), 'header'));

  const range = (col: number): string =>
    `${quoteSheetName(place.sheet)}!${address({ row: place.firstRow, col }, true)}:${address(
      { row: place.firstRow + place.rows - 1, col },
      true,
    )}`;
  const cols = place.columns;
  const [F, D, C] = [range(cols.forum), range(cols.date), range(cols.decision)];
  const B = cols.basis === undefined ? undefined : range(cols.basis);
  const n = `COUNTA(${F})`;
  const stored = (index: number, column: number): CellValue => place.values[index]?.[column] ?? null;
  const count = place.values.filter((v) => v[0] !== null).length;
  const fp8 = fingerprint.slice(0, 8);

  for (let k = 1; k <= TRAIL_SHOWN; k++) {
    const row = b.row();
    const i = `${n}-${k - 1}`;
    const index = count - k; // 0-based row of the range the formulas pick
    const exists = count >= k;
    const pick = (range: string, column: number, empty: string): { formula: string; cached: CellValue } => {
      const value = exists ? stored(index, column) : null;
      return {
        formula: `IF(${n}<${k},"",IF(INDEX(${range},${i})="",${excelString(empty)},INDEX(${range},${i})))`,
        cached: !exists ? '' : value === null || value === '' ? empty : value,
      };
    };
    const forum =
      k === 1
        ? {
            formula: `IF(${n}=0,${excelString(t('trailNone'))},IF(INDEX(${F},${i})="","",INDEX(${F},${i})))`,
            cached: exists ? (stored(index, 0) ?? '') : t('trailNone'),
          }
        : pick(F, 0, '');
    const date = pick(D, 1, '');
    const decision = pick(C, 2, '');
    b.put(row, 0, formulaCell(forum.formula, plain(forum.cached), 'General', 'label'));
    b.put(row, 1, formulaCell(date.formula, plain(date.cached), 'yyyy-mm-dd'));
    b.put(row, 2, formulaCell(decision.formula, plain(decision.cached), 'General'));
    if (B !== undefined) {
      // An error in the basis cell counts as unknown, as plain() treats the other cells.
      const basis = exists ? plain(stored(index, 3)) : null;
      const basisText = basis === null || basis === '' ? null : String(basis);
      const cached = !exists
        ? ''
        : basisText === null
          ? t('trailUnknown')
          : basisText.slice(0, 8) === fp8
            ? t('trailThis')
            : `${t('trailEarlier')}${basisText.slice(0, 8)}`;
      const formula =
        `IF(${n}<${k},"",IF(INDEX(${B},${i})="",${excelString(t('trailUnknown'))},` +
        `IF(LEFT(INDEX(${B},${i}),8)=${excelString(fp8)},${excelString(t('trailThis'))},` +
        `${excelString(t('trailEarlier'))}&LEFT(INDEX(${B},${i}),8))))`;
      b.put(row, PRINT_COLUMNS - 1, formulaCell(formula, cached, 'General'));
    }
  }
}

/** A cell value as a formula's cached value: an error stays out (the formula shows it when recalculated). */
function plain(value: CellValue): string | number | boolean | null {
  return value !== null && typeof value === 'object' ? null : value;
}
