/** readInputGrid: the inputs in one sync, even on a session's first read, and as good for readModel as the full read. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExcelAdapterError } from '../../src/excel';
import { readInputGrid, readWorkbook, readWorkbookGrid } from '../../src/excel/read';
import { createEmulatedWorkbook, type EmulatedWorkbook } from '../../src/excel-emulation';
import { stockholmSample } from '../../src/sample/stockholm';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { inputSheetsPlan } from '../../src/workbook/inputs';
import { readModel } from '../../src/workbook/read';
import { BLOCKS } from '../../src/workbook/schema/format';
import { analystWorkbook, markerOf, sampleInputs, samplePlan } from './plans';

const INPUT_SHEETS = ['Kostnader', 'Kontrakt', 'Resurser', 'Parametrar'];
const SCHEMA_TABLES = new Set(Object.values(BLOCKS).map((b) => b.table.toLowerCase()));

function sampleWorkbook(): EmulatedWorkbook {
  const wb = createEmulatedWorkbook();
  wb.loadPlannedSheets(sampleInputs());
  return wb;
}

/** A fresh workbook holding `grid`, read in full (every sheet's contents) for comparison. */
async function fullRead(grid: WorkbookGrid): Promise<WorkbookGrid> {
  return (await readWorkbook(createEmulatedWorkbook(grid.sheets).run)).grid;
}

/** The sample's grid with the sheets changed by `edit` (sheet contents and tables move with a sheet). */
async function sampleGridWith(edit: (grid: WorkbookGrid) => WorkbookGrid): Promise<WorkbookGrid> {
  return edit((await readWorkbook(sampleWorkbook().run)).grid);
}

