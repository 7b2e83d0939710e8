/**
 * Ambiguity is never resolved in silence: when a workbook could mean two
 * things (two sheets for one input sheet, two tables for one block, two
 * columns for one field, a number that reads two ways), the reader says which
 * one it reads, or refuses, at a cell the analyst can click.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/engine/model';
import type { CellValue } from '../../../src/workbook/grid';
import { readModel } from '../../../src/workbook/read';
import { sheetOf, templateGrid, typedWorkbook, workbook } from './helpers';

const codes = (problems: Problem[]) => problems.map((p) => `${p.severity}:${p.code}@${p.at?.sheet}!${p.at?.cell}`);

/** A deep copy of a sheet's rows, with one cell changed. */
function copyWith(rows: CellValue[][], row: number, col: number, value: CellValue): CellValue[][] {
  const copy = rows.map((r) => [...r]);
  copy[row]![col] = value;
  return copy;
}

describe('two sheets that both match one input sheet', () => {
  it('"Kostnader" and "Costs": refused at A1 of the sheet not read, naming both; the Swedish name is read', () => {
    const sheets = typedWorkbook();
    // The English copy has a wrong amount: had it been read, notANumber would be reported on it.
    sheets.Costs = copyWith(sheets.Kostnader!, 6, 4, 'fel');
    const { model, problems } = readModel(workbook(sheets));
    expect(model).toBeNull();
    expect(codes(problems)).toEqual(['error:ambiguousSheet@Costs!A1']);
    expect(problems[0]!.message.sv).toContain('"Kostnader" och "Costs"');
    expect(problems[0]!.message.sv).toContain('inget beräknas');
    expect(problems[0]!.message.en).toContain('"Kostnader" and "Costs"');
  });

  it('variants in case, spacing and accents count as the same name (Excel allows "Kostnader" and "Kostnader ")', () => {
    const sheets = typedWorkbook();
    sheets['Kostnader '] = sheets.Kostnader!;
    sheets['KOSTNÄDER'] = sheets.Kostnader!;
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['error:ambiguousSheet@Kostnader !A1', 'error:ambiguousSheet@KOSTNÄDER!A1']);
  });

  it('an alias and the English name: the English name is read (names before aliases)', () => {
    const sheets = typedWorkbook();
    sheets.Parameters = sheets.Parametrar!;
    delete sheets.Parametrar;
    sheets.Inställningar = copyWith(sheets.Parameters, 1, 1, 'fel');
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['error:ambiguousSheet@Inställningar!A1']);
  });

  it('a generated sheet (with our marker) never competes with an input sheet', () => {
    const grid = workbook({ ...typedWorkbook(), Costs: [['Lösning'], ['Annat']] });
    sheetOf(grid, 'Costs').marker = 'skolkostnad:summary|x|y|1';
    expect(readModel(grid).problems).toEqual([]);
  });
});

describe('one block found twice', () => {
  it('two tables with one name (a file from another program): the one on the block’s own sheet is read, the other refused', () => {
    const grid = templateGrid();
    const resources = sheetOf(grid, 'Resurser');
    const table = resources.tables.find((t) => t.name === 'tblBetalare')!;
    grid.sheets.push({ name: 'Gammal', values: resources.values.map((r) => [...r]), tables: [{ ...table }] });
    const { model, problems } = readModel(grid);
    expect(model).toBeNull();
    const at = `Gammal!${String.fromCharCode(65 + table.firstColumn)}${table.headerRow + 1}`;
    expect(codes(problems)).toEqual([`error:ambiguousTable@${at}`]);
    expect(problems[0]!.message.sv).toContain('tblBetalare');
    expect(problems[0]!.message.sv).toContain(`Resurser!${String.fromCharCode(65 + table.firstColumn)}`);
  });

  it('a table moved to another sheet while the block’s own sheet still has a typed header row for it: refused', () => {
    const sheets = typedWorkbook();
    const payers = sheets.Resurser!.slice(0, 3);
    const grid = workbook({ ...sheets, Flyttad: payers });
    sheetOf(grid, 'Flyttad').tables = [
      { name: 'tblBetalare', headerRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 4 },
    ];
    const { problems } = readModel(grid);
    expect(codes(problems)).toEqual(['error:ambiguousTable@Resurser!A1']);
    expect(problems[0]!.message.en).toContain('Flyttad!A1');
  });

  it('a moved usage table is not confused with the typed payers’ header row (it holds "Betalare" too)', () => {
    const sheets = typedWorkbook();
    const usage = sheets.Resurser!.slice(5);
    sheets.Resurser = sheets.Resurser!.slice(0, 3);
    const grid = workbook({ ...sheets, Användning: usage });
    sheetOf(grid, 'Användning').tables = [
      { name: 'tblAnvandning', headerRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 2 },
    ];
    expect(readModel(grid).problems).toEqual([]);
  });
});

