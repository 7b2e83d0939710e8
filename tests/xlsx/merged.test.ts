/**
 * A merged cell shows one value over several cells, but the file holds it in
 * the top-left cell only. A row whose cell is merged into the row above must
 * not read as blank there (0, a default): the reader says so at the cell.
 */
import { describe, expect, it } from 'vitest';
import { readModel } from '../../src/workbook/read';
import { readXlsxGrid } from '../../src/hosts/xlsx';
import { typedXlsx } from './editXlsx';

describe('readXlsxGrid: merged areas', () => {
  it('lists them (0-based, inclusive); the value stays in the top-left cell', async () => {
    const data = await typedXlsx((wb) => wb.getWorksheet('Resurser')!.mergeCells('B2:B3'));
    const sheet = (await readXlsxGrid(data)).sheets.find((s) => s.name === 'Resurser')!;
    expect(sheet.mergedAreas).toEqual([{ top: 1, left: 1, bottom: 2, right: 1 }]);
    expect(sheet.values[2]![1]).toBeNull();
  });
});

describe('readModel on an .xlsx with a cell merged over two rows', () => {
  it('reports the merged-over cell, naming the area and where its value is, instead of an empty cell', async () => {
    // Organisation "UF" merged over both payers' rows.
    const data = await typedXlsx((wb) => wb.getWorksheet('Resurser')!.mergeCells('B2:B3'));
    const { model, problems } = readModel(await readXlsxGrid(data));
    expect(model).toBeNull();
    expect(problems).toMatchObject([{ code: 'mergedCell', at: { sheet: 'Resurser', cell: 'B3' } }]);
    expect(problems[0]!.message.sv).toContain('den sammanfogade cellen B2:B3 (kolumnen Organisation)');
    expect(problems[0]!.message.sv).toContain('"UF" bara står i B2');
    expect(problems[0]!.message.en).toContain('Unmerge');
  });

  it('a merged area with nothing in it is simply blank', async () => {
    const data = await typedXlsx((wb) => {
      const ws = wb.getWorksheet('Kontrakt')!;
      ws.getCell('H1').value = 'Option (år)';
      ws.mergeCells('H2:I2');
    });
    expect(readModel(await readXlsxGrid(data)).problems).toEqual([]);
  });
});
