/**
 * Reference-class uncertainty presets (issue 15, item 6): instead of typing
 * min / max per cost line, the analyst says which class of projects the line
 * resembles, and the line's cost is drawn as likely × (1 + overrun) with the
 * overrun drawn from what that class's projects overran by. Starting points
 * to replace with one's own figures, not facts about this procurement.
 *
 * Each preset is a mixture of PERT distributions on the overrun (a fraction:
 * 0.27 = +27 %): pick a component by its weight with one uniform draw, then
 * draw the component's PERT (min, likely, max). How each citation maps to its
 * components is in docs/sensitivity.md ("Reference-class presets"); the
 * tests reproduce every cited figure from the draws on a fixed seed.
 */
import type { Bilingual } from '../text';
import { nextBeta, nextUniform, type RandomState } from './random';
import { pertShape, type ThreePoint } from './distributions';

export type ReferenceClassId =
  | 'it-development-optimism-bias'
  | 'it-projects-black-swans'
  | 'swedish-state-projects'
  | 'swedish-state-projects-large';

/** One PERT on the overrun (fractions of the likely amount) and its share of the mixture. */
export interface OverrunComponent extends ThreePoint {
  weight: number;
}

export interface ReferenceClass {
  id: ReferenceClassId;
  /** What the pane's drop-down and the Känslighet sheet call it. */
  name: Bilingual;
  /** The source, as a reader would look it up. */
  citation: Bilingual;
  components: readonly OverrunComponent[];
}

/**
 * Mott MacDonald (2002) for HM Treasury: optimism bias in capital cost of
 * equipment / development projects (IT belongs here), from 10 % (lower bound,
 * risks fully managed) to 200 % (upper bound, the historical average with no
 * mitigation). Nothing says where in the band a project sits, so the PERT's
 * likely value is the middle: +105 %, its mean too.
 */
const MOTT_MACDONALD: readonly OverrunComponent[] = [{ weight: 1, min: 0.1, likely: 1.05, max: 2 }];

/**
 * Flyvbjerg & Budzier (2011), 1 471 IT projects: mean overrun 27 %; one in
 * six a "black swan" overrunning by 200 % on average. So: 1/6 × PERT(+100 %,
 * +200 %, +300 %) (mean +200 %), and 5/6 × a bulk whose mean makes the
 * mixture's +27 %: (0.27 − 2/6) / (5/6) = −7.6 %. The bulk spans ±30 %
 * (most IT projects miss their estimate by some tens of per cent either way),
 * its likely value −11.4 % gives that mean: (−0.30 + 4 × (−0.114) + 0.30) / 6.
 */
const FLYVBJERG_BUDZIER: readonly OverrunComponent[] = [
  { weight: 5 / 6, min: -0.3, likely: -0.114, max: 0.3 },
  { weight: 1 / 6, min: 1, likely: 2, max: 3 },
];

/**
 * Riksrevisionen (RiR 2011:5, as cited in issue 15): cost increases of 30 %
 * on average, 55 % for large projects. Only the means are cited; from no
 * increase (0 %) to three times the mean, the likely value set so that the
 * PERT mean is the cited one: (0 + 4 × 0.225 + 0.9) / 6 = 0.30 and
 * (0 + 4 × 0.45 + 1.5) / 6 = 0.55.
 */
const RIKSREVISIONEN: readonly OverrunComponent[] = [{ weight: 1, min: 0, likely: 0.225, max: 0.9 }];
const RIKSREVISIONEN_LARGE: readonly OverrunComponent[] = [{ weight: 1, min: 0, likely: 0.45, max: 1.5 }];

