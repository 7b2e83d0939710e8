/**
 * Building blocks of the year-wise tables: a header row with the years, a
 * row of amounts, a SUM across the years, a SUM down a column and the
 * present value of a row. Each returns Refs so later sections can refer to
 * the cells, and each formula carries its computed value as the cache.
 */
import type { CellStyle, PlannedCell } from '../plan';
import { label, type LabelKey } from '../labels';
import { address } from './a1';
import { formulaCell, numberCell, textCell, type Ref } from './cells';
import { FORMATS, moneyFormat } from './formats';
import { npvColumn, totalColumn, yearColumn, type SheetContext, type YearRefs } from './layout';
import { roundHalfAwayFromZero } from './rounding';

/** A section's header row: three label headers, the years, then e.g. Totalt, Nuvärde. */
export function yearHeader(
  ctx: SheetContext,
  labels: [LabelKey | null, LabelKey | null, LabelKey | null],
  tail: LabelKey[],
): YearRefs {
  const { b, language } = ctx;
  const row = b.row();
  labels.forEach((key, col) => {
    if (key !== null) b.put(row, col, textCell(label(language, key), 'header'));
  });
  const years = ctx.years.map((year, i) => b.put(row, yearColumn(i), numberCell(year, FORMATS.year, 'header')));
  tail.forEach((key, i) => b.put(row, totalColumn(ctx) + i, textCell(label(language, key), 'header')));
  return years;
}

/** The three label cells of a row (inputs' text stays plain values). */
export function rowLabels(ctx: SheetContext, row: number, texts: (string | null)[], style?: CellStyle): void {
  texts.forEach((text, col) => {
    if (text !== null) ctx.b.put(row, col, textCell(text, style ?? 'label'));
  });
}

/** A row of money values in kronor (one per year). */
export function moneyRow(ctx: SheetContext, row: number, valuesKr: number[], style?: CellStyle): YearRefs {
  return valuesKr.map((v, i) => ctx.b.put(row, yearColumn(i), numberCell(v, moneyFormat(ctx.unit), style)));
}

const numeric = (ref: Ref): number => (typeof ref.value === 'number' ? ref.value : 0);

/** =SUM(first:last) over Refs in one row or one column; cached = the sum of their values. */
export function sumOf(refs: Ref[]): { formula: string; value: number } {
  if (refs.length === 0) return { formula: '0', value: 0 };
  const first = refs[0] as Ref;
  const last = refs[refs.length - 1] as Ref;
  // Whole kronor are integers, so this sum is exact, as is Excel's.
  return {
    formula: `SUM(${address(first.pos)}:${address(last.pos)})`,
    value: refs.reduce((s, r) => s + numeric(r), 0),
  };
}

/** Horizon total of a row at the total column. */
export function totalAcross(ctx: SheetContext, row: number, refs: YearRefs, style: CellStyle = 'total'): Ref {
  const sum = sumOf(refs);
  return ctx.b.put(row, totalColumn(ctx), formulaCell(sum.formula, sum.value, moneyFormat(ctx.unit), style));
}

/** Column sums of several rows of YearRefs (plus any extra columns given). */
export function sumRows(ctx: SheetContext, row: number, rows: Ref[][], columns: number[]): Ref[] {
  return columns.map((col, i) => {
    const sum = sumOf(rows.map((r) => r[i] as Ref));
    const cell: PlannedCell = formulaCell(sum.formula, sum.value, moneyFormat(ctx.unit), 'total');
    return ctx.b.put(row, col, cell);
  });
}

/**
 * Present value of a row: =ROUND(SUMPRODUCT(amounts, discount factors), 0),
 * the engine's rule (base year undiscounted, rounded once to whole kronor).
 * `cachedKr` is the engine's NPV; a test proves the formula gives the same.
 */
export function npvCell(ctx: SheetContext, row: number, refs: YearRefs, discount: YearRefs, cachedKr?: number): Ref {
  if (refs.length === 0) return ctx.b.put(row, npvColumn(ctx), numberCell(0, moneyFormat(ctx.unit), 'total'));
  const first = refs[0] as Ref;
  const last = refs[refs.length - 1] as Ref;
  const dFirst = discount[0] as Ref;
  const dLast = discount[discount.length - 1] as Ref;
  const computed = roundHalfAwayFromZero(refs.reduce((s, r, i) => s + numeric(r) * numeric(discount[i] as Ref), 0));
  const formula = `ROUND(SUMPRODUCT(${address(first.pos)}:${address(last.pos)},${address(dFirst.pos)}:${address(dLast.pos)}),0)`;
  return ctx.b.put(row, npvColumn(ctx), formulaCell(formula, cachedKr ?? computed, moneyFormat(ctx.unit), 'total'));
}
