import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/workbook/read';
import { typedWorkbook, workbook } from './helpers';

describe('Parametrar: Räkna optionsår', () => {
  const withRow = (value: string | undefined) => {
    const sheets = typedWorkbook();
    if (value !== undefined) sheets.Parametrar!.push(['Räkna optionsår', value]);
    return readModel(workbook(sheets));
  };

  it('switches option years off with Nej', () => {
    const read = withRow('Nej');
    expect(read.problems).toEqual([]);
    expect(read.model?.parameters.countOptions).toBe(false);
  });

  it('counts them with Ja, or when the row is absent (as workbooks did before the row existed)', () => {
    expect(withRow('Ja').model?.parameters.countOptions).toBeUndefined();
    const absent = withRow(undefined);
    expect(absent.problems).toEqual([]);
    expect(absent.model?.parameters.countOptions).toBeUndefined();
  });

  it('refuses a value that is not yes or no, at its cell', () => {
    const read = withRow('kanske');
    expect(read.problems.map((p) => p.code)).toEqual(['notABoolean']);
  });
});
