import { describe, expect, it } from 'vitest';
import type { PlannedSheet } from '../../../src/workbook/plan';
import { planToGrid } from '../../../src/workbook/planToGrid';

const sheet = (over: Partial<PlannedSheet>): PlannedSheet => ({
  name: 'Blad',
  kind: 'scenario',
  key: 'k',
  rows: [],
  ...over,
});

describe('planToGrid', () => {
  it('takes values, and the cached value of a formula', () => {
    const grid = planToGrid([sheet({ rows: [[{ value: 'Summa' }, { value: 42, formula: '=SUM(B2:B3)' }]] })]);
    expect(grid.sheets[0]?.values).toEqual([['Summa', 42]]);
  });

  it('pads ragged rows with null to a rectangle and keeps empty cells empty', () => {
    const grid = planToGrid([sheet({ rows: [[{ value: 1 }], [], [null, { value: true }]] })]);
    expect(grid.sheets[0]?.values).toEqual([
      [1, null],
      [null, null],
      [null, true],
    ]);
  });

  it('keeps number formats (General where none is given)', () => {
    const grid = planToGrid([sheet({ rows: [[{ value: 0.25, numberFormat: '0%' }, { value: 3 }]] })]);
    expect(grid.sheets[0]?.numberFormats).toEqual([['0%', 'General']]);
  });

  it('turns planned tables into TableInfo with 0-based bounds', () => {
    const grid = planToGrid([sheet({ tables: [{ name: 'tblX', range: 'B3:D9' }] })]);
    expect(grid.sheets[0]?.tables).toEqual([{ name: 'tblX', headerRow: 2, firstColumn: 1, lastRow: 8, lastColumn: 3 }]);
  });

  it('carries a generated sheet’s marker, and none for input sheets', () => {
    const grid = planToGrid([sheet({ marker: 'skolkostnad:scenario:a' }), sheet({ name: 'Kostnader', kind: 'input' })]);
    expect(grid.sheets.map((s) => s.marker)).toEqual(['skolkostnad:scenario:a', undefined]);
  });
});
