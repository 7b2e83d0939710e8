import { describe, expect, it } from 'vitest';
import { parameterWrites } from '../../src/app/parameterWrites';
import type { Choices } from '../../src/app/choices';
import { columnLetters } from '../../src/workbook/a1';
import type { CellValue, SheetGrid } from '../../src/workbook/grid';

const choices: Choices = {
  alternativeIds: ['x'],
  horizonYears: 12,
  indexRate: 0.03,
  discountRate: 0.025,
  displayUnit: 'mnkr',
};

function parametrar(rows: CellValue[][], name = 'Parametrar', withTable = false): SheetGrid {
  return {
    name,
    values: rows,
    tables: withTable
      ? [{ name: 'tblParametrar', headerRow: 2, firstColumn: 1, lastRow: rows.length - 1, lastColumn: 3 }]
      : [],
  };
}

const layout: CellValue[][] = [
  ['Parametrar', null, null, null],
  [null, null, null, null],
  [null, 'Parameter', 'Värde', 'Enhet'],
  [null, 'Basår', 2025, null],
  [null, 'Horisont (år)', 10, null],
  [null, 'Index per år', 0.03, null],
  [null, 'Diskonteringsränta', 0.025, null],
  [null, 'Kostnad per årsarbetare', 800000, 'kr'],
  [null, 'Visningsenhet', 'tkr', null],
];

describe('columnLetters', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %d %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });
});

describe('parameterWrites', () => {
  it('finds the value cells of the edited parameters by their labels', () => {
    expect(parameterWrites({ sheets: [parametrar(layout)] }, choices)).toEqual({
      sheet: 'Parametrar',
      cells: [
        { cell: 'C5', value: 12 },
        { cell: 'C6', value: 0.03 },
        { cell: 'C7', value: 0.025 },
        { cell: 'C9', value: 'mnkr' },
      ],
    });
  });
  it('finds the block through its Excel table and accepts labels typed differently', () => {
    const rows = layout.map((r) => [...r]);
    rows[4]![1] = 'HORISONT';
    rows[6]![1] = 'kalkylranta';
    const result = parameterWrites({ sheets: [parametrar(rows, 'parametrar', true)] }, choices);
    expect(result).toMatchObject({
      sheet: 'parametrar',
      cells: [{ cell: 'C5' }, { cell: 'C6' }, { cell: 'C7' }, { cell: 'C9' }],
    });
  });
  it('says which parameter row is missing instead of writing elsewhere', () => {
    const rows = layout.filter((r) => r[1] !== 'Visningsenhet');
    expect(parameterWrites({ sheets: [parametrar(rows)] }, choices)).toEqual({ missing: 'Visningsenhet' });
  });
  it('says when the sheet is missing', () => {
    expect(parameterWrites({ sheets: [] }, choices)).toEqual({ missing: 'Parametrar' });
  });
});
