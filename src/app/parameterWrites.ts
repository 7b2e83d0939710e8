/**
 * Where "save to Parametrar" writes: the value cells of the parameter rows on
 * the Parametrar sheet, found in the grid the adapter read by the same
 * format description the reader uses (src/workbook/schema), so a renamed,
 * moved or English-labelled block is found exactly as the reader finds it.
 * Pure: returns the cells to write, or what could not be found.
 */
import { columnLetters } from '../workbook/a1';
import type { CellValue, SheetGrid, WorkbookGrid } from '../workbook/grid';
import { BLOCKS, normaliseKey, sheetSpec, type FieldSpec } from '../workbook/schema';
import type { Choices } from './choices';
import type { CellWrite } from './port';

export type { CellWrite };

export type ParameterWrites = { sheet: string; cells: CellWrite[] } | { missing: string };

/** The parameters the pane edits, and how each choice is written (rates as fractions: the reader reads < 1 as a fraction). */
const EDITED: { key: string; value: (c: Choices) => number | string }[] = [
  { key: 'horizonYears', value: (c) => c.horizonYears },
  { key: 'defaultIndexRate', value: (c) => c.indexRate },
  { key: 'discountRate', value: (c) => c.discountRate },
  { key: 'displayUnit', value: (c) => c.displayUnit },
];

const names = (spec: { sv: string; en: string; aliases: readonly string[] }) =>
  new Set([spec.sv, spec.en, ...spec.aliases].map(normaliseKey));

const textOf = (value: CellValue | undefined) => (typeof value === 'string' ? normaliseKey(value) : '');

/** The header row and the name/value columns of the parameter block, by table name first, else by headers. */
function findBlock(
  sheet: SheetGrid,
): { headerRow: number; nameColumn: number; valueColumn: number; lastRow: number } | null {
  const block = BLOCKS.parameters;
  const nameHeaders = names(block.columns.find((c) => c.key === 'name')!);
  const valueHeaders = names(block.columns.find((c) => c.key === 'value')!);
  const table = sheet.tables.find((t) => normaliseKey(t.name) === normaliseKey(block.table));
  const rows = table ? [table.headerRow] : sheet.values.map((_, i) => i).slice(0, 200);
  for (const r of rows) {
    const row = sheet.values[r] ?? [];
    const nameColumn = row.findIndex((v) => nameHeaders.has(textOf(v)));
    const valueColumn = row.findIndex((v) => valueHeaders.has(textOf(v)));
    if (nameColumn >= 0 && valueColumn >= 0) {
      // Rows past the grid are blank (a table may declare a range far beyond its cells).
      const lastRow = Math.min(table ? table.lastRow : Infinity, sheet.values.length - 1);
      return { headerRow: r, nameColumn, valueColumn, lastRow };
    }
  }
  return null;
}

export function parameterWrites(grid: WorkbookGrid, choices: Choices): ParameterWrites {
  const spec = sheetSpec('parameters');
  const sheetNames = names(spec);
  const sheet = grid.sheets.find((s) => sheetNames.has(normaliseKey(s.name)));
  if (!sheet) return { missing: spec.sv };
  const block = findBlock(sheet);
  if (!block) return { missing: `${BLOCKS.parameters.columns[0]!.sv}/${BLOCKS.parameters.columns[1]!.sv}` };
  const fields = BLOCKS.parameters.fields ?? [];
  const cells: CellWrite[] = [];
  for (const edited of EDITED) {
    const field = fields.find((f) => f.key === edited.key) as FieldSpec;
    const wanted = names(field);
    let row = -1;
    for (let r = block.headerRow + 1; r <= block.lastRow; r++) {
      if (wanted.has(textOf(sheet.values[r]?.[block.nameColumn]))) {
        row = r;
        break;
      }
    }
    if (row < 0) return { missing: field.sv };
    cells.push({ cell: `${columnLetters(block.valueColumn)}${row + 1}`, value: edited.value(choices) });
  }
  return { sheet: sheet.name, cells };
}
