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
 *
 * Ambiguity is never resolved in silence (docs/workbook-format.md): two
 * sheets for one input sheet, two tables for one block (or a moved table and
 * a typed header row left behind), and two headers for one column are
 * problems in `Located.problems`, each at the cell not read; rows that look
 * like data below a two-row gap are kept in `rowsNotRead` and warned about;
 * a header row that only looks right (a Cyrillic letter) is remembered in
 * `lookalikeHeaders` so its block is reported there, not at A1 or not at all.
 */
import type { CellRef, DisplayUnit, Problem } from '../../engine/model';
import type { SheetGrid, TableInfo, WorkbookGrid } from '../grid';
import { MONEY_UNIT_CHOICES, matchChoice } from '../schema/choices';
import { BLOCKS, SHEETS, type ColumnKey } from '../schema/format';
import { normaliseKey, skeleton } from '../schema/normalise';
import type { BlockKey, BlockSpec, ColumnSpec, SheetSpec } from '../schema/types';
import { cellAddress } from './a1';
import { ambiguousSheet, ambiguousTable, duplicateColumn, rowsNotRead } from './messages';
import { isBlank } from './parseText';
import { HEADER_SEARCH_ROWS, isBlankCell, rowIsBlank } from './sheetCells';

export { HEADER_SEARCH_ROWS };

/** K: the block's column keys (ColumnKey), for the blocks of Located. */
export interface LocatedBlock<K extends string = string> {
  spec: BlockSpec<K>;
  sheet: SheetGrid;
  via: 'table' | 'header';
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Column key → 0-based column of the sheet. */
  columns: Map<K, number>;
  /** Units given in money headers, e.g. "Årskostnad (tkr)". */
  columnUnits: Map<K, DisplayUnit>;
  /** Header cells that are none of the spec's columns (the usage matrix's solutions). */
  extra: { col: number; header: string }[];
  /** Column key → the header as typed in the sheet ("Antal elever"), for messages. */
  headers: Map<K, string>;
  /** Header cells that mean a column already mapped (the first one is read; reported as duplicateColumn). */
  duplicates: { key: string; first: number; col: number; header: string }[];
  /** 0-based sheet rows holding data, blank rows left out. */
  dataRows: number[];
  /** Rows that look like data below where the block ended (after a gap of blank rows): not read, warned about. */
  rowsNotRead: number[];
}

export interface Located {
  blocks: { [B in BlockKey]?: LocatedBlock<ColumnKey<B>> };
  /** The sheet found for each sheet of the format, if any. */
  sheets: Partial<Record<SheetSpec['key'], SheetGrid>>;
  /** What finding the blocks showed: ambiguous sheets and tables, duplicate headers, rows not read. */
  problems: Problem[];
  /** Blocks not found whose header row holds a header that only looks right: that header, for missingColumn. */
  lookalikeHeaders: Partial<Record<BlockKey, { header: string; column: ColumnSpec; at: CellRef }>>;
  /**
   * Blocks not found whose title is on the sheet with a header row below it
   * that lacks a required header: that row, so each missing column is
   * reported there (an optional block would otherwise vanish in silence).
   */
  incompleteHeaders: Partial<Record<BlockKey, LocatedBlock>>;
  /** Blocks not found whose header row stands below the rows searched (HEADER_SEARCH_ROWS): where it is. */
  farHeaders: Partial<Record<BlockKey, CellRef>>;
}

/** The sheets the reader considers: the user's own, never those the add-in generated. */
function inputSheets(grid: WorkbookGrid): SheetGrid[] {
  return grid.sheets.filter((s) => s.marker === undefined);
}

/**
 * Every input sheet that matches the spec's Swedish or English name or an
 * alias (normaliseKey: case, spacing, diacritics), in that order of names,
 * then in tab order. More than one is ambiguous: the first is the one read.
 */
