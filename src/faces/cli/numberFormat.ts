/**
 * Swedish number formatting for the terminal: a space as thousands separator
 * and a decimal comma ("1 234 567 kr", "95,10 kr"). Amounts arrive in öre
 * (the engine's unit) and are shown in kronor.
 *
 * Why not Intl 'sv-SE': it separates thousands with U+00A0 and writes minus
 * as U+2212, which look right but break `grep` and copy-paste into other
 * tools; plain ASCII space and hyphen-minus are what the analysts paste.
 */

import { wholeKronor } from '../../engine/money';

export function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** 123456789 öre → '1 234 568 kr' (rounded half away from zero to whole kronor). */
export function formatKronor(ore: number): string {
  const kr = wholeKronor(ore);
  const sign = kr < 0 ? '-' : '';
  return `${sign}${groupThousands(String(Math.abs(kr)))} kr`;
}

/** 9510 öre → '95,10 kr'; with decimals 0 → '95 kr'. */
export function formatKronorDecimals(ore: number, decimals = 2): string {
  const kr = ore / 100;
  const fixed = Math.abs(kr).toFixed(decimals);
  const [whole = '', fraction] = fixed.split('.'); // split gives at least one part
  const sign = kr < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${groupThousands(whole)}${fraction ? `,${fraction}` : ''} kr`;
}
