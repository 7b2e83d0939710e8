/**
 * Pure: a planned sheet's cells as the arrays Office.js takes, cut into
 * row blocks whose estimated request size stays under a budget, so a large
 * plan is spread over several syncs instead of hitting Excel on the web's
 * 5 MB request limit (sizes: requestSize.ts).
 *
 * Text is written as text: every text cell gets number format '@' before its
 * value is set, so '=HYPERLINK("http://x")', '+1' or '@SUM(A1)' taken from
 * the inputs is stored as typed instead of being turned into a formula.
 * Formulas go through `Range.formulas` after the values (which give formula
 * cells their cached value until Excel recalculates), one operation per
 * rectangle of formula cells: a run of adjacent formula cells in a row, grown
 * downwards while the rows below have a run over the same columns. A
 * scenario sheet's year columns are such rectangles, so the Stockholm sample
 * needs about 2 000 formula operations instead of 5 350 (one per row run),
 * which keeps its request under the limit in one sync. Styles are grouped
 * the same way.
 *
 * Where the rectangles' own operations (a getRange and a set each, about 280
 * request bytes) would cost more than one 2-D formulas array over the whole
 * block with null for every other cell (4 bytes a cell: Office.js leaves a
 * cell whose entry is null unchanged), the block sends that array instead.
 * In a 100× plan, where the repeated sheets cut rectangles short, this is
 * most blocks.
 */
import { sheetRows, usedExtent, type CellStyle, type PlannedCell, type PlannedSheet } from '../../../workbook/plan';
import { ACTION_BYTES, gridBytes, jsonBytes, PATH_BYTES } from './requestSize';

export type Scalar = string | number | boolean;

/** A rectangle of formula cells. */
export interface FormulaRun {
  row: number; // sheet row of the top row, 0-based
  col: number;
  /** Row by row, left to right: formulas.length / (rows ?? 1) to a row. */
  formulas: string[];
  /** Rows covered, when more than one. */
  rows?: number;
}

/** A rectangle of cells with the same style. */
export interface StyleRun {
  row: number;
  col: number;
  count: number; // columns
  style: CellStyle;
  /** Rows covered, when more than one. */
  rows?: number;
}

export interface CellBlock {
  top: number; // sheet row of the block's first row
  rows: number;
  columns: number;
  values: Scalar[][];
  numberFormats: string[][];
  /** The formulas as rectangles (sent unless formulaGrid is set). */
  formulas: FormulaRun[];
  /** The block's formulas row by row, null where a cell has none; set, and sent instead, when cheaper than `formulas`. */
  formulaGrid?: (string | null)[][];
  styles: StyleRun[];
  /** Estimated request bytes of the block's operations. */
  bytes: number;
}

/** What each style sets: one Office.js property write per entry. */
export const STYLE_FORMATS: Record<
  CellStyle,
  { bold?: boolean; italic?: boolean; size?: number; color?: string; fill?: string }
> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: '#404040' },
  header: { bold: true, fill: '#DDEBF7' },
  label: {},
  total: { bold: true },
  note: { italic: true, color: '#595959' },
  warning: { bold: true, color: '#C00000' },
  input: { fill: '#FFF2CC' },
};

export function styleOperations(style: CellStyle): number {
  return Object.keys(STYLE_FORMATS[style]).length;
}

/** Request bytes of styling one range: getRange, .format, .font and/or .fill, and one set per property. */
function styleBytes(style: CellStyle): number {
  const look = STYLE_FORMATS[style];
  const font =
    look.bold !== undefined || look.italic !== undefined || look.size !== undefined || look.color !== undefined;
  const paths = 2 + (font ? 1 : 0) + (look.fill !== undefined ? 1 : 0);
  return paths * PATH_BYTES + styleOperations(style) * (ACTION_BYTES + 8);
}

/** A block's own operations: getRange, set numberFormat, set values. */
const BLOCK_BYTES = PATH_BYTES + 2 * ACTION_BYTES;

/** A formula rectangle's operations: getRange, set formulas (the argument counted apart). */
const FORMULA_RUN_BYTES = PATH_BYTES + ACTION_BYTES;

/** The formula grid's operation: set formulas on the block's range (its getRange is the block's), and the outer brackets. */
const FORMULA_GRID_BYTES = ACTION_BYTES + 2;

