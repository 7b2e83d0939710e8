import { describe, expect, it } from 'vitest';
import { cellText, isAllWord, isBlank, parseChoice, splitList } from '../../../src/workbook/read/parseText';
import { BASIS_CHOICES, SCHOOL_FORM_CHOICES } from '../../../src/workbook/schema';

describe('cellText', () => {
  it('trims text and turns numbers and booleans into their text', () => {
    expect(cellText('  Schema ')).toBe('Schema');
    expect(cellText(2024)).toBe('2024');
    expect(cellText(null)).toBe('');
  });
});

describe('isBlank', () => {
  it('treats null and whitespace-only text (no-break spaces too) as blank', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(' \u00a0\u202f')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});

describe('parseChoice', () => {
  it.each([
    ['grundsärskola', 'adaptedCompulsory'],
    ['Anpassad grundskola', 'adaptedCompulsory'],
    ['gymnasiesärskola', 'adaptedUpperSecondary'],
    ['ANPASSAD  GYMNASIESKOLA', 'adaptedUpperSecondary'],
    ['forskola', 'preschool'],
    ['Komvux', 'adultEducation'],
    ['SFI', 'sfi'],
    ['leisure-time centre', 'leisureCentre'],
  ])('matches the school form %j (current, former, English, without diacritics)', (text, id) => {
    expect(parseChoice(text, SCHOOL_FORM_CHOICES)).toEqual({ ok: true, value: id });
  });

  it('lists the allowed values when nothing matches', () => {
    const result = parseChoice('per klass', BASIS_CHOICES);
    expect(result).toMatchObject({ ok: false, code: 'unknownChoice' });
    expect(!result.ok && result.expected.sv).toContain('per elev');
  });
});

describe('splitList', () => {
  it('splits on ; , and line breaks, trims and drops empty and repeated items', () => {
    expect(splitList('Schema; Frånvaro ,Elevdokumentation\nschema;;')).toEqual([
      'Schema',
      'Frånvaro',
      'Elevdokumentation',
    ]);
  });
});

describe('isAllWord', () => {
  it('recognises "alla", "samtliga" and "all"', () => {
    expect(isAllWord('Alla')).toBe(true);
    expect(isAllWord('samtliga')).toBe(true);
    expect(isAllWord('all')).toBe(true);
    expect(isAllWord('Schema')).toBe(false);
  });
});
