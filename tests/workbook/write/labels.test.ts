import { describe, expect, it } from 'vitest';
import { CATALOGUES, label, placeholders, unitNoteText } from '../../../src/workbook/labels';

describe('sheet label catalogues', () => {
  const sv = CATALOGUES.sv;
  const en = CATALOGUES.en;

  it('have the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('have the same placeholders for every key', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect([...placeholders(en[key])].sort(), key).toEqual([...placeholders(sv[key])].sort());
    }
  });

  it('have no empty text', () => {
    for (const catalogue of [sv, en]) {
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('label', () => {
  it('fills placeholders', () => {
    expect(label('sv', 'scenarioTitle', { name: 'Alt 2' })).toBe('Kostnadsscenario: Alt 2');
    expect(label('en', 'scenarioTitle', { name: 'Alt 2' })).toBe('Cost scenario: Alt 2');
  });

  it('inserts a parameter literally, even one that looks like a placeholder or a formula', () => {
    expect(label('sv', 'scenarioTitle', { name: '{name} =SUM(A1)' })).toBe('Kostnadsscenario: {name} =SUM(A1)');
  });

  it('throws on a missing parameter instead of printing "{name}"', () => {
    expect(() => label('sv', 'scenarioTitle')).toThrow(/needs the parameter 'name'/);
  });
});

describe('placeholders', () => {
  it('lists the names in braces', () => {
    expect(placeholders('{a} och {b}')).toEqual(['a', 'b']);
    expect(placeholders('inga')).toEqual([]);
  });
});

describe('unitNoteText', () => {
  it('in tkr and mnkr, says that each amount is rounded on its own and that whole kronor add up', () => {
    expect(unitNoteText('sv', 'tkr')).toContain('avrundat till tkr för sig');
    expect(unitNoteText('sv', 'mnkr')).toContain('avrundat till mnkr för sig');
    expect(unitNoteText('en', 'tkr')).toContain('rounded to the nearest SEK thousand on its own');
  });

  it('in kr, has no rounding caveat: what is shown is what adds up', () => {
    for (const language of ['sv', 'en'] as const) {
      expect(unitNoteText(language, 'kr')).toBe(label(language, 'unitNote', { unit: label(language, 'unitKr') }));
    }
  });
});
