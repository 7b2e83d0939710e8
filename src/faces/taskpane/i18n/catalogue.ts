/**
 * The message catalogue: languages, the typed catalogue shape and the one
 * function that fills placeholders. Every UI string goes through `translate`.
 */
import { sv, type MessageKey } from './sv';
import { en } from './en';
import { formatCount } from '../format/numbers';

import type { Language } from '../../../engine/text';

export type { Language };
export const LANGUAGES: readonly Language[] = ['sv', 'en'];
export type { MessageKey };

/** Same keys as the Swedish catalogue, any string values. */
export type Catalogue = { readonly [K in MessageKey]: string };

export const catalogues: Record<Language, Catalogue> = { sv, en };

export type MessageParams = Record<string, string | number>;

/** Placeholder names in a message, in order of appearance: 'Gå till {ref}' → ['ref']. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * The message for `key` in `language` with placeholders filled. A placeholder
 * without a value is left visible ("{ref}") rather than blanked, so a missing
 * argument shows in the pane and in the browser tests instead of hiding.
 */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Messages with plural forms: the catalogue has `${key}.one` and `${key}.other`. */
export type CountKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/**
 * The form of `key` that agrees with `count` ("1 scenario", "2 scenarier";
 * "1 contract", "2 contracts"), chosen by the language's plural rules, with
 * {count} written as the language writes numbers ("10 000", "10,000").
 */
export function translateCount(language: Language, key: CountKey, count: number, params: MessageParams = {}): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  return translate(language, `${key}.${form}`, { ...params, count: formatCount(count, language) });
}

/**
 * Office's display language ('sv-SE', 'en-US', 'de-DE', …) → ours: Swedish for
 * Swedish, English for every other language (the closer of our two to most
 * readers); Swedish, the pane's own language, when no locale is known.
 */
export function languageFromLocale(locale: string | undefined | null): Language {
  if (!locale) return 'sv';
  return /^sv\b/i.test(locale) ? 'sv' : 'en';
}
