/**
 * The pane's language: Office's display language unless the analyst chose
 * one under Inställningar. The choice is kept in the add-in origin's
 * localStorage — the pane keeps no other settings, and a language is a
 * person's preference, not the workbook's (Office's document settings would
 * travel with the file to colleagues who read another language).
 */
import type { Language } from './catalogue';

/** 'office': follow Office's display language; otherwise the analyst's override. */
export type LanguageChoice = 'office' | Language;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['office', 'sv', 'en'];

export const LANGUAGE_KEY = 'skolkostnad.language';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored choice; 'office' when none is stored or the value is not one we wrote. */
export function readLanguageChoice(store: Store | null): LanguageChoice {
  const value = store?.getItem(LANGUAGE_KEY);
  return value === 'sv' || value === 'en' ? value : 'office';
}

/** Keeps the override; choosing 'office' forgets it, so a later change of Office's language is followed. */
export function writeLanguageChoice(store: Store | null, choice: LanguageChoice): void {
  if (choice === 'office') store?.removeItem(LANGUAGE_KEY);
  else store?.setItem(LANGUAGE_KEY, choice);
}

export function resolveLanguage(choice: LanguageChoice, office: Language): Language {
  return choice === 'office' ? office : choice;
}

/**
 * localStorage, or null where the browser refuses it (storage disabled, a
 * sandboxed frame throws SecurityError on access): the pane then follows
 * Office and the override lasts until the pane closes.
 */
export function browserStore(): Store | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The pane's language: Office's (`office`), unless the analyst chose another under Inställningar. */
export function paneLanguage(office: Language): Language {
  return resolveLanguage(readLanguageChoice(browserStore()), office);
}
