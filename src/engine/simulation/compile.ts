/**
 * Compiles a cost model once into flat arrays that a Monte Carlo iteration
 * can sum without building any object: the reason 10,000 iterations of every
 * alternative take milliseconds, not the minutes of 40,000 engine runs.
 *
 * Every cost entry the engine would make for an alternative becomes either
 * - a variable entry: a cost line with a range (not tiered), whose amount is
 *   ROUND(value × quantity × indexFactor × yearFraction) to whole kronor,
 *   multiplied left to right exactly as the engine does (lineAmount.ts), with
 *   the line's drawn value; or
 * - part of a constant: every other entry (procurement, contract management,
 *   internal staff, old agreements running on, tiered lines, lines without a
 *   range) is already rounded by the engine and is summed per year once.
 *
 * The entries come from the engine's own entry builders, run on a "probe"
 * copy of the model in which each ranged line's amount is the largest
 * magnitude of its range. Why: the engine drops entries whose amount rounds to
 * zero, and an entry that is zero at the likely value may not be zero at the
 * max. Rounding is monotone in the value, so an entry that is non-zero for any
 * value in the range is non-zero at the probe, and every such entry is kept.
 * Quantity, index factor and year fraction do not depend on the amount.
 *
 * Per payer, each entry is shared by its fixed weights without rounding
 * (entry × weight / Σ weights). The engine shares whole kronor by largest
 * remainder instead; the two differ by less than 1 kr per entry and payer,
 * which is far below the spread of any simulated figure (see docs/sensitivity.md).
 */

import { contractEntries } from '../contractCosts';
import { internalEntries } from '../internalCosts';
import type { Alternative, CostItem, CostLine, CostModel, Problem } from '../model';
import { buildModelIndex, countOf, type ModelIndex } from '../modelIndex';
import { discountFactor } from '../npv';
import { runOnEntries } from '../oldAgreements';
import type { PendingEntry } from '../pending';
import { validateModel } from '../validate';
import { overrunBounds, referenceClassOf, type ReferenceClassChoice, type ReferenceClassId } from './referenceClasses';

/** A cost line whose amount is drawn: min / likely / max in öre. */
export interface UncertainInput {
  lineId: string;
  solutionId: string;
  item: CostItem;
  description?: string;
  min: number;
  likely: number;
  max: number;
  /**
   * Drawn as likely × (1 + overrun) from this reference-class preset
   * (referenceClasses.ts) instead of PERT / triangular over min…max; min and
   * max are then the preset's bounds times the likely amount.
   */
  referenceClass?: ReferenceClassId;
}

export interface CompiledPayer {
  id: string;
  name: string;
  users: number;
}

/** One alternative as flat arrays. Payer positions are indexes into CompiledModel.payers. */
export interface CompiledAlternative {
  alternativeId: string;
  name: string;
  /** Σ of the constant entries per horizon year, öre (whole kronor). */
  constantByYear: Float64Array;
  /** Per variable entry: which input (index into CompiledModel.inputs) sets its value. */
  entryInput: Int32Array;
  entryQuantity: Float64Array;
  entryIndexFactor: Float64Array;
  entryYearFraction: Float64Array;
  /** Horizon year index (0 = base year). */
  entryYear: Int32Array;
  /** Allocation group: entries shared among the same payers in the same proportions. */
  entryGroup: Int32Array;
  /** Group g's payers are groupPayer[groupStart[g] … groupStart[g + 1]). */
  groupStart: Int32Array;
  groupPayer: Int32Array;
  /** weight / Σ weights of the group (Σ = 1, or no payers when the weights sum to 0: unallocated). */
  groupShare: Float64Array;
  /** The constant entries shared among payers by weight, unrounded öre, per payer position. */
  constantByPayer: Float64Array;
}

export interface CompiledModel {
  /** Validation problems; when any is an error, `alternatives` is empty. */
  problems: Problem[];
  baseYear: number;
  years: number[];
  /** 1 / (1 + rate)^(year − baseYear), the engine's own factors. */
  discountFactors: number[];
  inputs: UncertainInput[];
  /** In workbook order (the model's order). */
  payers: CompiledPayer[];
  alternatives: CompiledAlternative[];
}

/** A line is drawn when it has a range and its amount is used (tiered lines ignore `amount`). */
export function isUncertain(line: CostLine): boolean {
  return line.range !== undefined && line.basis.kind !== 'tiered';
}

/** What a line is drawn from: its preset (any line with an amount), else its own range; undefined when constant. */
function drawnRange(
  line: CostLine,
  referenceClasses: ReferenceClassChoice | undefined,
): { min: number; max: number; referenceClass?: ReferenceClassId } | undefined {
  if (line.basis.kind === 'tiered') return undefined;
  const preset = referenceClassOf(referenceClasses, line.id);
  if (preset !== undefined) {
    const bounds = overrunBounds(preset);
    const a = line.amount * (1 + bounds.min);
    const b = line.amount * (1 + bounds.max);
    // A negative amount (a credit) turns the bounds round.
    return { min: Math.min(a, b), max: Math.max(a, b), referenceClass: preset };
  }
  return line.range;
}