function numberFormatOf(cell: PlannedCell | null): string {
  if (!cell) return 'General';
  if (cell.formula === undefined && typeof cell.value === 'string') return '@';
  return cell.numberFormat ?? 'General';
}

function valueOf(cell: PlannedCell | null): Scalar {
  return cell === null || cell.value === null ? '' : cell.value;
}

interface RowRun {
  col: number;
  formulas: string[];
  bytes: number; // JSON of `formulas`
}

interface RowStyle {
  col: number;
  count: number;
  style: CellStyle;
}

interface RowParts {
  values: Scalar[];
  numberFormats: string[];
  formulas: RowRun[];
  styles: RowStyle[];
  /** The row's share of the block's values and numberFormat arguments. */
  bytes: number;
  /** The row's formulas, null where a cell has none, and its share of a formula grid (with a comma). */
  formulaRow: (string | null)[];
  formulaRowBytes: number;
}

function rowParts(row: (PlannedCell | null)[], columns: number): RowParts {
  const values: Scalar[] = [];
  const numberFormats: string[] = [];
  const formulas: RowRun[] = [];
  const styles: RowStyle[] = [];
  const formulaRow: (string | null)[] = [];
  for (let c = 0; c < columns; c++) {
    const cell = row[c] ?? null;
    formulaRow.push(cell?.formula ?? null);
    values.push(valueOf(cell));
    numberFormats.push(numberFormatOf(cell));
    if (cell?.formula !== undefined) {
      const last = formulas[formulas.length - 1];
      if (last && last.col + last.formulas.length === c) last.formulas.push(cell.formula);
      else formulas.push({ col: c, formulas: [cell.formula], bytes: 0 });
    }
    const style = cell?.style;
    if (style && styleOperations(style) > 0) {
      const last = styles[styles.length - 1];
      if (last && last.style === style && last.col + last.count === c) last.count += 1;
      else styles.push({ col: c, count: 1, style });
    }
  }
  for (const run of formulas) run.bytes = jsonBytes(run.formulas);
  // The row in a formula grid: its JSON (a null is 4 bytes) and its comma.
  const formulaRowBytes = formulas.length > 0 ? jsonBytes(formulaRow) + 1 : columns * 5 + 2;
  const bytes = gridBytes(jsonBytes(values), 1) - 1 + gridBytes(jsonBytes(numberFormats), 1) - 1;
  return { values, numberFormats, formulas, styles, bytes, formulaRow, formulaRowBytes };
}

/**
 * A block being filled, with the rectangles that end on its last row (by
 * first column) and may grow down. Its bytes are counted both ways, the
 * formulas as rectangles and as one grid; block.bytes is the cheaper.
 */
interface OpenBlock {
  block: CellBlock;
  formulasByCol: Map<number, FormulaRun>;
  stylesByCol: Map<number, StyleRun>;
  /** Everything but the formulas: the block's own operations, values, number formats, styles. */
  common: number;
  /** The formulas as rectangles: their operations and arguments. */
  asRuns: number;
  /** The formulas as one grid over the block (counted once a row has a formula). */
  asGrid: number;
  formulaRows: (string | null)[][];
  anyFormula: boolean;
}

/** Bytes the row adds, both ways. */
interface RowCost {
  common: number;
  asRuns: number;
  asGrid: number;
  anyFormula: boolean;
}

function costOf(open: OpenBlock, cost: RowCost): number {
  const anyFormula = open.anyFormula || cost.anyFormula;
  const formulas = anyFormula
    ? Math.min(open.asRuns + cost.asRuns, open.asGrid + cost.asGrid + (open.anyFormula ? 0 : FORMULA_GRID_BYTES))
    : 0;
  return open.common + cost.common + formulas;
}

function bottom(run: { row: number; rows?: number }): number {
  return run.row + (run.rows ?? 1) - 1;
}

function growingFormula(open: OpenBlock, run: RowRun, r: number): FormulaRun | undefined {
  const rect = open.formulasByCol.get(run.col);
  const width = rect ? rect.formulas.length / (rect.rows ?? 1) : 0;
  return rect && bottom(rect) === r - 1 && width === run.formulas.length ? rect : undefined;
}

function growingStyle(open: OpenBlock, run: RowStyle, r: number): StyleRun | undefined {
  const rect = open.stylesByCol.get(run.col);
  return rect && bottom(rect) === r - 1 && rect.count === run.count && rect.style === run.style ? rect : undefined;
}

