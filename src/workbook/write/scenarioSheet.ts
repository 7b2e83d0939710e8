/**
 * One scenario sheet: the header block (title, alternative, when and by
 * which version it was generated, the input fingerprint, the parameters
 * used), the snapshot of inputs, then the computed sections. Returns the
 * sheet and the anchors (cells) the comparison and summary sheets refer to.
 */
import type { Alternative, CostModel, ScenarioResult } from '../../engine/model';
import type { PlannedSheet } from '../plan';
import { label, unitLabel, type Language } from '../labels';
import { GridBuilder, numberCell, textCell, type Ref } from './cells';
import { FORMATS } from './formats';
import { LABEL_COLUMNS, npvColumn, type SheetContext } from './layout';
import { writeResults, type ResultAnchors } from './scenarioResults';
import { writeSnapshot } from './scenarioSnapshot';
import { printSetup } from './print';

export interface Stamp {
  generatedAt: string;
  version: string;
  fingerprint: string;
}

export interface ScenarioSheetInput {
  model: CostModel;
  scenario: ScenarioResult;
  alternative: Alternative;
  language: Language;
  sheetName: string;
  key: string;
  stamp: Stamp;
  illustrative: boolean;
}

export interface ScenarioAnchors extends ResultAnchors {
  sheetName: string;
  contractCount: Ref;
}

/** The stamp and notes every generated sheet carries below its title. */
export function writeStampRows(ctx: SheetContext, stamp: Stamp, illustrative: boolean): void {
  const { b, language } = ctx;
  const pair = (row: number, col: number, key: Parameters<typeof label>[1], value: string): void => {
    b.put(row, col, textCell(label(language, key), 'label'));
    b.put(row, col + 1, textCell(value));
  };
  const r1 = b.row();
  pair(r1, 0, 'generatedAt', stamp.generatedAt);
  pair(r1, 2, 'version', stamp.version);
  const r2 = b.row();
  pair(r2, 0, 'fingerprint', stamp.fingerprint);
  pair(r2, 2, 'displayUnit', unitLabel(language, ctx.unit));
  b.put(b.row(), 0, textCell(label(language, 'unitNote', { unit: unitLabel(language, ctx.unit) }), 'note'));
  if (illustrative) b.put(b.row(), 0, textCell(label(language, 'illustrative'), 'warning'));
}

export function scenarioSheet(input: ScenarioSheetInput): { sheet: PlannedSheet; anchors: ScenarioAnchors } {
  const { model, scenario, alternative, language } = input;
  const p = model.parameters;
  const ctx: SheetContext = { b: new GridBuilder(), language, unit: p.displayUnit, years: scenario.years };
  const { b } = ctx;

  b.put(b.row(), 0, textCell(label(language, 'scenarioTitle', { name: scenario.name }), 'title'));
  const r0 = b.row();
  b.put(r0, 0, textCell(label(language, 'alternative'), 'label'));
  b.put(r0, 1, textCell(alternative.name, 'subtitle'));
  writeStampRows(ctx, input.stamp, input.illustrative);
  const r3 = b.row();
  b.put(r3, 0, textCell(label(language, 'baseYear'), 'label'));
  const baseYear = b.put(r3, 1, numberCell(p.baseYear, FORMATS.year, 'input'));
  b.put(r3, 2, textCell(label(language, 'horizonYears'), 'label'));
  b.put(r3, 3, numberCell(scenario.years.length, FORMATS.count));
  const r4 = b.row();
  b.put(r4, 0, textCell(label(language, 'discountRate'), 'label'));
  const discountRate = b.put(r4, 1, numberCell(p.discountRate, FORMATS.percent, 'input'));
  b.put(r4, 2, textCell(label(language, 'contractCount'), 'label'));
  const contractCount = b.put(r4, 3, numberCell(scenario.contractCount, FORMATS.count));
  b.put(b.row(), 0, textCell(label(language, 'formulaNote'), 'note'));
  b.skip();

  const counts = writeSnapshot(ctx, model, alternative);
  const results = writeResults(ctx, model, scenario, { baseYear, discountRate }, counts);

  const sheet: PlannedSheet = {
    name: input.sheetName,
    kind: 'scenario',
    key: input.key,
    rows: b.finish(),
    columnWidths: columnWidths(ctx, b.width),
    // Title row and the three label columns stay in view while scrolling through the years.
    freeze: { rows: 1, columns: LABEL_COLUMNS },
    print: printSetup(language),
  };
  return { sheet, anchors: { ...results, sheetName: input.sheetName, contractCount } };
}

/** Wide label columns, then year columns wide enough for "1 234 567 890" kr. */
function columnWidths(ctx: SheetContext, width: number): number[] {
  const widths = [34, 26, 26];
  for (let col = LABEL_COLUMNS; col < Math.max(width, npvColumn(ctx) + 1); col++)
    widths.push(col > npvColumn(ctx) ? 12 : 14);
  return widths;
}
