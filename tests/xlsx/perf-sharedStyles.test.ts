/**
 * One shared style object per look and number format (the write's largest
 * saving, see cellStyle in src/xlsx/styles.ts) must not change what is
 * written, and must not let one cell's restyling leak into its neighbours.
 */

import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { CellStyle, PlannedCell, PlannedSheet } from '../../src/workbook/plan';
import { CELL_LOOKS, cellStyle } from '../../src/xlsx/styles';
import { hiddenListSheet, writeSheet } from '../../src/xlsx/writeSheet';
import { v } from './planFixtures';

const LOOKS = Object.keys(CELL_LOOKS) as CellStyle[];
const FORMATS = ['#,##0', '0.0%', '#,##0 "kr";-#,##0 "kr"', 'yyyy-mm-dd'];

function sheetOf(rows: (PlannedCell | null)[][]): PlannedSheet {
  return { name: 'Blad', kind: 'scenario', key: 'scenario:test', rows };
}

function written(sheet: PlannedSheet): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  writeSheet(workbook.addWorksheet(sheet.name), sheet, hiddenListSheet(workbook, 'Listor'));
  return workbook;
}

/** The style and sheet parts ExcelJS writes for a workbook. */
async function styleAndSheetXml(workbook: ExcelJS.Workbook): Promise<string[]> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  return Promise.all(['xl/styles.xml', 'xl/worksheets/sheet1.xml'].map((p) => zip.file(p)!.async('string')));
}

/** What the adapter wrote before styles were shared: each planned cell with a style object of its own. */
function withOwnStyleObjects(workbook: ExcelJS.Workbook, sheet: PlannedSheet): ExcelJS.Workbook {
  const ws = workbook.getWorksheet(sheet.name)!;
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getRow(r + 1).getCell(c + 1);
      target.style = { ...target.style };
    }),
  );
  return workbook;
}

const plannedCell: fc.Arbitrary<PlannedCell> = fc
  .record({
    value: fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
    ),
    formula: fc.option(fc.constantFrom('=1+1', '=SUM(A1:A2)', '=IF(A1=0,"–",1)'), { nil: undefined }),
    style: fc.option(fc.constantFrom(...LOOKS), { nil: undefined }),
    numberFormat: fc.option(fc.constantFrom(...FORMATS), { nil: undefined }),
  })
  .map(({ value, formula, style, numberFormat }) =>
    v(value, {
      ...(formula ? { formula } : {}),
      ...(style ? { style } : {}),
      ...(numberFormat ? { numberFormat } : {}),
    }),
  );

describe('cellStyle', () => {
  it('gives every cell with the same look and number format the same object', () => {
    expect(cellStyle('header', '#,##0')).toBe(cellStyle('header', '#,##0'));
    expect(cellStyle(undefined, undefined)).toBe(cellStyle(undefined, undefined));
  });

  it('gives another look or another format another object, holding that look and format', () => {
    expect(cellStyle('header', '#,##0')).not.toBe(cellStyle('header', '0.0%'));
    expect(cellStyle('header', '#,##0')).not.toBe(cellStyle('total', '#,##0'));
    expect(cellStyle('header', '0.0%')).toEqual({ numFmt: '0.0%', ...CELL_LOOKS.header });
    expect(cellStyle('label', undefined)).toEqual({});
  });

  it('fails loudly when ExcelJS is asked to restyle one cell of many sharing a style', () => {
    const ws = written(sheetOf([[v(1, { numberFormat: '#,##0' }), v(2, { numberFormat: '#,##0' })]])).getWorksheet(
      'Blad',
    )!;
    expect(() => {
      ws.getCell('A1').numFmt = '0.00';
    }).toThrow(TypeError);
    expect(ws.getCell('B1').numFmt).toBe('#,##0');
  });
});

describe('writeSheet', () => {
  it('gives each cell the shared style of its look and number format', () => {
    const ws = written(
      sheetOf([
        [v('Rubrik', { style: 'header' }), v(2, { style: 'header' })],
        [null, v(3)],
      ]),
    ).getWorksheet('Blad')!;
    expect(ws.getCell('A1').style).toBe(cellStyle('header', undefined));
    expect(ws.getCell('B1').style).toBe(ws.getCell('A1').style);
    expect(ws.getCell('B2').style).toBe(cellStyle(undefined, undefined));
  });

  it('property: writes the same styles and sheet XML as a style object per cell did', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.option(plannedCell, { nil: null }), { maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        async (rows) => {
          const sheet = sheetOf(rows);
          const shared = await styleAndSheetXml(written(sheet));
          const own = await styleAndSheetXml(withOwnStyleObjects(written(sheet), sheet));
          expect(shared).toEqual(own);
        },
      ),
      { numRuns: 60 },
    );
  });
});
