import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/workbook/read';
import { templateGrid, typedWorkbook, workbook } from './helpers';
import type { WorkbookGrid } from '../../../src/workbook/grid';

describe('Parametrar: Fördelning av gemensamma kostnader and Betalare för kostnader utan användare', () => {
  const withRows = (rows: [string, string][]) => {
    const sheets = typedWorkbook();
    for (const row of rows) sheets.Parametrar!.push(row);
    return readModel(workbook(sheets));
  };

  it('reads the key as an allocation word and the payer by name', () => {
    const read = withRows([
      ['Fördelning av gemensamma kostnader', 'lika delar'],
      ['Betalare för kostnader utan användare', 'Anpassad'],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.model?.parameters.sharedCostKey).toEqual({ kind: 'even' });
    expect(read.model?.parameters.sharedCostPayer).toBe(read.model?.payers.find((p) => p.name === 'Anpassad')?.id);
  });

  it('leaves the default key ("efter antal") and a blank payer out of the model, as a workbook without the rows', () => {
    const read = withRows([
      ['Fördelning av gemensamma kostnader', 'efter antal'],
      ['Betalare för kostnader utan användare', ''],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.model?.parameters.sharedCostKey).toBeUndefined();
    expect(read.model?.parameters.sharedCostPayer).toBeUndefined();
    // A table typed by hand may leave optional rows out on purpose: no note.
    expect(withRows([]).problems).toEqual([]);
  });

  it('refuses an unknown key or payer at the value’s cell, naming the table it looked in', () => {
    const read = withRows([
      ['Fördelning av gemensamma kostnader', 'efter tycke'],
      ['Betalare för kostnader utan användare', 'Gymnasiet'],
    ]);
    expect(read.model).toBeNull();
    expect(read.problems.map((p) => [p.code, p.at?.sheet, p.at?.cell])).toEqual([
      ['unknownAllocationKey', 'Parametrar', 'B7'],
      ['unknownPayer', 'Parametrar', 'B8'],
    ]);
    expect(read.problems[0]!.message.sv).toContain('Fördelningsnycklar');
    expect(read.problems[1]!.message.sv).toContain('Betalare och antal');
  });
});

describe('an old workbook (this format version) without the rows and columns added in issue 14', () => {
  /** The add-in's own template with the named Parametrar rows emptied (a blank row inside a table is skipped). */
  function withoutRows(grid: WorkbookGrid, names: string[]): WorkbookGrid {
    const sheet = grid.sheets.find((s) => s.name === 'Parametrar')!;
    const table = sheet.tables.find((t) => t.name === 'tblParametrar')!;
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const row = sheet.values[r];
      const label = row?.[0];
      if (row && typeof label === 'string' && names.includes(label)) row.fill(null);
    }
    return grid;
  }

  it('reads with each default and one warning per missing row, naming the sheet, the row and the value used', () => {
    const names = [
      'Direktupphandlingsgräns',
      'Räkna optionsår',
      'Fördelning av gemensamma kostnader',
      'Betalare för kostnader utan användare',
    ];
    const read = readModel(withoutRows(templateGrid(), names));
    expect(read.model).not.toBeNull();
    expect(read.model!.parameters.countOptions).toBeUndefined();
    expect(read.model!.parameters.directAwardLimit).toBeUndefined();
    expect(read.model!.parameters.sharedCostKey).toBeUndefined();
    expect(read.model!.parameters.sharedCostPayer).toBeUndefined();
    const notes = read.problems.filter((p) => p.code === 'missingNewColumn');
    expect(notes.map((p) => p.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    const defaults = ['700 000 kr', 'Ja', 'efter antal', 'ingen (ofördelat)'];
    notes.forEach((p, i) => {
      expect(p.at?.sheet).toBe('Parametrar');
      expect(p.message.sv).toContain(`"${names[i]}"`);
      expect(p.message.sv).toContain('bladet Parametrar');
      expect(p.message.sv).toContain(`"${defaults[i]}"`);
      expect(p.message.en).toContain(names[i]);
    });
    // Each where it could be added: the rows below the table, one each.
    expect(new Set(notes.map((p) => p.at?.cell)).size).toBe(4);
  });

  it('the template as written has every row, so it reads without a note', () => {
    expect(readModel(templateGrid()).problems.filter((p) => p.code === 'missingNewColumn')).toEqual([]);
  });
});
