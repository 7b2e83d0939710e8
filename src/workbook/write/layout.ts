/**
 * The column layout shared by every year-wise table of a scenario sheet, and
 * the context the section builders pass along.
 *
 *   A  B  C   | D … (one column per horizon year) | Totalt | Nuvärde
 *   three label columns (contract / solution / item, or payer / organisation /
 *   school form), then the years, then the horizon total and present value.
 *
 * Keeping the years in the same columns in every section lets the sections
 * refer to each other with plain same-column formulas (=D40-D52) and keeps a
 * printed page readable with the label columns frozen.
 */
import type { DisplayUnit } from '../../engine/model';
import type { Language } from '../labels';
import type { GridBuilder, Ref } from './cells';

export const LABEL_COLUMNS = 3;

export interface SheetContext {
  b: GridBuilder;
  language: Language;
  unit: DisplayUnit;
  /** The horizon's calendar years, ascending. */
  years: number[];
}

/** Column of the i-th horizon year (0-based). */
export const yearColumn = (i: number): number => LABEL_COLUMNS + i;
/** Column of the horizon total, right of the last year. */
export const totalColumn = (ctx: SheetContext): number => LABEL_COLUMNS + ctx.years.length;
/** Column of the present value, right of the total. */
export const npvColumn = (ctx: SheetContext): number => LABEL_COLUMNS + ctx.years.length + 1;

/** Öre (the engine's unit) → kronor (the sheet's unit). */
export { kronor as kr } from '../../engine/money';

/** A year-wise row of Refs, one per horizon year, in `years` order. */
export type YearRefs = Ref[];
