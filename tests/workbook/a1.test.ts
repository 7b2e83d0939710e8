/**
 * The two A1 families of src/workbook/a1.ts: parseCell/parseRange read the
 * add-in's own addresses and throw on anything else; tryParseCell/parseRect
 * read addresses as Office.js returns them and answer undefined for what is
 * not a cell inside Excel's grid.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_COLUMNS,
  MAX_ROWS,
  parseCell,
  parseRect,
  rangeAddress,
  rectAddress,
  rectColumns,
  rectRows,
  rectsOverlap,
  splitSheetAddress,
  tryParseCell,
} from '../../src/workbook/a1';

describe('tryParseCell', () => {
  it('reads relative and absolute cells as 0-based positions, like parseCell', () => {
    expect(tryParseCell('C12')).toEqual({ row: 11, col: 2 });
    expect(tryParseCell(' $c$12 ')).toEqual(parseCell('$C$12'));
  });

  it('gives undefined where parseCell throws, and for cells outside the grid', () => {
    expect(tryParseCell('Kostnader')).toBeUndefined();
    expect(() => parseCell('Kostnader')).toThrow();
    expect(tryParseCell('A0')).toBeUndefined();
    expect(tryParseCell(`A${MAX_ROWS + 1}`)).toBeUndefined();
    expect(tryParseCell(`A${MAX_ROWS}`)).toEqual({ row: MAX_ROWS - 1, col: 0 });
    expect(tryParseCell('XFD1')).toEqual({ row: 0, col: MAX_COLUMNS - 1 });
    expect(tryParseCell('XFE1')).toBeUndefined();
  });
});

describe('parseRect and rectAddress', () => {
  it('normalises the corners and writes one cell without a second corner, as Excel reports it', () => {
    const r = parseRect('D9:B3')!;
    expect(r).toEqual({ top: 2, left: 1, bottom: 8, right: 3 });
    expect(rectAddress(r)).toBe('B3:D9');
    expect(rectRows(r)).toBe(7);
    expect(rectColumns(r)).toBe(3);
    expect(rectAddress(parseRect('B3')!)).toBe('B3');
    expect(rangeAddress(parseRect('B3')!)).toBe('B3:B3');
  });

  it('gives undefined for a sheet part, three corners or a non-cell', () => {
    expect(parseRect('Blad1!A1')).toBeUndefined();
    expect(parseRect('A1:B2:C3')).toBeUndefined();
    expect(parseRect('A1:Z')).toBeUndefined();
  });

  it('finds overlap only when rows and columns both meet', () => {
    expect(rectsOverlap(parseRect('A1:B2')!, parseRect('B2:C3')!)).toBe(true);
    expect(rectsOverlap(parseRect('A1:B2')!, parseRect('C1:D2')!)).toBe(false);
    expect(rectsOverlap(parseRect('A1:B2')!, parseRect('A3:B4')!)).toBe(false);
  });
});

describe('splitSheetAddress', () => {
  it('splits off the sheet, unquoting a quoted name with doubled apostrophes', () => {
    expect(splitSheetAddress("'It''s'!A1:B2")).toEqual({ sheet: "It's", local: 'A1:B2' });
    expect(splitSheetAddress('Blad1!A1')).toEqual({ sheet: 'Blad1', local: 'A1' });
    expect(splitSheetAddress('A1')).toEqual({ local: 'A1' });
  });
});