describe('a header that appears twice in a block', () => {
  it('"Belopp" and its alias "Amount" in one header row: refused at the second, naming both cells', () => {
    const sheets = typedWorkbook();
    sheets.Kostnader![5]!.push('Amount');
    sheets.Kostnader![6]!.push('100 kr');
    sheets.Kostnader![7]!.push('2 mnkr');
    const { model, problems } = readModel(workbook(sheets));
    expect(model).toBeNull();
    expect(codes(problems)).toEqual(['error:duplicateColumn@Kostnader!F6']);
    expect(problems[0]!.message.sv).toContain('Kostnader!E6');
    expect(problems[0]!.message.sv).toContain('"Amount"');
    expect(problems[0]!.message.en).toContain('Kostnader!E6');
  });

  it('two usage columns for one solution ("Schema" and "schema"): refused, the usage not counted twice', () => {
    const sheets = typedWorkbook();
    sheets.Resurser![5]!.push('schema');
    sheets.Resurser![6]!.push('ja');
    const { problems, partial } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['error:duplicateColumn@Resurser!D6']);
    expect(problems[0]!.message.sv).toContain('Resurser!B6');
    expect(partial!.usage.filter((u) => u.payerId === 'Grundskola' && u.solutionId === 'Schema')).toHaveLength(1);
  });

  it('in the Parametrar key–value table too', () => {
    const sheets = typedWorkbook();
    sheets.Parametrar![0]!.push('Value');
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['error:duplicateColumn@Parametrar!C1']);
  });
});

describe('a number with one separator and exactly three digits after it ("1,500")', () => {
  const withPupils = (value: CellValue) => {
    const sheets = typedWorkbook();
    sheets.Resurser![1]![3] = value;
    return readModel(workbook(sheets));
  };

  it('is read as a decimal, as documented, with a warning at the cell asking whether 1500 was meant', () => {
    const { model, problems } = withPupils('1,500');
    expect(codes(problems)).toEqual(['warning:ambiguousNumber@Resurser!D2']);
    expect(model?.payers[0]?.counts.pupils).toBe(1.5);
    expect(problems[0]!.message.sv).toContain('"1,500" i kolumnen Elever/barn läses som 1,5');
    expect(problems[0]!.message.sv).toContain('Menade du 1500?');
    expect(problems[0]!.message.en).toContain('reads as 1.5');
  });

  it('in an amount too ("1,500 kr" is 1,50 kr)', () => {
    const sheets = typedWorkbook();
    sheets.Kostnader![6]![4] = '1,500 kr';
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['warning:ambiguousNumber@Kostnader!E7']);
  });

  it('not in a percentage: "2,500 %" cannot mean 2 500 %', () => {
    const sheets = typedWorkbook();
    sheets.Parametrar![4]![1] = '2,500 %';
    expect(readModel(workbook(sheets)).problems).toEqual([]);
  });

  it.each([['12,50'], ['0,500'], ['1 500'], ['1,5'], [1.5], ['1.234,5']])(
    '%s is not ambiguous: no warning',
    (value) => {
      expect(withPupils(value).problems.filter((p) => p.code === 'ambiguousNumber')).toEqual([]);
    },
  );
});

describe('a share typed as a plain number between 1 and 2 (1.5)', () => {
  const withUsage = (value: CellValue) => {
    const sheets = typedWorkbook();
    sheets.Resurser![7]![1] = value;
    return readModel(workbook(sheets));
  };

  it('reads as 1,5 % by the documented rule, with a warning asking whether 150 % was meant', () => {
    const { model, problems } = withUsage(1.5);
    expect(codes(problems)).toEqual(['warning:ambiguousNumber@Resurser!B8']);
    expect(problems[0]!.message.sv).toBe(
      '"1,5" i kolumnen Schema läses som 1,5 %. Menades 150 %? En andel kan vara högst 100 %. Skriv 1,5 % om det är rätt.',
    );
    expect(model?.usage.find((u) => u.payerId === 'Anpassad' && u.solutionId === 'Schema')?.share).toBeCloseTo(0.015);
  });

  it.each([['1,5 %'], [0.5], [50], ['ja'], [1]])('%s is not in doubt', (value) => {
    expect(withUsage(value).problems).toEqual([]);
  });
});
