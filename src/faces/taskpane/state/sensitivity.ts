/**
 * The analyst's sensitivity-analysis choices (on or off, iterations, seed,
 * distribution), their validation, and the simulation options they become.
 * Pure: no React, no clock, no randomness except through the `random` passed
 * in, so the seed a test sees is the seed it chose.
 */
import type { ReferenceClassChoice, ReferenceClassId } from '../../../engine/simulation/referenceClasses';
import type { MessageKey } from '../i18n/catalogue';

/** The distributions the simulation offers (src/engine/simulation/distributions.ts); a type only, so no engine code reaches the pane's first chunk. */
export type Distribution = 'pert' | 'triangular';
export const DISTRIBUTIONS: readonly Distribution[] = ['pert', 'triangular'];

/** 1 000 is quick and enough for a first look; 10 000 for figures to show; auto stops at ±0.5 % on P50. */
export type IterationChoice = 1_000 | 10_000 | 'auto';
export const ITERATION_CHOICES: readonly IterationChoice[] = [1_000, 10_000, 'auto'];

/**
 * The reference-class presets (src/engine/simulation/referenceClasses.ts), in
 * the order the pane offers them. Written out here rather than imported so no
 * engine code reaches the pane's first chunk; a test holds the two lists equal.
 */
export const REFERENCE_CLASS_IDS: readonly ReferenceClassId[] = [
  'it-development-optimism-bias',
  'it-projects-black-swans',
  'swedish-state-projects',
  'swedish-state-projects-large',
];

/**
 * A preset for every cost line ('none': each line's own min and max), and per
 * line a preset or 'none' that wins over it; a line not in `byLine` follows `all`.
 */
export interface ReferenceClassChoices {
  all: ReferenceClassId | 'none';
  byLine: Record<string, ReferenceClassId | 'none'>;
}

export const NO_REFERENCE_CLASSES: ReferenceClassChoices = { all: 'none', byLine: {} };

export interface SensitivityChoices {
  enabled: boolean;
  iterations: IterationChoice;
  /** NaN while the typed text is not a valid seed. */
  seed: number;
  distribution: Distribution;
  /** Absent: no presets, every line draws from its own range. */
  referenceClasses?: ReferenceClassChoices;
}

/** Seeds are taken modulo 2^32 by the simulation; we accept exactly that range so what is shown is what is used. */
export const MAX_SEED = 2 ** 32 - 1;

/** Off by default: a simulation is extra work the analyst asks for. 10 000 iterations, PERT. */
export function defaultSensitivity(seed: number): SensitivityChoices {
  return { enabled: false, iterations: 10_000, seed, distribution: 'pert' };
}

/**
 * A fresh seed to prefill: six digits, short enough to read out and type
 * back, so a result shown in a meeting can be reproduced.
 */
export function newSeed(random: () => number = Math.random): number {
  return 100_000 + Math.floor(random() * 900_000);
}

/** The seed typed by the analyst ("123 456" allowed), or null when it is not a whole number in 0…2^32 − 1. */
export function parseSeedInput(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,10}$/.test(cleaned)) return null;
  const seed = Number(cleaned);
  return seed <= MAX_SEED ? seed : null;
}

/** What is wrong with the choices, as a catalogue key; null when fine (always fine when switched off). */
export function sensitivityProblem(choices: SensitivityChoices): MessageKey | null {
  if (!choices.enabled) return null;
  if (!Number.isInteger(choices.seed) || choices.seed < 0 || choices.seed > MAX_SEED) return 'sensitivity.badSeed';
  return null;
}

/** The options the simulation runs with (see SimulationOptions in src/engine/simulation/types.ts). */
export interface SimulationRequest {
  iterations: number | 'auto';
  seed: number;
  distribution: Distribution;
  /** Only when a preset is chosen for some line. */
  referenceClasses?: ReferenceClassChoice;
}

export function simulationRequest(choices: SensitivityChoices): SimulationRequest {
  const request: SimulationRequest = {
    iterations: choices.iterations,
    seed: choices.seed,
    distribution: choices.distribution,
  };
  const presets = referenceClassRequest(choices.referenceClasses);
  if (presets) request.referenceClasses = presets;
  return request;
}

/** The engine's choice, or undefined when no line draws from a preset (so a plain run stays as it was). */
export function referenceClassRequest(choices: ReferenceClassChoices | undefined): ReferenceClassChoice | undefined {
  if (!choices) return undefined;
  // A line's own choice counts only where it differs from the one for all lines.
  const byLine = Object.entries(choices.byLine).filter(([, id]) => id !== choices.all);
  if (choices.all === 'none' && byLine.length === 0) return undefined;
  const request: ReferenceClassChoice = {};
  if (choices.all !== 'none') request.all = choices.all;
  if (byLine.length > 0) request.byLine = Object.fromEntries(byLine);
  return request;
}
