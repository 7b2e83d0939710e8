/**
 * One evaluation of a compiled alternative at given input values: the inner
 * loop of the simulation and the tornado. Allocation-free: the caller owns
 * the scratch arrays and reuses them across iterations.
 *
 * Arithmetic is the engine's and the scenario sheets': each variable entry is
 * roundToKronor(((price × quantity) × indexFactor) × yearFraction), where
 * price is the drawn value rounded to whole öre, as the sheets' entry formulas
 * do with ROUND(price*100,0) (docs/formulas.md). A draw is continuous
 * (12 345.678 öre); unrounded, one drawn licence price moved a total by
 * 3 162 kr from the sheet recalculated with the same draw. The year
 * totals are sums of whole kronor (exact in doubles below 2^53 öre), and the
 * NPV is Σ yearTotal × discountFactor in year order, rounded once. With every
 * value at its likely figure the result is therefore the engine's, exactly.
 */

import { roundToKronor } from '../money';
import type { CompiledAlternative, CompiledModel } from './compile';

export interface Scratch {
  byYear: Float64Array;
  groupSums: Float64Array;
  byPayer: Float64Array;
}

export function scratchFor(compiled: CompiledModel): Scratch {
  const groups = Math.max(1, ...compiled.alternatives.map((a) => a.groupStart.length - 1));
  return {
    byYear: new Float64Array(compiled.years.length),
    groupSums: new Float64Array(groups),
    byPayer: new Float64Array(compiled.payers.length),
  };
}

/** Fills scratch.byYear (öre per year) and scratch.groupSums (öre per allocation group); returns the total. */
export function evaluateYears(alt: CompiledAlternative, values: ArrayLike<number>, scratch: Scratch): number {
  const { byYear, groupSums } = scratch;
  byYear.set(alt.constantByYear);
  const groups = alt.groupStart.length - 1;
  for (let g = 0; g < groups; g++) groupSums[g] = 0;
  const n = alt.entryInput.length;
  const input = alt.entryInput;
  const q = alt.entryQuantity;
  const f = alt.entryIndexFactor;
  const yf = alt.entryYearFraction;
  const year = alt.entryYear;
  const group = alt.entryGroup;
  for (let i = 0; i < n; i++) {
    // roundToOre and roundToKronor (money.ts) written out: this loop runs millions
    // of times per simulation, and the degenerate-range test proves the two agree.
    const drawn = values[input[i]!]!;
    const price = drawn < 0 ? -Math.floor(-drawn + 0.5) : Math.floor(drawn + 0.5);
    const kronor = (price * q[i]! * f[i]! * yf[i]!) / 100;
    const whole = Math.floor(Math.abs(kronor) + 0.5);
    const amount = (kronor < 0 ? -whole : whole) * 100;
    byYear[year[i]!]! += amount;
    groupSums[group[i]!]! += amount;
  }
  let total = 0;
  for (let y = 0; y < byYear.length; y++) total += byYear[y]!;
  return total;
}

/** NPV of scratch.byYear, rounded once to whole kronor, as npv.ts does. */
export function npvOf(byYear: Float64Array, discountFactors: readonly number[]): number {
  let sum = 0;
  for (let y = 0; y < byYear.length; y++) sum += byYear[y]! * discountFactors[y]!;
  return roundToKronor(sum);
}

/** Fills scratch.byPayer with each payer's horizon total (unrounded öre) from scratch.groupSums. */
export function evaluatePayers(alt: CompiledAlternative, scratch: Scratch): void {
  const { groupSums, byPayer } = scratch;
  byPayer.set(alt.constantByPayer);
  const groups = alt.groupStart.length - 1;
  for (let g = 0; g < groups; g++) {
    const amount = groupSums[g]!;
    if (amount === 0) continue;
    for (let k = alt.groupStart[g]!; k < alt.groupStart[g + 1]!; k++) {
      byPayer[alt.groupPayer[k]!]! += amount * alt.groupShare[k]!;
    }
  }
}

/** A deterministic evaluation as plain data (tests, tornado, the "likely" column). */
export interface Evaluation {
  totalByYear: number[];
  total: number;
  npv: number;
  /** Per payer (CompiledModel.payers order): horizon total, unrounded öre. */
  payerTotals: number[];
}

export function evaluate(compiled: CompiledModel, alternativeIndex: number, values: ArrayLike<number>): Evaluation {
  const alt = compiled.alternatives[alternativeIndex];
  if (alt === undefined) throw new RangeError(`no compiled alternative at index ${alternativeIndex}`);
  const scratch = scratchFor(compiled);
  const total = evaluateYears(alt, values, scratch);
  evaluatePayers(alt, scratch);
  return {
    totalByYear: Array.from(scratch.byYear),
    total,
    npv: npvOf(scratch.byYear, compiled.discountFactors),
    payerTotals: Array.from(scratch.byPayer),
  };
}

/** Every input at its likely value. */
export function likelyValues(compiled: CompiledModel): Float64Array {
  return Float64Array.from(compiled.inputs, (input) => input.likely);
}
