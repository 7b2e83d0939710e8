/**
 * How figures computed with the task pane's choices (not saved to Parametrar)
 * are labelled on the sheets: one sentence naming every difference, so a
 * reader without the add-in sees that the figures do not follow Parametrar.
 */
import type { DisplayUnit } from '../../engine/model';
import { label, unitLabel, type Language } from '../labels';
import { rateText } from './briefLabels';

/** One way the figures differ from the workbook's own Parametrar and alternatives. */
export type ChoiceOverride =
  | { kind: 'horizonYears'; used: number; saved: number }
  | { kind: 'indexRate'; used: number; saved: number }
  | { kind: 'discountRate'; used: number; saved: number }
  | { kind: 'displayUnit'; used: DisplayUnit; saved: DisplayUnit }
  | { kind: 'alternativesLeftOut'; names: string[] };

const percent = (rate: number, language: Language): string => rateText(language, rate);

function part(o: ChoiceOverride, language: Language): string {
  switch (o.kind) {
    case 'horizonYears':
      return label(language, 'overrideHorizon', { used: String(o.used), saved: String(o.saved) });
    case 'indexRate':
      return label(language, 'overrideIndex', { used: percent(o.used, language), saved: percent(o.saved, language) });
    case 'discountRate':
      return label(language, 'overrideDiscount', {
        used: percent(o.used, language),
        saved: percent(o.saved, language),
      });
    case 'displayUnit':
      return label(language, 'overrideUnit', {
        used: unitLabel(language, o.used),
        saved: unitLabel(language, o.saved),
      });
    case 'alternativesLeftOut':
      return label(language, 'overrideLeftOut', { names: o.names.join(', ') });
  }
}

/** The note, or undefined when the figures follow Parametrar exactly. */
export function overridesNote(overrides: readonly ChoiceOverride[], language: Language): string | undefined {
  if (overrides.length === 0) return undefined;
  return label(language, 'overridesNote', { list: overrides.map((o) => part(o, language)).join('; ') });
}
