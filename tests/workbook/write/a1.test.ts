import { describe, expect, it } from 'vitest';
import { address, columnLetters, quoteSheetName, sheetRef } from '../../../src/workbook/write/a1';

describe('columnLetters', () => {
  it('maps 0-based indexes to Excel letters', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('refuses a negative or fractional index', () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => columnLetters(1.5)).toThrow(RangeError);
  });
});

describe('address', () => {
  it('writes relative and absolute addresses', () => {
    expect(address({ row: 11, col: 2 })).toBe('C12');
    expect(address({ row: 11, col: 2 }, true)).toBe('$C$12');
  });
});

describe('sheetRef', () => {
  it('quotes the sheet name and doubles apostrophes', () => {
    expect(sheetRef("It's", { row: 0, col: 0 })).toBe("'It''s'!A1");
    expect(quoteSheetName('Jämförelse')).toBe("'Jämförelse'");
  });
});