export function findSheets(grid: WorkbookGrid, spec: SheetSpec): SheetGrid[] {
  const names = [spec.sv, spec.en, ...spec.aliases].map(normaliseKey);
  const found: SheetGrid[] = [];
  for (const name of names) for (const s of inputSheets(grid)) if (normaliseKey(s.name) === name) found.push(s);
  return [...new Set(found)];
}

export function findSheet(grid: WorkbookGrid, spec: SheetSpec): SheetGrid | undefined {
  return findSheets(grid, spec)[0];
}

/**
 * Files a block found for `key`. Its column keys are those of BLOCKS[key] by
 * construction (the columns map is built from that spec's columns), which is
 * what Located's per-block types say; TypeScript cannot follow a union key here.
 */
function place(located: Located, key: BlockKey, block: LocatedBlock): void {
  (located.blocks as Partial<Record<BlockKey, LocatedBlock>>)[key] = block;
}

export function locateBlocks(grid: WorkbookGrid): Located {
  const located: Located = {
    blocks: {},
    sheets: {},
    problems: [],
    lookalikeHeaders: {},
    incompleteHeaders: {},
    farHeaders: {},
  };
  for (const sheetSpec of SHEETS) {
    const [sheet, ...others] = findSheets(grid, sheetSpec);
    for (const other of others) located.problems.push(ambiguousSheet(sheetSpec, sheet!.name, other.name));
    if (sheet) located.sheets[sheetSpec.key] = sheet;
    for (const key of sheetSpec.blocks) {
      const byTable = locateByTable(grid, BLOCKS[key], sheet, located.problems);
      if (byTable) place(located, key, byTable);
    }
    if (!sheet) continue;
    const pending = sheetSpec.blocks
      .filter((key) => located.blocks[key] === undefined)
      .map((key) => BLOCKS[key])
      .sort((a, b) => requiredColumns(b).length - requiredColumns(a).length);
    const claimed = claimedRows(sheet, Object.values(located.blocks));
    // Before the typed blocks: a leftover header row of a moved table must not be taken for another block's.
    reportMovedTwice(sheet, sheetSpec, located, claimed);
    for (const spec of pending) {
      const found = locateByHeader(sheet, spec, claimed);
      if (found) {
        place(located, spec.key, found);
        claimed.add(found.headerRow);
      }
    }
    for (const spec of pending.filter((p) => !located.blocks[p.key])) {
      const near = lookalikeHeaderRow(sheet, spec, claimed);
      if (near) {
        claimed.add(near.row);
        located.lookalikeHeaders[spec.key] = {
          header: near.header,
          column: near.column,
          at: cellRef(sheet, near.row, near.col),
        };
        continue;
      }
      const far = farHeaderRow(sheet, spec, claimed);
      if (far !== undefined) located.farHeaders[spec.key] = cellRef(sheet, far, 0);
      const titled = titledHeaderRow(sheet, spec, claimed);
      if (titled === undefined) continue;
      claimed.add(titled);
      located.incompleteHeaders[spec.key] = incompleteBlock(sheet, spec, titled);
    }
    const onSheet = Object.values(located.blocks).filter((b) => b.sheet === sheet && b.via === 'header');
    for (const block of onSheet) {
      const rows = headerBlockRows(sheet, block, claimed);
      block.dataRows = rows.data;
      block.rowsNotRead = rows.notRead;
      if (rows.gap && rows.notRead.length > 0)
        located.problems.push(
          rowsNotRead(block.spec, cellRef(sheet, rows.notRead[0]!, block.firstColumn), { kind: 'gap', ...rows.gap }),
        );
    }
  }
  for (const block of Object.values(located.blocks)) {
    for (const d of block.duplicates)
      located.problems.push(
        duplicateColumn(
          block.spec,
          d.header,
          cellRef(block.sheet, block.headerRow, d.first),
          cellRef(block.sheet, block.headerRow, d.col),
        ),
      );
  }
  return located;
}

const cellRef = (sheet: SheetGrid, row: number, col: number): CellRef => ({
  sheet: sheet.name,
  cell: cellAddress(row, col),
});

