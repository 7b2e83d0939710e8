/**
 * The message catalogue: languages, the typed catalogue shape and the one
 * function that fills placeholders. Every UI string goes through `translate`.
 */
import { sv, type MessageKey } from './sv';
import { en } from './en';

import type { Language } from '../../engine/text';

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

/** Office's display language ('sv-SE', 'en-US', …) → ours; Swedish unless clearly English. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^en\b/i.test(locale) ? 'en' : 'sv';
}
