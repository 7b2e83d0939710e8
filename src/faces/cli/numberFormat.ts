/**
 * Swedish number formatting for the terminal: a space as thousands separator
 * and a decimal comma ("1 234 567 kr", "95,10 kr"). Amounts arrive in öre
 * (the engine's unit) and are shown in kronor, through the one number
 * formatter (src/workbook/numberText.ts) in its 'terminal' style.
 *
 * Why not the pane's characters: Intl 'sv-SE' separates thousands with
 * U+00A0 and writes minus as U+2212, which look right but break `grep` and
 * copy-paste into other tools; plain ASCII space and hyphen-minus are what
 * the analysts paste.
 */

import type { Language } from '../../engine/text';
import { formatNumber, formatWholeKronor } from '../../workbook/numberText';

/** A whole number with the language's thousands separator: 1234567 → '1 234 567' (sv), '1,234,567' (en). */
export function formatCount(n: number, language: Language = 'sv'): string {
  return formatNumber(n, language, { max: 0, style: 'terminal' });
}

/** 123456789 öre → '1 234 568 kr' (rounded half away from zero to whole kronor). */
export function formatKronor(ore: number): string {
  return `${formatWholeKronor(ore, 'sv', 'terminal')} kr`;
}

/** 9510 öre → '95,10 kr'; with decimals 0 → '95 kr'. */
export function formatKronorDecimals(ore: number, decimals = 2): string {
  return `${formatNumber(ore / 100, 'sv', { min: decimals, max: decimals, style: 'terminal' })} kr`;
}