/**
 * A block found by its table on another sheet, while its own sheet still has
 * a header row for it (a table moved, and an older typed copy left behind):
 * two sources for one block, refused rather than one picked in silence.
 */
function reportMovedTwice(sheet: SheetGrid, sheetSpec: SheetSpec, located: Located, claimed: Set<number>): void {
  for (const key of sheetSpec.blocks) {
    const block = located.blocks[key];
    if (!block || block.via !== 'table' || block.sheet === sheet) continue;
    // A row that is the header of a block with more required headers ("Betalare, Organisation, Skolform"
    // for the usage matrix's lone "Betalare") is that block's, not a copy of this one.
    const others = sheetSpec.blocks
      .map((k) => BLOCKS[k])
      .filter((b) => requiredColumns(b).length > requiredColumns(block.spec).length);
    const skip = new Set(claimed);
    let typed = locateByHeader(sheet, block.spec, skip);
    while (typed && others.some((b) => holdsHeaders(sheet, b, typed!.headerRow))) {
      skip.add(typed.headerRow);
      typed = locateByHeader(sheet, block.spec, skip);
    }
    if (!typed) continue;
    claimed.add(typed.headerRow);
    located.problems.push(
      ambiguousTable(
        block.spec,
        cellRef(block.sheet, block.headerRow, block.firstColumn),
        cellRef(sheet, typed.headerRow, typed.firstColumn),
      ),
    );
  }
}

/** The row holds every required header of the block. */
function holdsHeaders(sheet: SheetGrid, spec: BlockSpec, row: number): boolean {
  const width = sheet.values[row]?.length ?? 0;
  return requiredColumns(spec).every((column) => {
    for (let col = 0; col < width; col++) if (matchesColumn(column, cellString(sheet, row, col))) return true;
    return false;
  });
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

function matchesColumn(column: ColumnSpec, header: string, key: (text: string) => string = normaliseKey): boolean {
  const names = [column.sv, column.en, ...column.aliases].map(key);
  const typed = key(header);
  if (typed === '') return false;
  if (names.includes(typed)) return true;
  const split = splitHeaderUnit(header);
  return split.unit !== undefined && column.type.kind === 'money' && names.includes(key(split.base));
}

/**
 * A block not found by its headers whose header row is there with a header
 * that only looks right ("Bеlopp" with a Cyrillic е): the row and that header,
 * so the problem points at it instead of at A1. The row is claimed, so it is
 * not taken for data of the block above.
 */
function lookalikeHeaderRow(
  sheet: SheetGrid,
  spec: BlockSpec,
  claimed: Set<number>,
): { row: number; col: number; header: string; column: ColumnSpec } | undefined {
  const rows = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < rows; row++) {
    if (claimed.has(row)) continue;
    const width = sheet.values[row]?.length ?? 0;
    let off: { row: number; col: number; header: string; column: ColumnSpec } | undefined;
    const all = requiredColumns(spec).every((column) => {
      for (let col = 0; col < width; col++) {
        const header = cellString(sheet, row, col);
        if (matchesColumn(column, header)) return true;
        if (matchesColumn(column, header, skeleton)) {
          off ??= { row, col, header: header.trim(), column };
          return true;
        }
      }
      return false;
    });
    if (all && off) return off;
  }
  return undefined;
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
): Pick<LocatedBlock, 'columns' | 'extra' | 'columnUnits' | 'headers' | 'duplicates'> {
  const columns = new Map<string, number>();
  const columnUnits = new Map<string, DisplayUnit>();
  const headers = new Map<string, string>();
  const duplicates: LocatedBlock['duplicates'] = [];
  const extra: { col: number; header: string }[] = [];
  for (let col = first; col <= last; col++) {
    const header = cellString(sheet, row, col).trim();
    if (header === '') continue;
    const column = spec.columns.find((c) => matchesColumn(c, header));
    if (!column) extra.push({ col, header });
    else if (columns.has(column.key))
      duplicates.push({ key: column.key, first: columns.get(column.key)!, col, header });
    else {
      columns.set(column.key, col);
      headers.set(column.key, header);
      const unit = column.type.kind === 'money' ? splitHeaderUnit(header).unit : undefined;
      if (unit) columnUnits.set(column.key, unit);
    }
  }
  return { columns, extra, columnUnits, headers, duplicates };
}

