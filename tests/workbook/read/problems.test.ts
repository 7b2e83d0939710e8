import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/engine/model';
import type { WorkbookGrid } from '../../../src/workbook/grid';
import { readModel } from '../../../src/workbook/read';
import { addRow, setCell, setHeader, sheetOf, templateGrid, typedWorkbook, workbook } from './helpers';

/** The only problem of a read, which must block (model null). */
function onlyError(grid: WorkbookGrid): Problem {
  const { model, problems } = readModel(grid);
  expect(problems).toHaveLength(1);
  expect(model).toBeNull();
  expect(problems[0]?.severity).toBe('error');
  return problems[0]!;
}

describe('readModel problems', () => {
  it('missingSheet: names the sheet and how to add it, at A1 of the sheet as it would be created', () => {
    const sheets = typedWorkbook();
    delete sheets.Kontrakt;
    const problem = onlyError(workbook(sheets));
    expect(problem).toMatchObject({ code: 'missingSheet', at: { sheet: 'Kontrakt', cell: 'A1' } });
    expect(problem.message.sv).toContain('Bladet "Kontrakt" saknas');
    expect(problem.message.en).toContain('"Contracts"');
    expect(readModel(workbook(sheets), { language: 'en' }).problems[0]?.at).toEqual({ sheet: 'Contracts', cell: 'A1' });
  });

  it('missingSheet: not reported when the sheet’s tables were moved to other sheets', () => {
    const grid = templateGrid();
    const contracts = sheetOf(grid, 'Kontrakt');
    contracts.name = 'Alternativen vi jämför';
    expect(readModel(grid).problems).toEqual([]);
  });

  it('missingColumn: a block found by table name lacks a required header; reported where it can be added', () => {
    const grid = templateGrid();
    setHeader(grid, 'tblKostnader', 'Typ', 'Frekvensen');
    const problem = onlyError(grid);
    expect(problem).toMatchObject({ code: 'missingColumn', at: { sheet: 'Kostnader', cell: 'Q12' } });
    expect(problem.message.sv).toContain('Kolumnen "Typ" saknas');
  });

  it('missingColumn: a sheet without a required block says which headers to add, at A1', () => {
    const sheets = typedWorkbook();
    sheets.Kostnader = sheets.Kostnader!.slice(0, 3);
    const { problems } = readModel(workbook(sheets));
    expect(problems[0]).toMatchObject({ code: 'missingColumn', at: { sheet: 'Kostnader', cell: 'A1' } });
    expect(problems[0]?.message.sv).toContain('tblKostnader');
    expect(problems[0]?.message.sv).toContain('"Kostnadsslag"');
  });

  it('errorValue: an Excel error is reported where it sits', () => {
    const grid = templateGrid();
    const cell = setCell(grid, 'tblBetalare', 'Personal', { error: '#REF!' });
    const problem = onlyError(grid);
    expect(problem).toMatchObject({ code: 'errorValue', at: { sheet: 'Resurser', cell } });
    expect(problem.message.sv).toContain('#REF!');
  });

  it('notANumber: says what was found and what was expected', () => {
    const grid = templateGrid();
    const cell = setCell(grid, 'tblBetalare', 'Elever/barn', 'många');
    const problem = onlyError(grid);
    expect(problem).toMatchObject({ code: 'notANumber', at: { sheet: 'Resurser', cell } });
    expect(problem.message.sv).toBe('Hittade "många" i kolumnen Elever/barn; väntade ett tal, t.ex. 1 234,5.');
    // The header as the analyst sees it in the sheet, the English header after it.
    expect(problem.message.en).toBe(
      'Found "många" in the column Elever/barn (Pupils/children); expected a number, e.g. 1 234.5.',
    );
  });

  it.each([
    ['notAnInteger', 'tblKontrakt', 'Längd (år)', 2.5, 'Kontrakt'],
    ['notAYear', 'tblInterna', 'Från år', 'snart', 'Resurser'],
    ['notADate', 'tblKontrakt', 'Driftstart', 'i höst', 'Kontrakt'],
    ['notABoolean', 'tblAvtal', 'Indexeras', 'kanske', 'Kostnader'],
    ['notAPercentage', 'tblNycklar', 'Andel', 'hälften', 'Resurser'],
    ['unknownChoice', 'tblKostnader', 'Kostnadsslag', 'hyra', 'Kostnader'],
    ['unknownChoice', 'tblBetalare', 'Skolform', 'universitet', 'Resurser'],
    ['unknownSolution', 'tblKontrakt', 'Lösningar', 'Schema; Betyg', 'Kontrakt'],
    ['unknownSchoolForm', 'tblKontrakt', 'Skolformer', 'grundskola; universitet', 'Kontrakt'],
    ['unknownPayer', 'tblNycklar', 'Betalare', 'Okänd', 'Resurser'],
    ['unknownAllocationKey', 'tblKostnader', 'Fördelning', 'Nyckel X', 'Kostnader'],
    ['emptyRequired', 'tblKostnader', 'Typ', null, 'Kostnader'],
    ['emptyRequired', 'tblKontrakt', 'Skolformer', ' ', 'Kontrakt'],
  ] as const)('%s: %s %s = %j is reported at its cell', (code, table, header, value, sheet) => {
    const grid = templateGrid();
    const cell = setCell(grid, table, header, value);
    expect(onlyError(grid)).toMatchObject({ code, at: { sheet, cell } });
  });

  it('duplicateName: the second spelling (ignoring case) is reported, naming the first cell', () => {
    const grid = templateGrid();
    const row = addRow(grid, 'tblLosningar', { Lösning: 'SCHEMA' });
    const problem = onlyError(grid);
    expect(problem).toMatchObject({ code: 'duplicateName', at: { sheet: 'Kostnader', cell: `A${row + 1}` } });
    expect(problem.message.sv).toContain('Kostnader!A7');
  });

  it('duplicateName: a parameter given twice', () => {
    const sheets = typedWorkbook();
    sheets.Parametrar!.push(['basår', 2026]);
    expect(onlyError(workbook(sheets))).toMatchObject({
      code: 'duplicateName',
      at: { sheet: 'Parametrar', cell: 'A7' },
    });
  });

  it('emptyTable: a required table with headers and no rows', () => {
    const sheets = typedWorkbook();
    sheets.Kontrakt = [sheets.Kontrakt![0]!];
    expect(onlyError(workbook(sheets))).toMatchObject({ code: 'emptyTable', at: { sheet: 'Kontrakt', cell: 'A1' } });
  });

  it('emptyRequired: a missing parameter row says which to add', () => {
    const sheets = typedWorkbook();
    sheets.Parametrar = sheets.Parametrar!.filter((row) => row[0] !== 'Diskonteringsränta');
    const problem = onlyError(workbook(sheets));
    expect(problem).toMatchObject({ code: 'emptyRequired', at: { sheet: 'Parametrar', cell: 'A1' } });
    expect(problem.message.sv).toContain('Diskonteringsränta');
  });

  it('a tiered line without price bands, bands for a line without tiers, and bands for an unknown line are errors', () => {
    const grid = templateGrid();
    setCell(grid, 'tblKostnader', 'Trappa', null);
    setCell(grid, 'tblKostnader', 'Belopp', 10);
    expect(onlyError(grid)).toMatchObject({ code: 'unknownChoice', at: { sheet: 'Kostnader', cell: 'A19' } });

    const other = templateGrid();
    const tiersCell = setCell(other, 'tblPrisstegar', 'Kostnadsrad', 'Annan rad');
    expect(readModel(other).problems).toEqual([
      expect.objectContaining({ code: 'unknownChoice', at: { sheet: 'Kostnader', cell: tiersCell } }),
      expect.objectContaining({ code: 'emptyRequired', at: { sheet: 'Kostnader', cell: 'F13' } }),
    ]);

    const noBands = templateGrid();
    setCell(noBands, 'tblPrisstegar', 'Kostnadsrad', null);
    setCell(noBands, 'tblPrisstegar', 'Från', null);
    setCell(noBands, 'tblPrisstegar', 'Pris', null);
    setCell(noBands, 'tblPrisstegar', 'Enhet', null);
    expect(onlyError(noBands)).toMatchObject({ code: 'emptyRequired', at: { sheet: 'Kostnader', cell: 'F13' } });
  });

  it('tiers with a fixed pricing basis are an error at Trappa', () => {
    const grid = templateGrid();
    setCell(grid, 'tblKostnader', 'Prismodell', 'fast');
    const problems = readModel(grid).problems;
    expect(problems[0]).toMatchObject({ code: 'unknownChoice', at: { sheet: 'Kostnader', cell: 'F13' } });
  });

  it('a usage column naming no solution is a warning: the model is still read', () => {
    const grid = templateGrid();
    const cell = setHeader(grid, 'tblAnvandning', 'Schema', 'Betyg');
    const { model, problems } = readModel(grid);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'unknownSolution', severity: 'warning', at: { sheet: 'Resurser', cell } }),
    ]);
    expect(model).not.toBeNull();
  });

  it('collects every problem of the workbook in one pass', () => {
    const grid = templateGrid();
    setCell(grid, 'tblBetalare', 'Elever/barn', 'många');
    setCell(grid, 'tblKostnader', 'Typ', 'ibland');
    setCell(grid, 'tblKontrakt', 'Driftstart', { error: '#N/A' });
    sheetOf(grid, 'Parametrar').name = 'Inställningar2';
    const { model, problems } = readModel(grid);
    expect(model).toBeNull();
    expect(problems.map((p) => p.code).sort()).toEqual(['errorValue', 'notANumber', 'unknownChoice']);
  });

  it('does not bury the user in follow-on problems when a defining table is missing', () => {
    const sheets = typedWorkbook();
    sheets.Kostnader = sheets.Kostnader!.slice(5);
    const { problems } = readModel(workbook(sheets));
    expect(problems.map((p) => p.code)).toEqual(['missingColumn']);
  });
});
