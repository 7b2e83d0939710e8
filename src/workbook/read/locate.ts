/**
 * Finding the blocks in a workbook: by Excel table name first (on any sheet,
 * wherever the user moved it), else by a header row on the block's sheet.
 *
 * Header rows: the first row within the sheet's first 200 rows holding all
 * the block's required headers (headers compared with normaliseKey). Blocks
 * with more required headers choose first, so "Betalare" alone (usage) cannot
 * steal the payers' header row. The block spans the contiguous non-blank
 * header cells around its headers, so blocks may also sit side by side.
 *
 * Rows of a block found by its header run down to the next block's header
 * row, a block title row, two blank rows in a row, or the sheet's end. Rows of
 * a table are the table's rows. Decisions, both documented:
 * - a blank row (blank in every column of the block) is skipped, in tables
 *   and header blocks alike: people leave gaps to group rows;
 * - hidden and filtered rows are read like any other: a filter is a view, and
 *   silently dropping a payer because a filter hides it would change every
 *   allocation without a trace.
 */
import type { DisplayUnit } from '../../engine/model';
import type { SheetGrid, WorkbookGrid } from '../grid';
import { MONEY_UNIT_CHOICES, matchChoice } from '../schema/choices';
import { BLOCKS, SHEETS } from '../schema/format';
import { normaliseKey } from '../schema/normalise';
import type { BlockKey, BlockSpec, ColumnSpec, SheetSpec } from '../schema/types';
import { isBlank } from './parseText';

export const HEADER_SEARCH_ROWS = 200;

export interface LocatedBlock {
  spec: BlockSpec;
  sheet: SheetGrid;
  via: 'table' | 'header';
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Column key → 0-based column of the sheet. */
  columns: Map<string, number>;
  /** Units given in money headers, e.g. "Årskostnad (tkr)". */
  columnUnits: Map<string, DisplayUnit>;
  /** Header cells that are none of the spec's columns (the usage matrix's solutions). */
  extra: { col: number; header: string }[];
  /** 0-based sheet rows holding data, blank rows left out. */
  dataRows: number[];
}

export interface Located {
  blocks: Partial<Record<BlockKey, LocatedBlock>>;
  /** The sheet found for each sheet of the format, if any. */
  sheets: Partial<Record<SheetSpec['key'], SheetGrid>>;
}

/** The sheets the reader considers: the user's own, never those the add-in generated. */
function inputSheets(grid: WorkbookGrid): SheetGrid[] {
  return grid.sheets.filter((s) => s.marker === undefined);
}

export function findSheet(grid: WorkbookGrid, spec: SheetSpec): SheetGrid | undefined {
  const names = [spec.sv, spec.en, ...spec.aliases].map(normaliseKey);
  const sheets = inputSheets(grid);
  // Exact names first, so a sheet called "Betalare" cannot hide "Resurser".
  for (const name of names) {
    const found = sheets.find((s) => normaliseKey(s.name) === name);
    if (found) return found;
  }
  return undefined;
}

export function locateBlocks(grid: WorkbookGrid): Located {
  const located: Located = { blocks: {}, sheets: {} };
  for (const sheetSpec of SHEETS) {
    const sheet = findSheet(grid, sheetSpec);
    if (sheet) located.sheets[sheetSpec.key] = sheet;
    for (const key of sheetSpec.blocks) {
      const byTable = locateByTable(grid, BLOCKS[key]);
      if (byTable) located.blocks[key] = byTable;
    }
    if (!sheet) continue;
    const pending = sheetSpec.blocks
      .filter((key) => located.blocks[key] === undefined)
      .map((key) => BLOCKS[key])
      .sort((a, b) => requiredColumns(b).length - requiredColumns(a).length);
    const claimed = claimedRows(sheet, Object.values(located.blocks));
    for (const spec of pending) {
      const found = locateByHeader(sheet, spec, claimed);
      if (found) {
        located.blocks[spec.key] = found;
        claimed.add(found.headerRow);
      }
    }
    const onSheet = Object.values(located.blocks).filter((b) => b.sheet === sheet && b.via === 'header');
    for (const block of onSheet) block.dataRows = headerBlockRows(sheet, block, claimed);
  }
  return located;
}

function requiredColumns(spec: BlockSpec): ColumnSpec[] {
  return spec.columns.filter((c) => c.required);
}

/** "Årskostnad (tkr)" → base "Årskostnad", unit tkr: a unit in the header applies to the whole money column. */
export function splitHeaderUnit(header: string): { base: string; unit?: DisplayUnit } {
  const m = /^(.*\S)\s*\(\s*([^()]+?)\s*\)\s*$/.exec(header);
  const unit = m ? matchChoice(MONEY_UNIT_CHOICES, m[2]!) : undefined;
  return unit ? { base: m![1]!, unit } : { base: header };
}