/**
 * The block's table, by name (case ignored) on any input sheet. Excel keeps
 * table names unique, but a file from another program may not: with two, the
 * one on the block's own sheet (else the first in tab order) is read and the
 * other reported.
 */
function locateByTable(
  grid: WorkbookGrid,
  spec: BlockSpec,
  home: SheetGrid | undefined,
  problems: Problem[],
): LocatedBlock | undefined {
  const found: { sheet: SheetGrid; table: TableInfo }[] = [];
  for (const sheet of inputSheets(grid))
    for (const table of sheet.tables)
      if (table.name.toLowerCase() === spec.table.toLowerCase()) found.push({ sheet, table });
  if (found.length === 0) return undefined;
  const chosen = found.find((f) => f.sheet === home) ?? found[0]!;
  const at = (f: (typeof found)[number]) => cellRef(f.sheet, f.table.headerRow, f.table.firstColumn);
  for (const other of found) if (other !== chosen) problems.push(ambiguousTable(spec, at(chosen), at(other)));
  const { sheet, table } = chosen;
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
    rowsNotRead: [],
  };
  // Rows past the grid are blank: a table declared far beyond its cells is read to where they end.
  const lastRow = Math.min(table.lastRow, sheet.values.length - 1);
  for (let row = table.headerRow + 1; row <= lastRow; row++) {
    if (!rowIsBlank(sheet, row, block.firstColumn, block.lastColumn)) block.dataRows.push(row);
  }
  return block;
}

/** Header rows and every row inside a table on this sheet: not available as another block's header. */
function claimedRows(sheet: SheetGrid, blocks: LocatedBlock[]): Set<number> {
  const rows = new Set<number>();
  for (const table of sheet.tables) {
    const last = Math.min(table.lastRow, sheet.values.length - 1);
    for (let r = table.headerRow; r <= last; r++) rows.add(r);
  }
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
    return headerBlock(sheet, spec, row, first, last);
  }
  return undefined;
}

/** A block found by its header row, columns first…last of it, its data rows still to be found. */
function headerBlock(sheet: SheetGrid, spec: BlockSpec, row: number, first: number, last: number): LocatedBlock {
  return {
    spec,
    sheet,
    via: 'header',
    headerRow: row,
    firstColumn: first,
    lastColumn: last,
    ...mapColumns(sheet, spec, row, first, last),
    dataRows: [],
    rowsNotRead: [],
  };
}

const TITLES = new Set(Object.values(BLOCKS).flatMap((b) => [normaliseKey(b.title.sv), normaliseKey(b.title.en)]));

/**
 * The data rows of a block found by its header row, down to the next block's
 * header row, a title, two blank rows in a row, or the sheet's end. After two
 * blank rows the scan goes on to the next header row or title: rows there
 * that look like data (every required column filled, or a known parameter
 * named) are not read, and are returned so the reader can say so at the
 * first of them rather than drop them in silence.
 */
function headerBlockRows(
  sheet: SheetGrid,
  block: LocatedBlock,
  claimed: Set<number>,
): { data: number[]; notRead: number[]; gap?: { first: number; last: number } } {
  const data: number[] = [];
  const notRead: number[] = [];
  let gap: { first: number; last: number } | undefined;
  let blanks = 0;
  for (let row = block.headerRow + 1; row < sheet.values.length; row++) {
    if (claimed.has(row) || isTitleRow(sheet, row)) break;
    if (rowIsBlank(sheet, row, block.firstColumn, block.lastColumn)) {
      blanks++;
      if (!gap && blanks === 2) gap = { first: row - 1, last: row };
      else if (gap?.last === row - 1) gap.last = row;
      continue;
    }
    blanks = 0;
    if (!gap) data.push(row);
    else if (looksLikeData(sheet, block, row)) notRead.push(row);
  }
  return gap ? { data, notRead, gap } : { data, notRead };
}

