/**
 * A formula without a computed value — an .xlsx written by a program that
 * does not calculate (openpyxl, a script, ExcelJS without results) — is not a
 * blank cell: the reader must say so at the cell instead of reading "empty"
 * (0, a default, a row skipped).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../src/workbook/read';
import { readXlsxGrid } from '../../src/hosts/xlsx';
import { typedXlsx } from './editXlsx';

describe('readXlsxGrid: formulas without a computed value', () => {
  it('lists them in uncalculatedFormulas, their value null; calculated formulas are not listed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A');
    ws.getCell('A1').value = { formula: 'B1*2', result: 84 };
    ws.getCell('A3').value = { formula: 'B1' };
    ws.getCell('B1').value = 42;
    const sheet = (await readXlsxGrid(new Uint8Array(await wb.xlsx.writeBuffer()))).sheets[0]!;
    expect(sheet.values[2]![0]).toBeNull();
    expect(sheet.uncalculatedFormulas).toEqual([{ row: 2, col: 0 }]);
  });

  it('a grid without such formulas has no list at all (every other grid stays as it was)', async () => {
    const sheet = (await readXlsxGrid(await typedXlsx(() => undefined))).sheets[0]!;
    expect(sheet.uncalculatedFormulas).toBeUndefined();
  });
});

describe('readModel on an .xlsx with a formula without a computed value', () => {
  it('reports it at its cell, in Swedish and English, instead of an empty cell', async () => {
    const data = await typedXlsx((wb) => {
      // Belopp of the first cost line (Kostnader!E7): a formula nobody calculated.
      wb.getWorksheet('Kostnader')!.getCell('E7').value = { formula: '95*1' };
    });
    const { model, problems } = readModel(await readXlsxGrid(data));
    expect(model).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'uncalculatedFormula', at: { sheet: 'Kostnader', cell: 'E7' } });
    expect(problems[0]!.message.sv).toContain('formel utan beräknat värde');
    expect(problems[0]!.message.sv).toContain('Öppna filen i Excel och spara den');
    expect(problems[0]!.message.en).toContain('formula without a computed value');
    expect(problems[0]!.message.en).toContain('Open and save the file in Excel');
  });

  it('an optional cell holding one is reported too: its blank meaning (a default) would be a guess', async () => {
    const data = await typedXlsx((wb) => {
      wb.getWorksheet('Kontrakt')!.getCell('G1').value = 'Option (år)';
      wb.getWorksheet('Kontrakt')!.getCell('G2').value = { formula: '1+1' };
    });
    const { problems } = readModel(await readXlsxGrid(data));
    expect(problems).toMatchObject([{ code: 'uncalculatedFormula', at: { sheet: 'Kontrakt', cell: 'G2' } }]);
  });

  it('a row of such formulas is not taken for a blank row and skipped', async () => {
    const data = await typedXlsx((wb) => {
      const ws = wb.getWorksheet('Resurser')!;
      ws.getCell('A4').value = { formula: 'A2&" 2"' };
      ws.getCell('B4').value = { formula: 'B2' };
    });
    const { problems } = readModel(await readXlsxGrid(data));
    expect(problems.map((p) => [p.code, p.at?.cell])).toEqual([
      ['uncalculatedFormula', 'A4'],
      ['uncalculatedFormula', 'B4'],
      // Skolform (C4) is blank and required: the row is read, not dropped.
      ['emptyRequired', 'C4'],
    ]);
  });
});