export const REFERENCE_CLASSES: readonly ReferenceClass[] = [
  {
    id: 'it-development-optimism-bias',
    name: {
      sv: 'IT-utveckling (optimism bias, Mott MacDonald 2002): +10…+200 %',
      en: 'IT development (optimism bias, Mott MacDonald 2002): +10…+200 %',
    },
    citation: {
      sv: 'Mott MacDonald (2002). Review of Large Public Procurement in the UK. HM Treasury. Optimism bias för investeringskostnad, utrustning/utveckling: nedre gräns 10 %, övre gräns 200 %.',
      en: 'Mott MacDonald (2002). Review of Large Public Procurement in the UK. HM Treasury. Optimism bias in capital cost, equipment/development: lower bound 10 %, upper bound 200 %.',
    },
    components: MOTT_MACDONALD,
  },
  {
    id: 'it-projects-black-swans',
    name: {
      sv: 'IT-projekt (Flyvbjerg & Budzier 2011: medel +27 %, var sjätte +200 %)',
      en: 'IT projects (Flyvbjerg & Budzier 2011: mean +27 %, one in six +200 %)',
    },
    citation: {
      sv: 'Flyvbjerg, B. & Budzier, A. (2011). Why Your IT Project May Be Riskier Than You Think. Harvard Business Review 89(9). 1 471 IT-projekt: kostnadsökning i medel 27 %; vart sjätte projekt ökade i medel med 200 %.',
      en: 'Flyvbjerg, B. & Budzier, A. (2011). Why Your IT Project May Be Riskier Than You Think. Harvard Business Review 89(9). 1,471 IT projects: mean cost overrun 27 %; one in six overran by 200 % on average.',
    },
    components: FLYVBJERG_BUDZIER,
  },
  {
    id: 'swedish-state-projects',
    name: {
      sv: 'Svenska statliga projekt (Riksrevisionen 2011:5: medel +30 %)',
      en: 'Swedish government projects (Riksrevisionen 2011:5: mean +30 %)',
    },
    citation: {
      sv: 'Riksrevisionen (2011). RiR 2011:5. Kostnadsökning i medel 30 %, i stora projekt 55 %.',
      en: 'Swedish National Audit Office (Riksrevisionen) (2011). RiR 2011:5. Mean cost increase 30 %, 55 % in large projects.',
    },
    components: RIKSREVISIONEN,
  },
  {
    id: 'swedish-state-projects-large',
    name: {
      sv: 'Stora svenska statliga projekt (Riksrevisionen 2011:5: medel +55 %)',
      en: 'Large Swedish government projects (Riksrevisionen 2011:5: mean +55 %)',
    },
    citation: {
      sv: 'Riksrevisionen (2011). RiR 2011:5. Kostnadsökning i medel 30 %, i stora projekt 55 %.',
      en: 'Swedish National Audit Office (Riksrevisionen) (2011). RiR 2011:5. Mean cost increase 30 %, 55 % in large projects.',
    },
    components: RIKSREVISIONEN_LARGE,
  },
];

const BY_ID = new Map(REFERENCE_CLASSES.map((c) => [c.id, c]));

export function referenceClass(id: ReferenceClassId): ReferenceClass {
  const found = BY_ID.get(id);
  if (found === undefined) throw new RangeError(`no reference class '${String(id)}'`);
  return found;
}

export function isReferenceClassId(value: unknown): value is ReferenceClassId {
  return typeof value === 'string' && BY_ID.has(value as ReferenceClassId);
}

/**
 * Which cost lines draw from a preset: `all` for every line with an amount
 * (tiered lines have none), `byLine` per cost-line id, winning over `all`;
 * 'none' keeps a line's own range (or none) when `all` is set.
 */
export interface ReferenceClassChoice {
  all?: ReferenceClassId;
  byLine?: Readonly<Record<string, ReferenceClassId | 'none'>>;
}

/** The preset a line draws from, or undefined for its own range. */
export function referenceClassOf(
  choice: ReferenceClassChoice | undefined,
  lineId: string,
): ReferenceClassId | undefined {
  if (choice === undefined) return undefined;
  const own = choice.byLine?.[lineId];
  if (own === 'none') return undefined;
  return own ?? choice.all;
}

/** The smallest and largest overrun the preset can draw. */
export function overrunBounds(id: ReferenceClassId): { min: number; max: number } {
  const components = referenceClass(id).components;
  return { min: Math.min(...components.map((c) => c.min)), max: Math.max(...components.map((c) => c.max)) };
}

/** The mean overrun in closed form: Σ weight × PERT mean (min + 4 likely + max) / 6. */
export function meanOverrun(id: ReferenceClassId): number {
  return referenceClass(id).components.reduce((sum, c) => sum + (c.weight * (c.min + 4 * c.likely + c.max)) / 6, 0);
}

/** A preset's components with their PERT shapes and cumulative weights, worked out once per run. */
export interface OverrunSampler {
  cumulative: Float64Array;
  min: Float64Array;
  width: Float64Array;
  alpha: Float64Array;
  beta: Float64Array;
}

export function overrunSampler(id: ReferenceClassId): OverrunSampler {
  const components = referenceClass(id).components;
  const total = components.reduce((sum, c) => sum + c.weight, 0);
  let running = 0;
  return {
    cumulative: Float64Array.from(components, (c) => (running += c.weight / total)),
    min: Float64Array.from(components, (c) => c.min),
    width: Float64Array.from(components, (c) => c.max - c.min),
    alpha: Float64Array.from(components, (c) => pertShape(c)?.alpha ?? 1),
    beta: Float64Array.from(components, (c) => pertShape(c)?.beta ?? 1),
  };
}

/**
 * One overrun: one uniform picks the component (always drawn, even for a
 * single component, so every preset consumes random numbers alike), then the
 * component's PERT. A degenerate component (min = max) is its value.
 */
export function drawOverrun(sampler: OverrunSampler, state: RandomState): number {
  const u = nextUniform(state);
  let k = 0;
  while (k < sampler.cumulative.length - 1 && u > sampler.cumulative[k]!) k++;
  const width = sampler.width[k]!;
  return width > 0 ? sampler.min[k]! + width * nextBeta(state, sampler.alpha[k]!, sampler.beta[k]!) : sampler.min[k]!;
}