/** Every required column filled; in a key–value block, a known parameter named in the first column. */
function looksLikeData(sheet: SheetGrid, block: LocatedBlock, row: number): boolean {
  const { spec } = block;
  if (spec.fields) {
    const col = block.columns.get(spec.columns[0]!.key);
    const name = normaliseKey(col === undefined ? '' : cellString(sheet, row, col));
    return name !== '' && spec.fields.some((f) => [f.sv, f.en, ...f.aliases].some((n) => normaliseKey(n) === name));
  }
  const required = requiredColumns(spec)
    .map((c) => block.columns.get(c.key))
    .filter((c): c is number => c !== undefined);
  if (required.length === 0 || !required.every((col) => !isBlankCell(sheet, row, col))) return false;
  // A one-cell note ("Källa: …") under a block of several columns is a note, not a row of data.
  const width = block.lastColumn - block.firstColumn + 1;
  let filled = 0;
  for (let col = block.firstColumn; col <= block.lastColumn; col++) if (!isBlankCell(sheet, row, col)) filled++;
  return filled >= Math.min(2, width);
}

/**
 * A row below the first HEADER_SEARCH_ROWS holding every required header of
 * the block, looked for down to row 10 000 only: a block typed further down
 * than that is not a misplaced table, and a sheet of a million rows must not
 * be scanned once per optional block it lacks.
 */
function farHeaderRow(sheet: SheetGrid, spec: BlockSpec, claimed: Set<number>): number | undefined {
  const first = requiredColumns(spec)[0];
  if (!first) return undefined;
  const end = Math.min(sheet.values.length, 10_000);
  for (let row = HEADER_SEARCH_ROWS; row < end; row++) {
    if (claimed.has(row)) continue;
    // Cheap test first: some cell of the row is the first required header.
    const cells = sheet.values[row] ?? [];
    if (!cells.some((v) => typeof v === 'string' && matchesColumn(first, v))) continue;
    if (holdsHeaders(sheet, spec, row)) return row;
  }
  return undefined;
}

/** The first non-blank row below the block's own title (within the first 200 rows), if not claimed. */
function titledHeaderRow(sheet: SheetGrid, spec: BlockSpec, claimed: Set<number>): number | undefined {
  const titles = [spec.title.sv, spec.title.en].map(normaliseKey);
  const rows = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < rows; row++) {
    const filled = (sheet.values[row] ?? []).filter((v) => !isBlank(v));
    if (filled.length !== 1 || typeof filled[0] !== 'string' || !titles.includes(normaliseKey(filled[0]))) continue;
    for (let next = row + 1; next < Math.min(sheet.values.length, row + 4); next++) {
      if ((sheet.values[next] ?? []).every((v) => isBlank(v))) continue;
      return claimed.has(next) || isTitleRow(sheet, next) ? undefined : next;
    }
  }
  return undefined;
}

/** The block as its header row maps it, for reporting the required columns it lacks. */
function incompleteBlock(sheet: SheetGrid, spec: BlockSpec, row: number): LocatedBlock {
  const cells = sheet.values[row] ?? [];
  let first = cells.findIndex((v) => !isBlank(v));
  let last = first;
  while (last + 1 < cells.length && !isBlank(cells[last + 1] ?? null)) last++;
  if (first < 0) first = last = 0;
  return headerBlock(sheet, spec, row, first, last);
}

/** A row whose only content is one block title (written above each table). */
function isTitleRow(sheet: SheetGrid, row: number): boolean {
  const filled = (sheet.values[row] ?? []).filter((v) => !isBlank(v));
  return filled.length === 1 && typeof filled[0] === 'string' && TITLES.has(normaliseKey(filled[0]));
}