/** What row `r` adds to the block, both ways: its values and formats, its styles, and its formulas. */
function rowCost(open: OpenBlock, parts: RowParts, r: number): RowCost {
  let common = parts.bytes;
  let asRuns = 0;
  for (const run of parts.formulas) {
    asRuns += growingFormula(open, run, r) ? run.bytes + 1 : FORMULA_RUN_BYTES + gridBytes(run.bytes, 1);
  }
  for (const run of parts.styles) if (!growingStyle(open, run, r)) common += styleBytes(run.style);
  return { common, asRuns, asGrid: parts.formulaRowBytes, anyFormula: parts.formulas.length > 0 };
}

function addRow(open: OpenBlock, parts: RowParts, r: number, cost: RowCost): void {
  const { block } = open;
  block.rows += 1;
  block.values.push(parts.values);
  block.numberFormats.push(parts.numberFormats);
  open.formulaRows.push(parts.formulaRow);
  block.bytes = costOf(open, cost);
  if (cost.anyFormula && !open.anyFormula) open.asGrid += FORMULA_GRID_BYTES;
  open.common += cost.common;
  open.asRuns += cost.asRuns;
  open.asGrid += cost.asGrid;
  open.anyFormula ||= cost.anyFormula;
  for (const run of parts.formulas) {
    const rect = growingFormula(open, run, r);
    if (rect) {
      rect.formulas.push(...run.formulas);
      rect.rows = (rect.rows ?? 1) + 1;
    } else {
      const fresh: FormulaRun = { row: r, col: run.col, formulas: run.formulas };
      block.formulas.push(fresh);
      open.formulasByCol.set(run.col, fresh);
    }
  }
  for (const run of parts.styles) {
    const rect = growingStyle(open, run, r);
    if (rect) rect.rows = (rect.rows ?? 1) + 1;
    else {
      const fresh: StyleRun = { row: r, col: run.col, count: run.count, style: run.style };
      block.styles.push(fresh);
      open.stylesByCol.set(run.col, fresh);
    }
  }
}

/** The block as it is sent: its formulas as one grid where that is cheaper than the rectangles. */
function closeBlock(open: OpenBlock): CellBlock {
  const { block } = open;
  // Ties keep the rectangles. The rectangles stay listed either way (what the block holds); the grid, when set, is what is sent.
  if (open.anyFormula && open.asGrid < open.asRuns) block.formulaGrid = open.formulaRows;
  return block;
}

function openBlock(top: number, columns: number): OpenBlock {
  const common = BLOCK_BYTES + 2; // and the two arrays' outer brackets
  return {
    block: { top, rows: 0, columns, values: [], numberFormats: [], formulas: [], styles: [], bytes: common },
    formulasByCol: new Map(),
    stylesByCol: new Map(),
    common,
    asRuns: 0,
    asGrid: 0,
    formulaRows: [],
    anyFormula: false,
  };
}

/** The sheet's cells in blocks of whole rows, each under `budget` estimated bytes (a single huge row stands alone). */
export function cellBlocks(sheet: PlannedSheet, budget: number): CellBlock[] {
  return [...cellBlockStream(sheet, () => budget)];
}

/**
 * The sheet's cells in blocks of whole rows, handed over as each closes. A
 * block opens with `room()` as its budget (a single huge row stands alone),
 * asked after the block before it has been taken, so the caller can cut
 * each block to the space left in the sync it goes into (units.ts).
 */
export function* cellBlockStream(sheet: PlannedSheet, room: () => number): Generator<CellBlock> {
  const columns = usedExtent(sheet).lastCol + 1;
  if (columns === 0) return;
  let open: OpenBlock | undefined;
  let limit = 0;
  // Row by row as the plan gives them: lazy rows (the allocation block) are produced here and packed as they come.
  let r = -1;
  for (const row of sheetRows(sheet)) {
    r += 1;
    const parts = rowParts(row, columns);
    let cost = open ? rowCost(open, parts, r) : undefined;
    if (!open || !cost || (costOf(open, cost) > limit && open.block.rows > 0)) {
      if (open) yield closeBlock(open);
      limit = room();
      open = openBlock(r, columns);
      cost = rowCost(open, parts, r);
    }
    addRow(open, parts, r, cost);
  }
  if (open) yield closeBlock(open);
}
