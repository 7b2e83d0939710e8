/**
 * The one way figures become text, for every reader: the task pane, the
 * command line, and the sentences written into sheets (the brief, the
 * explanation panel). Money arrives in öre and is rounded once, half away
 * from zero as Excel's ROUND does (`wholeKronor`, src/engine/money.ts), so
 * the pane, the terminal and a sheet never print two figures for one amount.
 *
 * Where they differ is only the characters, chosen per reader:
 *   - 'sheet': a sentence in a cell or the pane's explanation — Swedish
 *     groups thousands with a space, minus is U+2212 as Swedish typesetting
 *     writes it; English uses a comma and a point.
 *   - 'pane': what Intl.NumberFormat gives for 'sv-SE' and 'en-GB' (a
 *     no-break space between thousands in Swedish, so a figure never breaks
 *     across lines in a narrow pane).
 *   - 'terminal': plain ASCII space and hyphen-minus, because analysts paste
 *     the command line's output into other tools and grep it.
 */
import { wholeKronor } from '../engine/money';
import type { Language } from '../engine/text';

export type NumberStyle = 'sheet' | 'pane' | 'terminal';

interface Characters {
  group: string;
  decimal: string;
  minus: string;
}

const CHARACTERS: Record<NumberStyle, Record<Language, Characters>> = {
  sheet: { sv: { group: ' ', decimal: ',', minus: '\u2212' }, en: { group: ',', decimal: '.', minus: '\u2212' } },
  pane: { sv: { group: '\u00a0', decimal: ',', minus: '\u2212' }, en: { group: ',', decimal: '.', minus: '-' } },
  terminal: { sv: { group: ' ', decimal: ',', minus: '-' }, en: { group: ',', decimal: '.', minus: '-' } },
};

export interface NumberTextOptions {
  /** Decimals always shown (default 0). */
  min?: number;
  /** Decimals at most; trailing zeros beyond `min` are dropped (default 2). */
  max?: number;
  style?: NumberStyle;
  /** '+' before a positive figure (a change); zero stays unsigned. */
  signed?: boolean;
}

/**
 * `x` rounded half away from zero to `max` decimals, with the reader's
 * separators: 1234567.891 → '1 234 567,89' (sv). Never 'NaN': a value that
 * is not a finite number is '–'. A figure that rounds to zero has no sign.
 */
export function formatNumber(x: number, language: Language, options: NumberTextOptions = {}): string {
  const { min = 0, max = Math.max(2, min), style = 'sheet', signed = false } = options;
  if (!Number.isFinite(x)) return '–';
  const chars = CHARACTERS[style][language];
  const fixed = Math.abs(x).toFixed(max);
  const [digits = '0', fraction = ''] = fixed.split('.');
  let frac = fraction;
  while (frac.length > min && frac.endsWith('0')) frac = frac.slice(0, -1);
  const whole = digits.replace(/\B(?=(\d{3})+(?!\d))/g, chars.group);
  const zero = Number(fixed) === 0;
  const sign = zero ? '' : x < 0 ? chars.minus : signed ? '+' : '';
  return sign + whole + (frac ? chars.decimal + frac : '');
}

/** Whole kronor from öre, rounded as the sheets round: 123 456 789 öre → '1 234 568' (no unit). */
export function formatWholeKronor(ore: number, language: Language, style: NumberStyle = 'sheet'): string {
  return formatNumber(wholeKronor(ore), language, { max: 0, style });
}
