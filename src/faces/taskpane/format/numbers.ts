/**
 * Number formatting for the pane: money from integer öre to the chosen display
 * unit, per-pupil figures, percentages. Figures go through the one number
 * formatter (src/workbook/numberText.ts, its 'pane' style: what Intl gives
 * for 'sv-SE' and 'en-GB'), so the pane, the command line and the sheets
 * round an amount alike; percentages use Intl. Money stays in öre until
 * here (see model.ts), so rounding happens once.
 */
import { formatNumber, formatWholeKronor } from '../../../workbook/numberText';
import { percentToFraction } from '../../../workbook/read/parsePercentage';
import type { DisplayUnit, Ore } from '../../../engine/model';
import type { Language } from '../i18n/catalogue';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Öre per display unit, and the decimals shown (mnkr needs one to tell 1,2 from 1,4 million). */
const UNITS: Record<DisplayUnit, { ore: number; decimals: number }> = {
  kr: { ore: 100, decimals: 0 },
  tkr: { ore: 100_000, decimals: 0 },
  mnkr: { ore: 100_000_000, decimals: 1 },
};

/** Amount in the display unit, without the unit: 123 456 789 00 öre in mnkr → "123,5". */
export function formatMoney(amount: Ore, unit: DisplayUnit, language: Language): string {
  const { ore, decimals } = UNITS[unit];
  return formatNumber(amount / ore, language, { min: decimals, max: decimals, style: 'pane' });
}

/** The amount in the display unit as a plain number (for charts). */
export function inUnit(amount: Ore, unit: DisplayUnit): number {
  return amount / UNITS[unit].ore;
}

/** Whole kronor, for per-pupil figures that are always shown in kr. */
export function formatKronor(amount: Ore, language: Language): string {
  return formatWholeKronor(amount, language, 'pane');
}

/** A fraction as a percentage: 0.025 → "2,5 %" (sv) / "2.5%" (en). */
export function formatPercent(fraction: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(fraction);
}

/** A short local date and time for "written at". */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Parse a percentage typed by the user ("2,5", "2.5", "−1") into a fraction,
 * or null when it is not a number. Accepts U+2212 minus as Swedish text does.
 */
export function parsePercentInput(text: string): number | null {
  const cleaned = text.replace(/\s|%/g, '').replace(',', '.').replace('\u2212', '-');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  // As typed: "4,1" is 0.041, not 4.1 / 100 = 0.040999… (the reader's own rule, src/workbook/read/parsePercentage.ts).
  return percentToFraction(Number(cleaned));
}

/** The percentage shown in an input box for a fraction: 0.025 → "2,5" (sv). */
export function percentInputText(fraction: number, language: Language): string {
  const percent = Math.round(fraction * 100 * 10_000) / 10_000;
  const text = String(percent);
  return language === 'sv' ? text.replace('.', ',') : text;
}

/** A change in the display unit with its sign: +1,2 / −0,8 (sv, U+2212 minus) / 0,0. For the tornado's bars. */
export function formatSignedMoney(amount: Ore, unit: DisplayUnit, language: Language): string {
  const { ore, decimals } = UNITS[unit];
  return formatNumber(amount / ore, language, { min: decimals, max: decimals, style: 'pane', signed: true });
}

/**
 * A probability as a whole percentage: 0.436 → "44 %". Whole percents because
 * the figures come from a few thousand draws; a sliver is "< 1 %" and near
 * certainty "> 99 %", so neither reads as impossible or certain.
 */
export function formatProbability(fraction: number, language: Language): string {
  const percent = (p: number) => new Intl.NumberFormat(LOCALES[language], { style: 'percent' }).format(p);
  if (fraction > 0 && fraction < 0.005) return `< ${percent(0.01)}`;
  if (fraction < 1 && fraction > 0.995) return `> ${percent(0.99)}`;
  return percent(fraction);
}

/** A count with the language's thousands separator: 10000 → "10 000" (sv). */
export function formatCount(count: number, language: Language): string {
  return formatNumber(count, language, { max: 0, style: 'pane' });
}
