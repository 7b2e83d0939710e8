import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsxGrid } from '../../src/hosts/xlsx';
import { dateToSerial } from '../../src/hosts/xlsx/cellValue';

async function bytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('dateToSerial', () => {
  it('gives Excel serial numbers in the 1900 and 1904 date systems', () => {
    expect(dateToSerial(new Date(Date.UTC(2024, 7, 1)))).toBe(45505);
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2); // after Excel's 1900 leap-year bug
    expect(dateToSerial(new Date(Date.UTC(2024, 7, 1)), true)).toBe(45505 - 1462);
    expect(dateToSerial(new Date(Date.UTC(2024, 7, 1, 12)))).toBe(45505.5);
  });
});

describe('readXlsxGrid', () => {
  it('happy path: values as Office.js reports them, from A1 over the used range', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('Resurser');
      ws.getCell('B2').value = 'Utbildningsförvaltningen';
      ws.getCell('C2').value = 65000;
      ws.getCell('D3').value = true;
    });
    const grid = await readXlsxGrid(data);
    expect(grid.sheets).toHaveLength(1);
    expect(grid.sheets[0]?.values).toEqual([
      [null, null, null, null],
      [null, 'Utbildningsförvaltningen', 65000, null],
      [null, null, null, true],
    ]);
    expect(grid.sheets[0]!.marker).toBeUndefined();
  });

  it('gives dates as Excel serial numbers with their number format', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('Kontrakt');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 7, 1));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    const sheet = (await readXlsxGrid(data)).sheets[0]!;
    expect(sheet.values[0]?.[0]).toBe(45505);
    expect(sheet.numberFormats?.[0]?.[0]).toBe('yyyy-mm-dd');
  });

  it('gives rich text and hyperlinks as plain text', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('A');
      ws.getCell('A1').value = { richText: [{ text: 'Fri' }, { text: 'tidshem', font: { bold: true } }] };
      ws.getCell('A2').value = { text: 'Skola24', hyperlink: 'https://example.org' };
    });
    expect((await readXlsxGrid(data)).sheets[0]?.values).toEqual([['Fritidshem'], ['Skola24']]);
  });

  it('gives a formula cell its cached result, and a never-calculated formula as empty', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('A');
      ws.getCell('A1').value = { formula: 'B1*2', result: 84 };
      ws.getCell('A2').value = { formula: 'B1&"x"', result: 'abc' };
      ws.getCell('A3').value = { formula: 'B1' };
      ws.getCell('B1').value = 42;
    });
    expect((await readXlsxGrid(data)).sheets[0]?.values).toEqual([
      [84, 42],
      ['abc', null],
      [null, null],
    ]);
  });

  it('gives a formula whose cached result is 0, false or empty text that result, not empty', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 'x';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheetXml.replace(
        /<sheetData>.*<\/sheetData>/,
        '<sheetData><row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1=0</f><v>0</v></c></row></sheetData>',
      ),
    );
    const grid = await readXlsxGrid(await zip.generateAsync({ type: 'uint8array' }));
    expect(grid.sheets[0]?.values).toEqual([[0, false]]);
  });

  it('gives error cells, typed or computed, as { error }', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('A');
      ws.getCell('A1').value = { error: '#REF!' };
      ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    expect((await readXlsxGrid(data)).sheets[0]?.values).toEqual([[{ error: '#REF!' }], [{ error: '#DIV/0!' }]]);
  });

  it('lists hidden rows (hidden by hand or by a filter: Excel stores both alike)', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('A');
      for (let r = 1; r <= 4; r++) ws.getCell(r, 1).value = r;
      ws.getRow(3).hidden = true;
    });
    expect((await readXlsxGrid(data)).sheets[0]?.hiddenRows).toEqual([2]);
  });

  it('reports tables with 0-based header and last data rows, a totals row excluded', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('Kostnader');
      ws.addTable({
        name: 'tblKostnader',
        ref: 'B3',
        headerRow: true,
        totalsRow: true,
        columns: [{ name: 'Lösning' }, { name: 'Belopp', totalsRowFunction: 'sum' }],
        rows: [
          ['Schema', 100],
          ['Frånvaro', 200],
        ],
      });
    });
    const sheet = (await readXlsxGrid(data)).sheets[0]!;
    expect(sheet.tables).toEqual([{ name: 'tblKostnader', headerRow: 2, firstColumn: 1, lastRow: 4, lastColumn: 2 }]);
    expect(sheet.values[2]).toEqual([null, 'Lösning', 'Belopp']);
  });

  it('keeps a merged area’s value in its top-left cell only', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('A');
      ws.getCell('A1').value = 'Rubrik';
      ws.mergeCells('A1:C1');
    });
    expect((await readXlsxGrid(data)).sheets[0]?.values[0]).toEqual(['Rubrik', null, null]);
  });

  it('reads every sheet in tab order, including an empty one', async () => {
    const data = await bytes((wb) => {
      wb.addWorksheet('Kostnader').getCell('A1').value = 1;
      wb.addWorksheet('Tom');
      wb.addWorksheet('Resurser').getCell('A1').value = 2;
    });
    const grid = await readXlsxGrid(data);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Kostnader', 'Tom', 'Resurser']);
    expect(grid.sheets[1]?.values).toEqual([]);
  });
});