describe('readInputGrid', () => {
  it('reads the sample input workbook in exactly one sync on a fresh run', async () => {
    const wb = sampleWorkbook();
    const { grid, syncs } = await readInputGrid(wb.run);
    expect(syncs).toBe(1);
    expect(wb.stats.syncs).toBe(1);
    expect(grid.sheets.map((s) => s.name)).toEqual(INPUT_SHEETS);
  });

  it('gives the grid the full read gives, so readModel gives the same model', async () => {
    const input = (await readInputGrid(sampleWorkbook().run)).grid;
    const full = (await readWorkbook(sampleWorkbook().run)).grid;
    expect(input).toEqual(full);
    const read = readModel(input);
    expect(read.model).not.toBeNull();
    expect(read).toEqual(readModel(full));
  });

  it('reads an English workbook in one sync when told the language, and in three without', async () => {
    const english = inputSheetsPlan(stockholmSample(), { language: 'en', illustrative: true });
    const told = createEmulatedWorkbook();
    told.loadPlannedSheets(english);
    const guessed = createEmulatedWorkbook();
    guessed.loadPlannedSheets(english);
    const a = await readInputGrid(told.run, { language: 'en' });
    const b = await readInputGrid(guessed.run);
    expect([a.syncs, b.syncs]).toEqual([1, 3]); // Swedish names expected: ItemNotFound, rediscover, read
    expect(a.grid).toEqual(b.grid);
    expect(a.grid.sheets.map((s) => s.name)).toEqual(english.map((s) => s.name));
  });

  it('finds the tables moved to a sheet of another name, in one sync, and reads only their cells there', async () => {
    const moved = await sampleGridWith((grid) => ({
      sheets: grid.sheets.flatMap((s) =>
        s.name === 'Kostnader' ? [{ name: 'Kostnader', values: [], tables: [] }, { ...s, name: 'Mina tabeller' }] : [s],
      ),
    }));
    const wb = createEmulatedWorkbook(moved.sheets);
    const { grid, syncs } = await readInputGrid(wb.run);
    expect(syncs).toBe(1);
    const other = grid.sheets.find((s) => s.name === 'Mina tabeller')!;
    const original = moved.sheets.find((s) => s.name === 'Mina tabeller')!;
    expect(other.tables).toEqual(original.tables);
    for (const t of other.tables) {
      for (let r = t.headerRow; r <= t.lastRow; r++) {
        expect(other.values[r]!.slice(t.firstColumn, t.lastColumn + 1)).toEqual(
          original.values[r]!.slice(t.firstColumn, t.lastColumn + 1),
        );
      }
    }
    const read = readModel(grid);
    expect(read.model).not.toBeNull();
    expect(read).toEqual(readModel(await fullRead(moved)));
  });

  it('gives a grid without a missing input sheet, so readModel reports missingSheet; the next read takes one sync', async () => {
    const without = await sampleGridWith((grid) => ({ sheets: grid.sheets.filter((s) => s.name !== 'Parametrar') }));
    const wb = createEmulatedWorkbook(without.sheets);
    const first = await readInputGrid(wb.run);
    expect(first.syncs).toBe(3); // the expected sheet is missing: ItemNotFound, rediscover, read
    expect(first.grid.sheets.map((s) => s.name)).toEqual(['Kostnader', 'Kontrakt', 'Resurser']);
    const problems = readModel(first.grid).problems;
    expect(problems.some((p) => p.code === 'missingSheet' && p.at?.sheet === 'Parametrar')).toBe(true);
    wb.resetStats();
    const again = await readInputGrid(wb.run);
    expect([again.syncs, wb.stats.syncs]).toEqual([1, 1]);
    expect(again.grid).toEqual(first.grid);
    // The user adds the sheet: the remembered structure did not ask for it, so the read looks again.
    await wb.run(async (ctx) => (ctx.workbook.worksheets.add('Parametrar'), ctx.sync()));
    wb.resetStats();
    const added = await readInputGrid(wb.run);
    expect([added.syncs, wb.stats.syncs]).toEqual([2, 2]);
    expect(added.grid.sheets.at(-1)).toEqual({ name: 'Parametrar', values: [], tables: [] });
  });

  it('lists the user’s own and the generated sheets with their markers, without their contents or other tables', async () => {
    const plan = samplePlan();
    const wb = analystWorkbook(plan);
    const { grid, syncs } = await readInputGrid(wb.run);
    expect(syncs).toBe(1); // the markers are workbook-scoped names: no sheet needs a second look
    const full = (await readWorkbook(wb.run)).grid;
    expect(grid.sheets.map((s) => s.name)).toEqual(full.sheets.map((s) => s.name));
    for (const sheet of grid.sheets) {
      const whole = full.sheets.find((s) => s.name === sheet.name)!;
      expect(sheet.marker).toBe(whole.marker);
      expect(sheet.tables).toEqual(whole.tables.filter((t) => SCHEMA_TABLES.has(t.name.toLowerCase())));
      expect(sheet.values).toEqual(INPUT_SHEETS.includes(sheet.name) ? whole.values : []);
    }
    const summary = grid.sheets.find((s) => s.name === plan.sheets[0]!.name)!;
    expect(summary.marker).toBe(markerOf(plan.sheets[0]!.key));
    expect(grid.sheets.find((s) => s.name === 'Mina anteckningar')!.marker).toBeUndefined();
    expect(readModel(grid)).toEqual(readModel(full));
  });

  it('reads in one sync on the structure a read left, also after a sheet was added or deleted since', async () => {
    const wb = analystWorkbook(samplePlan());
    await readInputGrid(wb.run);
    wb.resetStats();
    expect((await readInputGrid(wb.run)).syncs).toBe(1);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.add('Anteckningar 2');
      ctx.workbook.worksheets.getItem('Mina anteckningar').delete();
      await ctx.sync();
    });
    wb.resetStats();
    const after = await readInputGrid(wb.run);
    expect([after.syncs, wb.stats.syncs]).toEqual([1, 1]);
    expect(after.grid.sheets.at(-1)).toEqual({ name: 'Anteckningar 2', values: [], tables: [] });
    expect(after.grid.sheets.map((s) => s.name)).not.toContain('Mina anteckningar');
  });

  it('surfaces an Excel failure other than a missing name, with what it was doing and the cause', async () => {
    const wb = sampleWorkbook();
    wb.failAtSync({ atSync: 1, applied: 0 });
    const error = (await readInputGrid(wb.run).catch((e: unknown) => e)) as ExcelAdapterError;
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error.code).toBe('GeneralException');
    expect(error.text.en).toMatch(/^Could not read the workbook: /);
    expect(wb.stats.syncs).toBe(1); // not retried: only ItemNotFound means "not laid out as expected"
  });

  it('keeps hidden rows and error values of the input sheets', async () => {
    const wb = createEmulatedWorkbook([
      {
        name: 'Kostnader',
        values: [['Post', 'Belopp'], ['Licens', { error: '#REF!' }], ['Drift', 12]],
        hiddenRows: [2],
        tables: [],
      },
    ]);
    const grid = await readWorkbookGrid(wb.run);
    expect(grid.sheets[0]!.values[1]).toEqual(['Licens', { error: '#REF!' }]);
    expect(grid.sheets[0]!.hiddenRows).toEqual([2]);
  });
});

describe('readInputGrid against the full read', () => {
  it('gives readModel the same result whatever input sheets are missing, renamed or retyped in case', async () => {
    const base = (await readWorkbook(sampleWorkbook().run)).grid;
    const change = fc.constantFrom('keep', 'drop', 'rename', 'lower');
    await fc.assert(
      fc.asyncProperty(fc.tuple(change, change, change, change), async (changes) => {
        const sheets = base.sheets.flatMap((s, i) => {
          const c = changes[i]!;
          if (c === 'drop') return [];
          if (c === 'rename') return [{ ...s, name: `Blad ${i + 1}` }];
          return [{ ...s, name: c === 'lower' ? s.name.toLowerCase() : s.name }];
        });
        const wb = createEmulatedWorkbook(sheets);
        const { grid, syncs } = await readInputGrid(wb.run);
        expect(syncs).toBeLessThanOrEqual(3);
        expect(grid.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
        expect(readModel(grid)).toEqual(readModel(await fullRead({ sheets })));
      }),
      { numRuns: 12, seed: 4 },
    );
  });
});
