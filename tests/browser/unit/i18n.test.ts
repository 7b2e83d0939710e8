import { describe, expect, it } from 'vitest';
import { catalogues, languageFromLocale, placeholders, translate } from '../../../src/taskpane/i18n/catalogue';
import { sv } from '../../../src/taskpane/i18n/sv';
import { en } from '../../../src/taskpane/i18n/en';

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
    ['de-DE', 'sv'],
    [undefined, 'sv'],
    ['', 'sv'],
  ])('maps %s to %s (Swedish is the default)', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });
});
