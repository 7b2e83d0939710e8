import { describe, expect, it } from 'vitest';
import {
  catalogues,
  languageFromLocale,
  placeholders,
  translate,
  translateCount,
} from '../../../src/faces/taskpane/i18n/catalogue';
import {
  LANGUAGE_KEY,
  readLanguageChoice,
  resolveLanguage,
  writeLanguageChoice,
} from '../../../src/faces/taskpane/i18n/languageChoice';
import { sv } from '../../../src/faces/taskpane/i18n/sv';
import { en } from '../../../src/faces/taskpane/i18n/en';

describe('message catalogues', () => {
  it('have the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('use the same placeholders for every key', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect({ key, placeholders: placeholders(en[key]).sort() }).toEqual({
        key,
        placeholders: placeholders(sv[key]).sort(),
      });
    }
  });

  it('have no empty message', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const [key, text] of Object.entries(catalogue))
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });
});

describe('placeholders', () => {
  it('lists names in order of appearance', () => {
    expect(placeholders('{errors} fel och {warnings} varningar')).toEqual(['errors', 'warnings']);
  });
  it('finds none in plain text', () => {
    expect(placeholders('Avbryt')).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate('sv', 'check.goTo', { ref: 'Kostnader!D7' })).toBe('Gå till Kostnader!D7');
    expect(translate('en', 'check.goTo', { ref: 'Kostnader!D7' })).toBe('Go to Kostnader!D7');
  });
  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(translate('en', 'check.goTo')).toBe('Go to {ref}');
  });
});

describe('languageFromLocale', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['sv', 'sv'],
    ['SV-fi', 'sv'],
    ['de-DE', 'en'],
    ['fi-FI', 'en'],
    [undefined, 'sv'],
    ['', 'sv'],
  ])(
    'maps %s to %s (Swedish for Swedish, English for any other language, Swedish when unknown)',
    (locale, language) => {
      expect(languageFromLocale(locale)).toBe(language);
    },
  );
});

describe('translateCount', () => {
  it('agrees with the count in both languages', () => {
    expect(translateCount('en', 'start.contracts', 1)).toBe('1 contract');
    expect(translateCount('en', 'start.contracts', 2)).toBe('2 contracts');
    expect(translateCount('en', 'start.contracts', 0)).toBe('0 contracts');
    expect(translateCount('sv', 'generate.done', 1)).toBe('Klart: 1 scenario.');
    expect(translateCount('sv', 'generate.done', 3)).toBe('Klart: 3 scenarier.');
  });
  it('writes the count as the language writes numbers, kept on one line', () => {
    expect(translateCount('sv', 'write.done', 1000, { sheet: 'Sammanfattning' })).toBe(
      'Skrev 1\u00a0000 blad. Bladet Sammanfattning är aktiverat.',
    );
    expect(translateCount('en', 'write.done', 1000, { sheet: 'Sammanfattning' })).toBe(
      'Wrote 1,000 sheets. The sheet Sammanfattning is active.',
    );
  });
  it('has both forms of every plural message, in both languages', () => {
    for (const catalogue of Object.values(catalogues)) {
      const keys = Object.keys(catalogue);
      for (const key of keys.filter((k) => k.endsWith('.one'))) expect(keys).toContain(key.replace(/\.one$/, '.other'));
    }
  });
});

describe('language choice', () => {
  const memory = () => {
    const values = new Map<string, string>();
    return {
      getItem: (k: string) => values.get(k) ?? null,
      setItem: (k: string, v: string) => void values.set(k, v),
      removeItem: (k: string) => void values.delete(k),
      values,
    };
  };
  it('follows Office when nothing is stored, or when storage is unavailable', () => {
    expect(readLanguageChoice(memory())).toBe('office');
    expect(readLanguageChoice(null)).toBe('office');
    expect(resolveLanguage('office', 'en')).toBe('en');
  });
  it("keeps the analyst's override over Office's language", () => {
    const store = memory();
    writeLanguageChoice(store, 'sv');
    expect(readLanguageChoice(store)).toBe('sv');
    expect(resolveLanguage(readLanguageChoice(store), 'en')).toBe('sv');
  });
  it('forgets the override when the analyst goes back to following Office', () => {
    const store = memory();
    writeLanguageChoice(store, 'en');
    writeLanguageChoice(store, 'office');
    expect(store.values.has(LANGUAGE_KEY)).toBe(false);
  });
  it('ignores a stored value it did not write', () => {
    const store = memory();
    store.setItem(LANGUAGE_KEY, 'de');
    expect(readLanguageChoice(store)).toBe('office');
  });
});