function matchesColumn(column: ColumnSpec, header: string): boolean {
  const names = [column.sv, column.en, ...column.aliases].map(normaliseKey);
  const key = normaliseKey(header);
  if (key === '') return false;
  if (names.includes(key)) return true;
  const split = splitHeaderUnit(header);
  return split.unit !== undefined && column.type.kind === 'money' && names.includes(normaliseKey(split.base));
}

function cellString(sheet: SheetGrid, row: number, col: number): string {
  const v = sheet.values[row]?.[col];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** Maps the header cells of one row within [first, last] to the spec's columns. */
function mapColumns(
  sheet: SheetGrid,
  spec: BlockSpec,
  row: number,
  first: number,
  last: number,
): Pick<LocatedBlock, 'columns' | 'extra' | 'columnUnits'> {
  const columns = new Map<string, number>();
  const columnUnits = new Map<string, DisplayUnit>();
  const extra: { col: number; header: string }[] = [];
  for (let col = first; col <= last; col++) {
    const header = cellString(sheet, row, col).trim();
    if (header === '') continue;
    const column = spec.columns.find((c) => matchesColumn(c, header));
    if (column && !columns.has(column.key)) {
      columns.set(column.key, col);
      const unit = column.type.kind === 'money' ? splitHeaderUnit(header).unit : undefined;
      if (unit) columnUnits.set(column.key, unit);
    } else if (!column) extra.push({ col, header });
  }
  return { columns, extra, columnUnits };
}

function locateByTable(grid: WorkbookGrid, spec: BlockSpec): LocatedBlock | undefined {
  for (const sheet of inputSheets(grid)) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === spec.table.toLowerCase());
    if (!table) continue;
    const mapped = mapColumns(sheet, spec, table.headerRow, table.firstColumn, table.lastColumn);
    const block: LocatedBlock = {
      spec,
      sheet,
      via: 'table',
      headerRow: table.headerRow,
      firstColumn: table.firstColumn,
      lastColumn: table.lastColumn,
      ...mapped,
      dataRows: [],
    };
    for (let row = table.headerRow + 1; row <= table.lastRow; row++) {
      if (!rowIsBlank(sheet, row, block.firstColumn, block.lastColumn)) block.dataRows.push(row);
    }
    return block;
  }
  return undefined;
}

/** Header rows and every row inside a table on this sheet: not available as another block's header. */
function claimedRows(sheet: SheetGrid, blocks: LocatedBlock[]): Set<number> {
  const rows = new Set<number>();
  for (const table of sheet.tables) for (let r = table.headerRow; r <= table.lastRow; r++) rows.add(r);
  for (const block of blocks) if (block.sheet === sheet) rows.add(block.headerRow);
  return rows;
}

function locateByHeader(sheet: SheetGrid, spec: BlockSpec, claimed: Set<number>): LocatedBlock | undefined {
  const required = requiredColumns(spec);
  const rows = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < rows; row++) {
    if (claimed.has(row) || isTitleRow(sheet, row)) continue;
    const cells = sheet.values[row] ?? [];
    const positions = required.map((column) =>
      cells.findIndex((_, col) => matchesColumn(column, cellString(sheet, row, col))),
    );
    if (positions.some((p) => p < 0)) continue;
    let first = Math.min(...positions);
    let last = Math.max(...positions);
    while (first > 0 && !isBlank(cells[first - 1] ?? null)) first--;
    while (last + 1 < cells.length && !isBlank(cells[last + 1] ?? null)) last++;
    return {
      spec,
      sheet,
      via: 'header',
      headerRow: row,
      firstColumn: first,
      lastColumn: last,
      ...mapColumns(sheet, spec, row, first, last),
      dataRows: [],
    };
  }
  return undefined;
}

const TITLES = new Set(Object.values(BLOCKS).flatMap((b) => [normaliseKey(b.title.sv), normaliseKey(b.title.en)]));

function headerBlockRows(sheet: SheetGrid, block: LocatedBlock, claimed: Set<number>): number[] {
  const rows: number[] = [];
  let blanks = 0;
  for (let row = block.headerRow + 1; row < sheet.values.length; row++) {
    if (claimed.has(row) || isTitleRow(sheet, row)) break;
    if (rowIsBlank(sheet, row, block.firstColumn, block.lastColumn)) {
      if (++blanks === 2) break;
      continue;
    }
    blanks = 0;
    rows.push(row);
  }
  return rows;
}

/** A row whose only content is one block title (written above each table). */
function isTitleRow(sheet: SheetGrid, row: number): boolean {
  const filled = (sheet.values[row] ?? []).filter((v) => !isBlank(v));
  return filled.length === 1 && typeof filled[0] === 'string' && TITLES.has(normaliseKey(filled[0]));
}

function rowIsBlank(sheet: SheetGrid, row: number, first: number, last: number): boolean {
  const cells = sheet.values[row] ?? [];
  for (let col = first; col <= last; col++) if (!isBlank(cells[col] ?? null)) return false;
  return true;
}
