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
 *
 * Why reserved rows: the allocation block is most of a large sheet (nine
 * cells per payer and entry, 695 000 cells at 16× the sample's payers).
 * Writing it with tokens and then rewriting every formula would build each
 * of its strings twice; holding it in the plan at all, cell by cell, made
 * the plan cost 30× the engine's time. So the block reserves its rows
 * (`reserve`) and placing the area turns them into LazyRows
 * (src/workbook/plan.ts): produced with final addresses by the writer, row
 * by row as it writes them, never held by the plan. The plan keeps only
 * what the reservation says about them without producing them (their
 * width, their constant cells for the sheet's digest, the extremes of their
 * numbers for column widths).
 */
import type { LazyRows, PlannedCell, PlannedValue } from '../plan';
import { columnLetters } from './a1';
import { GridBuilder, type Ref } from './cells';

const OPEN = '\u27e6';
const CLOSE = '\u27e7';

/** A cell of the helper area: its row relative to the area, its column, its value. */
export type HelperRef = Ref;

/** Where the area was placed: what reserved rows need to write their final addresses. */
export interface Placement {
  /** The 1-based sheet row of area row `rel`, as an A1 address spells it. */
  sheetRow: (rel: number) => number;
  /** A formula with tokens as one with sheet rows. */
  resolve: (formula: string) => string;
}

/**
 * Rows reserved in the area, written once it is placed (LazyRows, whose
 * contract these keep): `produce` and `constants` are called with the
 * placement, as often as the sheet is written or digested.
 */
export interface ReservedRows {
  /** The longest row's length. */
  width: number;
  /** The rows, top to bottom, each from column A with no null after its last cell. */
  produce(at: Placement): Iterable<(PlannedCell | null)[]>;
  /** The cells without a formula, row by row, with their 0-based sheet row. */
  constants(at: Placement, visit: (row: number, col: number, value: PlannedValue) => void): void;
  /** See LazyRows.extremes. */
  extremes: (PlannedCell | null)[][];
}

interface Reservation {
  top: number;
  count: number;
  rows: ReservedRows;
}

export class HelperArea {
  readonly grid = new GridBuilder();
  private readonly reservations: Reservation[] = [];

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

  /**
   * Reserves the next `count` rows of the area, to be written by `rows` once
   * the area is placed. Returns the first reserved row (relative to the area).
   */
  reserve(count: number, rows: ReservedRows): number {
    const top = this.grid.nextRow;
    this.grid.reserveRows(count);
    this.reservations.push({ top, count, rows });
    return top;
  }

  /** The reserved row ranges and how to write them (placeHelperArea). */
  get reserved(): readonly Reservation[] {
    return this.reservations;
  }
}

/** Replaces helper tokens in a formula, given the 0-based sheet row where the area starts. */
export function resolveTokens(formula: string, firstRow: number): string {
  let open = formula.indexOf(OPEN);
  if (open < 0) return formula;
  let out = '';
  let from = 0;
  while (open >= 0) {
    // A token is ⟦digits⟧; anything else between the brackets is left as it is.
    let rel = 0;
    let at = open + 1;
    for (let c = formula.charCodeAt(at); c >= ZERO && c <= NINE; c = formula.charCodeAt(++at))
      rel = rel * 10 + c - ZERO;
    if (at > open + 1 && formula.charCodeAt(at) === CLOSE_CODE) {
      out += formula.slice(from, open) + String(firstRow + rel + 1);
      from = at + 1;
    }
    open = formula.indexOf(OPEN, open + 1);
  }
  return from === 0 ? formula : out + formula.slice(from);
}

const [ZERO, NINE, CLOSE_CODE] = [48, 57, CLOSE.charCodeAt(0)];

/**
 * Puts the helper area into the sheet's rows from `firstRow` (below the last
 * row of `rows`) and resolves every token in every formula of the sheet.
 * Reserved rows stay empty in `rows`: they are returned as LazyRows, to be
 * written with their final addresses (lazySheet in src/workbook/plan.ts).
 */
export function placeHelperArea(rows: (PlannedCell | null)[][], area: HelperArea, firstRow: number): LazyRows[] {
  for (const cells of rows) resolveRow(cells, firstRow);
  while (rows.length < firstRow) rows.push([]);
  // The area's own rows are new rows of the sheet: taken over as they are, tokens resolved in place
  // (the list grown once: the allocation block reserves tens of thousands of rows).
  const areaRows = area.grid.rows;
  const top = rows.length;
  rows.length = top + areaRows.length;
  for (let i = 0; i < areaRows.length; i++) {
    const cells = areaRows[i]!;
    resolveRow(cells, firstRow);
    rows[top + i] = cells;
  }
  const at: Placement = {
    sheetRow: (rel) => firstRow + rel + 1,
    resolve: (formula) => resolveTokens(formula, firstRow),
  };
  return area.reserved.map(({ top, count, rows: reserved }): LazyRows => ({
    first: firstRow + top,
    count,
    width: reserved.width,
    produce: () => reserved.produce(at),
    constants: (visit) => reserved.constants(at, visit),
    extremes: reserved.extremes,
  }));
}

function resolveRow(cells: (PlannedCell | null)[], firstRow: number): void {
  for (let col = 0; col < cells.length; col++) {
    const cell = cells[col];
    if (cell?.formula !== undefined && cell.formula.includes(OPEN)) {
      cells[col] = { ...cell, formula: resolveTokens(cell.formula, firstRow) };
    }
  }
}
