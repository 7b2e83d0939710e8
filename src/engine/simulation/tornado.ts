/**
 * The tornado: which uncertain cost line moves an alternative's total most.
 * One input at a time goes to its min and to its max while every other stays
 * at its likely value; bars are sorted by swing (|total at max − total at
 * min|), largest first, ties in workbook order. Lines that cannot move this
 * alternative's total (a degenerate range min = max, or a solution no contract
 * of the alternative covers) are left out.
 */

import type { CostModel } from '../model';
import { compileModel, type CompiledModel } from './compile';
import type { ReferenceClassChoice } from './referenceClasses';
import { evaluateYears, likelyValues, scratchFor } from './evaluate';
import type { TornadoBar } from './types';

export interface TornadoOptions {
  /** Keep only the N largest swings (default: all). */
  top?: number;
  /** A model compiled earlier, to skip compiling again. */
  compiled?: CompiledModel;
  /** Lines drawn from a reference-class preset: their min and max are the preset's bounds. */
  referenceClasses?: ReferenceClassChoice;
}

export function tornado(model: CostModel, alternativeId: string, options: TornadoOptions = {}): TornadoBar[] {
  const compiled = options.compiled ?? compileModel(model, options.referenceClasses);
  const index = compiled.alternatives.findIndex((a) => a.alternativeId === alternativeId);
  if (index < 0) {
    // A model with errors compiles no alternatives: nothing to show, as runEngine shows no scenario.
    if (compiled.alternatives.length === 0) return [];
    throw new RangeError(`no alternative with id '${alternativeId}'`);
  }
  return tornadoOf(compiled, index, options.top);
}

/** The tornado of the compiled alternative at `index`. */
export function tornadoOf(compiled: CompiledModel, index: number, top?: number): TornadoBar[] {
  const alt = compiled.alternatives[index]!;
  const scratch = scratchFor(compiled);
  const values = likelyValues(compiled);
  const baseTotal = evaluateYears(alt, values, scratch);
  const bars: TornadoBar[] = [];
  compiled.inputs.forEach((input, u) => {
    if (!(input.max > input.min)) return;
    values[u] = input.min;
    const totalAtMin = evaluateYears(alt, values, scratch);
    values[u] = input.max;
    const totalAtMax = evaluateYears(alt, values, scratch);
    values[u] = input.likely;
    if (totalAtMin === baseTotal && totalAtMax === baseTotal) return;
    bars.push({
      lineId: input.lineId,
      solutionId: input.solutionId,
      item: input.item,
      ...(input.description === undefined ? {} : { description: input.description }),
      min: input.min,
      likely: input.likely,
      max: input.max,
      baseTotal,
      totalAtMin,
      totalAtMax,
      deltaLow: totalAtMin - baseTotal,
      deltaHigh: totalAtMax - baseTotal,
      swing: Math.abs(totalAtMax - totalAtMin),
    });
  });
  bars.sort((a, b) => b.swing - a.swing); // stable: equal swings keep workbook order
  return top === undefined ? bars : bars.slice(0, Math.max(0, top));
}
