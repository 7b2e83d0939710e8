/**
 * readWorkbookGrid and readWorkbook: without options the input read (one sync,
 * see readInputs.test.ts); with sheet names or a structure, every sheet's
 * contents, in one sync once the structure is known.
 */
import { describe, expect, it } from 'vitest';
import { createEmulatedWorkbook } from '../../src/hosts/emulation';
import { applyWritePlan, readWorkbook, readWorkbookGrid } from '../../src/hosts/officejs';
import { analystWorkbook, handPlan, handSheet, markerOf, sampleInputs, samplePlan } from './plans';

function kostnader() {
  return createEmulatedWorkbook([
    {
      name: 'Kostnader',
      values: [
        [null, null, null],
        [null, 'Post', 'Belopp'],
        [null, 'Licens', 1234.5],
        [null, 'Drift', { error: '#DIV/0!' }],
        [null, '#N/A', true],
      ],
      numberFormats: [
        ['General', 'General', 'General'],
        ['General', '@', '@'],
        ['General', '@', '#,##0.00'],
        ['General', '@', '0'],
        ['General', '@', 'General'],
      ],
      hiddenRows: [3],
      tables: [{ name: 'tblKostnader', headerRow: 1, firstColumn: 1, lastRow: 4, lastColumn: 2 }],
    },
    { name: 'Tomt', values: [], tables: [] },
  ]);
}

describe('readWorkbookGrid', () => {
  it('reads values from A1, number formats, errors as error values, hidden rows and tables', async () => {
    const grid = await readWorkbookGrid(kostnader().run);
    const sheet = grid.sheets[0]!;
    expect(sheet.values).toEqual([
      [null, null, null],
      [null, 'Post', 'Belopp'],
      [null, 'Licens', 1234.5],
      [null, 'Drift', { error: '#DIV/0!' }],
      [null, '#N/A', true], // text '#N/A' stays text: valueTypes tell it from the error
    ]);
    expect(sheet.numberFormats?.[2]).toEqual(['General', '@', '#,##0.00']);
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sheet.tables).toEqual([{ name: 'tblKostnader', headerRow: 1, firstColumn: 1, lastRow: 4, lastColumn: 2 }]);
    expect(sheet.marker).toBeUndefined();
    expect(grid.sheets[1]).toEqual({ name: 'Tomt', values: [], tables: [] });
  });

  it('without options reads the inputs: the sample in one sync on a fresh run', async () => {
    const wb = createEmulatedWorkbook();
    wb.loadPlannedSheets(sampleInputs());
    const grid = await readWorkbookGrid(wb.run);
    expect(wb.stats.syncs).toBe(1);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Kostnader', 'Kontrakt', 'Resurser', 'Parametrar', 'Beslutsgång']);
  });

  it('reads every sheet in one sync after an input read, which leaves the structure', async () => {
    const wb = analystWorkbook(samplePlan());
    await readWorkbookGrid(wb.run);
    wb.resetStats();
    const full = await readWorkbook(wb.run);
    expect([full.syncs, wb.stats.syncs]).toEqual([1, 1]);
    expect(full.grid.sheets.find((s) => s.name === 'Mina anteckningar')!.values).toEqual([['Att göra'], ['Fråga FLG']]);
  });

  it('takes two syncs the first time (the sheet names are needed first) and one after', async () => {
    const wb = kostnader();
    const first = await readWorkbook(wb.run);
    expect(first.syncs).toBe(2);
    wb.resetStats();
    const again = await readWorkbook(wb.run);
    expect(again.syncs).toBe(1);
    expect(wb.stats.syncs).toBe(1);
    expect(again.grid).toEqual(first.grid);
  });

  it('reads in one sync given the structure from an earlier read, even through another run function', async () => {
    const wb = kostnader();
    const { structure } = await readWorkbook(wb.run);
    const otherRun: typeof wb.run = (batch) => wb.run(batch);
    wb.resetStats();
    await readWorkbook(otherRun, { structure });
    expect(wb.stats.syncs).toBe(1);
  });

  it('notices a sheet added, deleted or renamed since and reads the new structure', async () => {
    const wb = kostnader();
    await readWorkbookGrid(wb.run);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.add('Ny');
      ctx.workbook.worksheets.getItem('Tomt').delete();
      await ctx.sync();
    });
    const grid = await readWorkbookGrid(wb.run);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Kostnader', 'Ny']);
    await wb.run(async (ctx) => ((ctx.workbook.worksheets.getItem('Ny').name = 'Nytt namn'), ctx.sync()));
    expect((await readWorkbookGrid(wb.run)).sheets.map((s) => s.name)).toEqual(['Kostnader', 'Nytt namn']);
  });

  it('reads contents only of the sheets asked for, and every sheet’s marker', async () => {
    const plan = samplePlan();
    const wb = analystWorkbook(plan);
    const grid = await readWorkbookGrid(wb.run, ['Kostnader']);
    expect(grid.sheets.find((s) => s.name === 'Kostnader')!.values.length).toBeGreaterThan(5);
    const summary = grid.sheets.find((s) => s.name === plan.sheets[0]!.name)!;
    expect(summary.values).toEqual([]);
    expect(summary.marker).toBe(markerOf(plan.sheets[0]!.key));
  });

  it('gives back the sample input sheets as typed', async () => {
    const inputs = sampleInputs();
    const wb = createEmulatedWorkbook();
    wb.loadPlannedSheets(inputs);
    const grid = await readWorkbookGrid(wb.run);
    for (const planned of inputs) {
      const sheet = grid.sheets.find((s) => s.name === planned.name)!;
      planned.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          // a trailing empty row (the decision trail's empty table body) is outside the used range
          expect(sheet.values[r]?.[c] ?? null).toEqual(cell?.value ?? null);
        }),
      );
      expect(sheet.tables.map((t) => t.name)).toEqual((planned.tables ?? []).map((t) => t.name));
    }
  });
});

describe('readWorkbookGrid after a write', () => {
  it('needs one sync, input read or full read: the write tells the reader what it changed', async () => {
    const wb = kostnader();
    await readWorkbookGrid(wb.run);
    await applyWritePlan(wb.run, handPlan([handSheet('Scenario A', 'scenario:a')]));
    wb.resetStats();
    const grid = await readWorkbookGrid(wb.run);
    expect(wb.stats.syncs).toBe(1);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Kostnader', 'Tomt', 'Scenario A']);
    expect(grid.sheets[2]!.marker).toMatch(/^skolkostnad:scenario%3Aa\|/);
    wb.resetStats();
    const full = await readWorkbook(wb.run);
    expect(wb.stats.syncs).toBe(1);
    expect(full.grid.sheets[2]!.tables.map((t) => t.name)).toEqual(['tbl_scenario_a']);
  });
});
