import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatKronor, formatKronorDecimals } from '../../src/faces/cli/numberFormat';
import { defaultOutputPath, samePath } from '../../src/faces/cli/paths';

describe('formatKronor', () => {
  it.each([
    [0, '0 kr'],
    [100, '1 kr'],
    [123_456_789_00, '123 456 789 kr'],
    [-9_547_207_100, '-95 472 071 kr'],
    [150, '2 kr'], // half away from zero
    [-150, '-2 kr'],
  ])('formats %i öre as %s', (ore, text) => {
    expect(formatKronor(ore)).toBe(text);
  });

  it('property: removing the spaces gives back the rounded kronor', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (ore) => {
        const text = formatKronor(ore);
        const kr = Math.sign(ore) * Math.round(Math.abs(ore) / 100);
        expect(Number(text.replace(/ kr$/, '').replace(/ /g, ''))).toBe(kr === 0 ? 0 : kr);
        expect(text).toMatch(/^-?\d{1,3}( \d{3})* kr$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatKronorDecimals', () => {
  it('uses a decimal comma and space thousands', () => {
    expect(formatKronorDecimals(9510)).toBe('95,10 kr');
    expect(formatKronorDecimals(123_456_7)).toBe('12 345,67 kr');
    expect(formatKronorDecimals(19_287, 0)).toBe('193 kr');
    expect(formatKronorDecimals(-1)).toBe('-0,01 kr');
  });
});

describe('formatCount', () => {
  it('groups from the right, with the separator of the language', () => {
    expect(formatCount(1234567)).toBe('1 234 567');
    expect(formatCount(123)).toBe('123');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
  });
});

describe('defaultOutputPath', () => {
  it('puts the copy beside the input with a language suffix', () => {
    expect(defaultOutputPath('data/budget.xlsx')).toBe('data/budget-scenarier.xlsx');
    expect(defaultOutputPath('Budget.XLSX', 'en')).toBe('Budget-scenarios.xlsx');
  });
  it('never equals the input', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zåäö0-9_-]{1,12}$/), (name) => {
        expect(samePath(defaultOutputPath(`${name}.xlsx`), `${name}.xlsx`)).toBe(false);
      }),
    );
  });
});
