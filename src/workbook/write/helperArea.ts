/**
 * The "Beräkningsunderlag" (calculation helpers) area at the foot of a
 * scenario sheet: a grid of its own whose rows are placed below everything
 * else once the sheet's length is known.
 *
 * Why tokens: the cost table and the allocation section refer to helper
 * cells (quantities, shares of the year, the allocation block) before the
 * sections below them have been written, so the helper area's first row is
 * not known yet. A helper address is written as a token carrying the row
 * relative to the area (⟦12⟧); `placeHelperArea` replaces every token in
 * every formula of the sheet once the area's first row is fixed. Values
 * (the cached results) never depend on where a cell sits, so nothing else
 * changes.
 */
import type { PlannedCell } from '../plan';
import { columnLetters } from './a1';
import { GridBuilder, type Ref } from './cells';

const OPEN = '\u27e6';
const CLOSE = '\u27e7';
const TOKEN = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

/** A cell of the helper area: its row relative to the area, its column, its value. */
export type HelperRef = Ref;

export class HelperArea {
  readonly grid = new GridBuilder();

  /** Address of a helper cell for a formula; `absolute` pins row and column ($D$⟦3⟧). */
  address(ref: HelperRef, absolute = false): string {
    const d = absolute ? '$' : '';
    return `${d}${columnLetters(ref.pos.col)}${d}${OPEN}${ref.pos.row}${CLOSE}`;
  }

  /** 'D⟦3⟧:D⟦9⟧', absolute: a column range of the helper area. */
  columnRange(col: number, fromRow: number, toRow: number): string {
    const c = columnLetters(col);
    return `$${c}$${OPEN}${fromRow}${CLOSE}:$${c}$${OPEN}${toRow}${CLOSE}`;
  }
}

/** Replaces helper tokens in a formula, given the 0-based sheet row where the area starts. */
export function resolveTokens(formula: string, firstRow: number): string {
  return formula.replace(TOKEN, (_, rel: string) => String(firstRow + Number(rel) + 1));
}

/**
 * Copies the helper area into the sheet's rows from `firstRow` and resolves
 * every token in every formula of the sheet.
 */
export function placeHelperArea(rows: (PlannedCell | null)[][], area: HelperArea, firstRow: number): void {
  area.grid.rows.forEach((cells, rel) => {
    const row = firstRow + rel;
    while (rows.length <= row) rows.push([]);
    const target = rows[row] as (PlannedCell | null)[];
    cells.forEach((cell, col) => {
      if (cell === null || cell === undefined) return;
      while (target.length < col) target.push(null);
      target[col] = cell;
    });
  });
  for (const cells of rows) {
    cells.forEach((cell, col) => {
      if (cell?.formula !== undefined && cell.formula.includes(OPEN)) {
        cells[col] = { ...cell, formula: resolveTokens(cell.formula, firstRow) };
      }
    });
  }
}