export function compileModel(model: CostModel, referenceClasses?: ReferenceClassChoice): CompiledModel {
  const problems = validateModel(model);
  const inputs: UncertainInput[] = [];
  for (const line of model.costLines) {
    const range = drawnRange(line, referenceClasses);
    if (range === undefined) continue;
    inputs.push({
      lineId: line.id,
      solutionId: line.solutionId,
      item: line.item,
      ...(line.description === undefined ? {} : { description: line.description }),
      min: range.min,
      likely: line.amount,
      max: range.max,
      ...(range.referenceClass === undefined ? {} : { referenceClass: range.referenceClass }),
    });
  }
  const payers = model.payers.map((p) => ({ id: p.id, name: p.name, users: countOf(p, 'users') }));
  const p = model.parameters;
  const index = buildModelIndex(probeModel(model, inputs));
  const compiled: CompiledModel = {
    problems,
    baseYear: p.baseYear,
    years: [...index.years],
    discountFactors: index.years.map((year) => discountFactor(p.discountRate, year, p.baseYear)),
    inputs,
    payers,
    alternatives: [],
  };
  if (problems.some((x) => x.severity === 'error')) return compiled;
  const inputOf = new Map(inputs.map((input, i) => [input.lineId, i]));
  // Engine positions are in payer-id order; results are in workbook order.
  const modelPosition = new Map(model.payers.map((payer, i) => [payer.id, i]));
  const toModel = Int32Array.from(index.payers, (payer) => modelPosition.get(payer.id)!);
  // index.model's alternatives: with their successor contracts (successors.ts).
  compiled.alternatives = index.model.alternatives.map((alternative) =>
    compileAlternative(index, alternative, inputOf, toModel, payers.length),
  );
  return compiled;
}

/** The model with each drawn line's amount set to the largest magnitude it can be drawn at. */
function probeModel(model: CostModel, inputs: readonly UncertainInput[]): CostModel {
  const drawn = new Map(inputs.map((input) => [input.lineId, input]));
  return {
    ...model,
    costLines: model.costLines.map((line) => {
      const input = drawn.get(line.id);
      return input === undefined
        ? line
        : { ...line, amount: Math.max(Math.abs(input.min), Math.abs(input.max), Math.abs(line.amount)) };
    }),
  };
}

/** The engine's entries of one alternative, in the engine's order (scenario.ts). */
function pendingEntries(index: ModelIndex, alternative: Alternative): PendingEntry[] {
  const pending: PendingEntry[] = [];
  for (const contract of alternative.contracts) pending.push(...contractEntries(index, contract));
  pending.push(...runOnEntries(index, alternative));
  pending.push(...internalEntries(index, alternative));
  return pending;
}

function compileAlternative(
  index: ModelIndex,
  alternative: Alternative,
  inputOf: Map<string, number>,
  toModel: Int32Array,
  payerCount: number,
): CompiledAlternative {
  const baseYear = index.model.parameters.baseYear;
  const constantByYear = new Float64Array(index.years.length);
  const constantByPayer = new Float64Array(payerCount);
  const entries: { input: number; q: number; f: number; yf: number; year: number; group: number }[] = [];
  // Groups are keyed by their shares, not by weight-set object: lines of one
  // contract allocated by the same driver share one group, which cuts the
  // per-iteration payer work (groups × payers) several times over.
  const groupOf = new Map<string, number>();
  const groupStart: number[] = [0];
  const groupPayer: number[] = [];
  const groupShare: number[] = [];

  for (const { entry, weights } of pendingEntries(index, alternative)) {
    const y = entry.year - baseYear;
    const input = entry.source.kind === 'costLine' ? inputOf.get(entry.source.costLineId) : undefined;
    if (input === undefined) {
      constantByYear[y]! += entry.amount;
      shareOut(weights, toModel, (position, share) => (constantByPayer[position]! += entry.amount * share));
      continue;
    }
    const positions: number[] = [];
    const shares: number[] = [];
    shareOut(weights, toModel, (position, share) => {
      positions.push(position);
      shares.push(share);
    });
    const key = `${positions.join(',')}|${shares.join(',')}`;
    let group = groupOf.get(key);
    if (group === undefined) {
      group = groupOf.size;
      groupOf.set(key, group);
      groupPayer.push(...positions);
      groupShare.push(...shares);
      groupStart.push(groupPayer.length);
    }
    const b = entry.basis;
    entries.push({ input, q: b.quantity, f: b.indexFactor, yf: b.yearFraction, year: y, group });
  }

  return {
    alternativeId: alternative.id,
    name: alternative.name,
    constantByYear,
    entryInput: Int32Array.from(entries, (e) => e.input),
    entryQuantity: Float64Array.from(entries, (e) => e.q),
    entryIndexFactor: Float64Array.from(entries, (e) => e.f),
    entryYearFraction: Float64Array.from(entries, (e) => e.yf),
    entryYear: Int32Array.from(entries, (e) => e.year),
    entryGroup: Int32Array.from(entries, (e) => e.group),
    groupStart: Int32Array.from(groupStart),
    groupPayer: Int32Array.from(groupPayer),
    groupShare: Float64Array.from(groupShare),
    constantByPayer,
  };
}

/** Calls `take` with each payer's weight / Σ weights; nothing when the weights sum to 0 (unallocated). */
function shareOut(
  weights: PendingEntry['weights'],
  toModel: Int32Array,
  take: (position: number, share: number) => void,
): void {
  let sum = 0;
  for (let i = 0; i < weights.weights.length; i++) sum += weights.weights[i]!;
  if (!(sum > 0)) return;
  for (let i = 0; i < weights.weights.length; i++) {
    const w = weights.weights[i]!;
    if (w > 0) take(toModel[weights.positions[i]!]!, w / sum);
  }
}
