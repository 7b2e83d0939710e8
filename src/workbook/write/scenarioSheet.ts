/**
 * One scenario sheet: the header block (title, alternative, when and by
 * which version it was generated, the input fingerprint, the parameters
 * used), the snapshot of inputs, then the computed sections. Returns the
 * sheet and the anchors (cells) the comparison and summary sheets refer to.
 */
import type { Alternative, CostModel, ScenarioResult } from '../../engine/model';
import { overridesNote, type ChoiceOverride } from './choiceOverrides';
import { lazySheet, type PlannedCell, type PlannedSheet } from '../plan';
import { label, unitLabel, unitNoteText, type Language } from '../labels';
import { rangeAddress } from './a1';
import { GridBuilder, numberCell, textCell, type Ref } from './cells';
import { fitNumberColumns } from './columnFit';
import { FORMATS } from './formats';
import { HelperArea, placeHelperArea } from './helperArea';
import { kr, LABEL_COLUMNS, npvColumn, type SheetContext } from './layout';
import { writeResults, type FormulaStatus, type ResultAnchors } from './scenarioResults';
import { writeSnapshot } from './scenarioSnapshot';
import { withWrappedNotes } from './notes';
import { printSetup } from './print';
import { writeTransitions } from './transitionSection';

export interface Stamp {
  generatedAt: string;
  version: string;
  /** Of the workbook's inputs the figures were computed from (src/workbook/fingerprint.ts). */
  fingerprint: string;
  /** Choices made in the pane that differ from Parametrar; the sheets name them. */
  overrides?: readonly ChoiceOverride[];
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
  b.put(b.row(), 0, textCell(unitNoteText(language, ctx.unit), 'note'));
  if (illustrative) b.put(b.row(), 0, textCell(label(language, 'illustrative'), 'warning'));
  writeOverridesNote(ctx, stamp);
}

/** The sentence naming the pane's unsaved choices, as a warning row; nothing when the figures follow Parametrar. */
export function writeOverridesNote(ctx: SheetContext, stamp: Stamp): void {
  const note = overridesNote(stamp.overrides ?? [], ctx.language);
  if (note !== undefined) ctx.b.put(ctx.b.row(), 0, textCell(note, 'warning'));
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
  b.put(r3, 4, textCell(label(language, 'costPerFteManagement'), 'label'));
  const costPerFte = b.put(r3, 5, numberCell(kr(p.costPerFte), FORMATS.price, 'input'));
  const r4 = b.row();
  b.put(r4, 0, textCell(label(language, 'discountRate'), 'label'));
  const discountRate = b.put(r4, 1, numberCell(p.discountRate, FORMATS.percent, 'input'));
  b.put(r4, 2, textCell(label(language, 'contractCount'), 'label'));
  const contractCount = b.put(r4, 3, numberCell(scenario.contractCount, FORMATS.count));
  const noteRow = b.row();
  b.skip();

  const snapshot = writeSnapshot(ctx, model, alternative);
  const area = new HelperArea();
  const results = writeResults(
    ctx,
    model,
    alternative,
    scenario,
    { baseYear, discountRate, costPerFte },
    snapshot,
    area,
  );
  b.put(noteRow, 0, textCell(formulaNote(language, results.status), 'note'));
  writeTransitions(ctx, model, scenario);

  // The helper area goes below everything else, after one empty row.
  const mainWidth = Math.max(b.width, npvColumn(ctx) + 1);
  const rows = b.finish();
  // The allocation block's rows stay lazy: produced by the writer, never held (helperArea.ts).
  const lazy = placeHelperArea(rows, area, b.nextRow + 1);
  const extremes = lazy.flatMap((l) => l.extremes);
  const sheet = lazySheet(
    {
      name: input.sheetName,
      kind: 'scenario',
      key: input.key,
      columnWidths: columnWidths([rows, extremes], Math.max(mainWidth, area.grid.width)),
      // Title row and the three label columns stay in view while scrolling through the years.
      freeze: { rows: 1, columns: LABEL_COLUMNS },
      // On paper: the header block on every page, then the results (printedRows); see PrintedRows.
      print: printSetup(language, {
        area: rangeAddress({ row: results.printed.first, col: 0 }, { row: results.printed.last, col: mainWidth - 1 }),
        titleRows: { first: 0, last: noteRow - 1 },
      }),
    },
    rows,
    lazy,
  );
  return {
    sheet: withWrappedNotes(sheet, mainWidth - 1),
    anchors: { ...results, sheetName: input.sheetName, contractCount },
  };
}

/** The note under the parameters: which figures are formulas, and where the helper cells are. */
function formulaNote(language: Language, status: FormulaStatus): string {
  if (status.allocation === 'values' && status.allocationReason === 'tooLarge')
    return label(language, 'formulaNoteLargeModel');
  if (status.entryValues > 0 || status.allocation === 'values') return label(language, 'formulaNotePartial');
  return label(language, 'formulaNote');
}

/**
 * Label columns as wide as a payer's or an organisation's name needs, then
 * every other column fitted to its numbers (snapshot prices, years, helper
 * cells): 199 characters for the sample in tkr instead of 254, which is what
 * lets the printed page keep 8 pt text (print.ts).
 */
function columnWidths(parts: readonly (readonly (readonly (PlannedCell | null)[])[])[], width: number): number[] {
  const fitted = parts.map((rows) => fitNumberColumns(rows, LABEL_COLUMNS, width, { min: 10, max: 14 }));
  // Each column as wide as the widest of the parts needs (the rows and the lazy rows' extremes; not copied into one list).
  return [...LABEL_WIDTHS, ...fitted.reduce((a, b) => a.map((w, i) => Math.max(w, b[i] ?? w)))];
}

/** Contract / payer, solution / organisation, cost item / school form (characters). */
const LABEL_WIDTHS = [26, 22, 20];
