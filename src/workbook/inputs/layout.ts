/**
 * Places the blocks of one input sheet: a title row, a note row (the
 * "Illustrativa siffror" warning when the figures are illustrative), then per
 * block a title, a help line, the header row and the data rows as an Excel
 * table, with two blank rows between blocks — the same gap that ends a block
 * for the reader when the tables are lost (e.g. a copy-paste into a new file).
 */
import type { CostModel } from '../../engine/model';
import type { PlannedCell, PlannedSheet, PlannedTable, PlannedValidation, PrintSetup } from '../plan';
import { columnPoints, printableSize, printSetup } from '../write/print';
import { cellAddress, rangeAddress } from '../read/a1';
import { ALLOCATION_CHOICES, MONEY_UNIT_CHOICES, YES_NO, choiceLabels, type Language } from '../schema/choices';
import { BLOCKS } from '../schema/format';
import type { BlockSpec, ColumnSpec, SheetSpec } from '../schema/types';
import { blockRows, type BlockRow } from './blockRows';
import { empty } from './cells';

export interface InputSheetOptions {
  language: Language;
  /** The figures are examples, not real prices: every sheet says so. */
  illustrative: boolean;
}

const NOTES = {
  illustrative: {
    sv: 'Illustrativa siffror – inte verkliga priser eller avtal.',
    en: 'Illustrative figures – not real prices or contracts.',
  },
  instructions: {
    sv: 'Indata till kostnadsscenarierna. Belopp i kr exklusive moms om inte kolumnen Enhet säger tkr eller mnkr. Tabellerna läses efter sina rubriker; lägg gärna till egna kolumner.',
    en: 'Inputs of the cost scenarios. Amounts in SEK excluding VAT unless the Unit column says kSEK or MSEK. Tables are read by their headers; extra columns of your own are fine.',
  },
};

/** A block's columns as written: the fixed ones, then (usage matrix) one per solution. */
interface WrittenColumn {
  key: string;
  header: string;
  width: number;
  spec?: ColumnSpec;
}

function writtenColumns(block: BlockSpec, model: CostModel, language: Language): WrittenColumn[] {
  const fixed = block.columns.map((c) => ({ key: c.key, header: c[language], width: c.width, spec: c }));
  if (!block.dynamicColumns) return fixed;
  return [
    ...fixed,
    ...model.solutions.map((s, i) => ({
      key: `solution:${i}`,
      header: s.name,
      width: Math.max(10, Math.min(24, s.name.length + 2)),
    })),
  ];
}

export function inputSheet(sheet: SheetSpec, model: CostModel, options: InputSheetOptions): PlannedSheet {
  const { language } = options;
  const rows: (PlannedCell | null)[][] = [
    [{ value: sheet.title[language], style: 'title' }],
    [
      {
        value: options.illustrative ? NOTES.illustrative[language] : NOTES.instructions[language],
        style: options.illustrative ? 'warning' : 'note',
      },
    ],
    [],
  ];
  const tables: PlannedTable[] = [];
  const validations: PlannedValidation[] = [];
  const widths: number[] = [];
  for (const key of sheet.blocks) {
    const block = BLOCKS[key];
    const columns = writtenColumns(block, model, language);
    rows.push([{ value: block.title[language], style: 'subtitle' }]);
    rows.push([{ value: block.help[language], style: 'note' }]);
    const headerRow = rows.length;
    rows.push(columns.map((c) => ({ value: c.header, style: 'header' })));
    const data: BlockRow[] = blockRows(model, key, language);
    // An Excel table needs a data row: an empty block gets one blank row, which the reader skips.
    for (const row of data.length > 0 ? data : [{}]) rows.push(columns.map((c) => row[c.key] ?? empty()));
    const lastRow = rows.length - 1;
    tables.push({
      name: block.table,
      range: rangeAddress({ top: headerRow, left: 0, bottom: lastRow, right: columns.length - 1 }),
    });
    // The first column names each row (solution, alternative, payer, agreement): wide enough for the names, so
    // none is cut off on screen or where it repeats at the left of a printed page, within FIRST_COLUMN_MAX.
    const longestName = Math.max(0, ...data.map((row) => String(row[columns[0]!.key]?.value ?? '').length));
    widths[0] = Math.max(widths[0] ?? 0, Math.min(FIRST_COLUMN_MAX, longestName + 2));
    columns.forEach((c, col) => {
      widths[col] = Math.max(widths[col] ?? 0, c.width);
      const list = dropDown(c, model, language);
      if (list)
        validations.push({
          range: rangeAddress({ top: headerRow + 1, left: col, bottom: lastRow, right: col }),
          ...list,
        });
    });
    if (key === 'parameters') validations.push(...parameterDropDowns(headerRow, data.length, language));
    rows.push([], []);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return {
    name: sheet[language],
    kind: 'input',
    key: `input:${sheet.key}`,
    rows,
    columnWidths: widths,
    tables,
    validations,
    print: inputPrint(widths, language),
  };
}

/**
 * Landscape A4 with the generated sheets' margins, header (the sheet's name)
 * and footer ("Sida 1 av 4"), fitted to as few pages wide as keep the text
 * at 8.8 pt or more (11 pt at 80 %): the cost table's 16 columns on one page
 * came out at 5 pt. Beyond one page the first column (each block's names:
 * solution, alternative, payer) prints at the left of every page, so a row
 * can be followed across.
 */
function inputPrint(widths: readonly number[], language: Language): PrintSetup {
  const setup = printSetup(language);
  const width = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  const pagesWide = Math.max(1, Math.ceil((width * MIN_INPUT_PRINT_SCALE) / printableSize(setup).width));
  return pagesWide > 1 ? { ...setup, pagesWide, titleColumns: { first: 0, last: 0 } } : setup;
}

/** The widest the first column grows for its names, in characters (a longer name wraps or is cut as typed). */
const FIRST_COLUMN_MAX = 36;

/** The smallest scale an input sheet prints at: its 11 pt text at 8.8 pt. */
const MIN_INPUT_PRINT_SCALE = 0.8;

/** The drop-down of a column, if its values come from a closed list. */
function dropDown(
  column: WrittenColumn,
  model: CostModel,
  language: Language,
): Omit<PlannedValidation, 'range'> | undefined {
  const yesNo = [YES_NO[language].yes, YES_NO[language].no];
  if (!column.spec) return { list: yesNo, allowOtherValues: true }; // usage matrix: ja/nej or a share
  const type = column.spec.type;
  if (column.spec.key === 'allocation') {
    return {
      list: [...choiceLabels(ALLOCATION_CHOICES, language), ...model.percentKeys.map((k) => k.id)],
      allowOtherValues: true,
    };
  }
  switch (type.kind) {
    case 'boolean':
      return { list: yesNo };
    case 'moneyUnit':
      return { list: choiceLabels(MONEY_UNIT_CHOICES, language) };
    case 'choice':
      return { list: choiceLabels(type.choices, language) };
    default:
      return undefined;
  }
}

/** The Visningsenhet value cell gets the unit list. */
function parameterDropDowns(headerRow: number, rowCount: number, language: Language): PlannedValidation[] {
  const fields = BLOCKS.parameters.fields ?? [];
  const index = fields.findIndex((f) => f.key === 'displayUnit');
  if (index < 0 || index >= rowCount) return [];
  const valueColumn = BLOCKS.parameters.columns.findIndex((c) => c.key === 'value');
  return [{ range: cellAddress(headerRow + 1 + index, valueColumn), list: choiceLabels(MONEY_UNIT_CHOICES, language) }];
}
