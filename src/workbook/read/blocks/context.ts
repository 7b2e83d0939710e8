/**
 * What the block readers share while reading one workbook: the located
 * blocks, the problems collected so far, and the name registries that link
 * rows across tables.
 */
import type { CellRef, Problem } from '../../../engine/model';
import type { ColumnKey } from '../../schema/format';
import type { BlockKey } from '../../schema/types';
import { cellAddress } from '../a1';
import { skeleton } from '../../schema/normalise';
import { splitHeaderUnit, type Located, type LocatedBlock } from '../locate';
import { emptyTable, missingColumn, missingNewColumn } from '../messages';
import { NameRegistry } from '../names';
import { cellText } from '../parseText';
import { RowReader } from '../rowReader';

export interface ReadContext {
  located: Located;
  problems: Problem[];
  solutions: NameRegistry;
  payers: NameRegistry;
  keys: NameRegistry;
  alternatives: NameRegistry;
  costLines: NameRegistry;
}

export function newContext(located: Located): ReadContext {
  return {
    located,
    problems: [],
    solutions: new NameRegistry({ sv: 'lösningen', en: 'solution' }),
    payers: new NameRegistry({ sv: 'betalaren', en: 'payer' }),
    keys: new NameRegistry({ sv: 'fördelningsnyckeln', en: 'allocation key' }),
    alternatives: new NameRegistry({ sv: 'alternativet', en: 'alternative' }),
    costLines: new NameRegistry({ sv: 'kostnadsraden', en: 'cost line' }),
  };
}

/**
 * The data rows of a block, or null when the block is absent or lacks a
 * required column (each missing column reported where it could be added).
 * A block that must have rows and has none is reported as emptyTable.
 */
export function openBlock<B extends BlockKey>(ctx: ReadContext, key: B): RowReader<ColumnKey<B>>[] | null {
  const block = ctx.located.blocks[key];
  if (!block) return null;
  const missing = missingColumns(block);
  ctx.problems.push(...missing);
  if (missing.length > 0) return null;
  let next = block.lastColumn + 1;
  for (const column of block.spec.columns) {
    if (column.addedLater === true && block.via === 'table' && !block.columns.has(column.key)) {
      // Only in the add-in's own table (tblKontrakt …), which has every column it knew: that workbook predates
      // the column. A table typed by hand may leave optional columns out on purpose.
      ctx.problems.push(missingNewColumn(block.spec, column, cellOf(block, block.headerRow, next++)));
    }
  }
  if (block.spec.needsRows && block.dataRows.length === 0) {
    ctx.problems.push(emptyTable(block.spec, cellOf(block, block.headerRow, block.firstColumn)));
  }
  return block.dataRows.map((row) => new RowReader<ColumnKey<B>>(block, row, ctx.problems));
}

/**
 * Each required column the block's header row lacks, reported where it could
 * be added (right of the header row), or at a header that only looks right
 * ("Bеlopp" with a Cyrillic е).
 */
export function missingColumns(block: LocatedBlock): Problem[] {
  const problems: Problem[] = [];
  let next = block.lastColumn + 1;
  for (const column of block.spec.columns) {
    if (!column.required || block.columns.has(column.key)) continue;
    const names = [column.sv, column.en, ...column.aliases].map(skeleton);
    const look = block.extra.find((e) => names.includes(skeleton(splitHeaderUnit(e.header).base)));
    const lookalike = look && { header: look.header, at: cellOf(block, block.headerRow, look.col) };
    problems.push(
      missingColumn(block.spec, column, cellOf(block, block.headerRow, next++), block.headerRow, lookalike),
    );
  }
  return problems;
}

/** Registers the names in a block's rows that are not read, so a reference to one can say where it stands. */
export function noteRowsNotRead<B extends BlockKey>(
  ctx: ReadContext,
  key: B,
  column: ColumnKey<B>,
  registry: NameRegistry,
): void {
  const block = ctx.located.blocks[key];
  const col = block?.columns.get(column);
  if (!block || col === undefined) return;
  for (const row of block.rowsNotRead) {
    const name = cellText(block.sheet.values[row]?.[col] ?? null);
    if (name) registry.addUnread(name, cellOf(block, row, col));
  }
}

export function cellOf(block: LocatedBlock, row: number, col: number): CellRef {
  return { sheet: block.sheet.name, cell: cellAddress(row, col) };
}

/** True when every value is neither undefined (a reported problem) nor null (blank). */
export function allPresent<T extends unknown[]>(...values: T): boolean {
  return values.every((v) => v !== undefined && v !== null);
}
