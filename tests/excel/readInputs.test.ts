/** readInputGrid: the inputs in one sync, even on a session's first read, and as good for readModel as the full read. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyWritePlan, ExcelAdapterError } from '../../src/hosts/officejs';
import { readInputGrid, readWorkbook, readWorkbookGrid } from '../../src/hosts/officejs/read';
import { createEmulatedWorkbook, type EmulatedWorkbook } from '../../src/hosts/emulation';
import { stockholmSample } from '../../src/sample/stockholm';
import type { CellValue, TableInfo, WorkbookGrid } from '../../src/workbook/grid';
import { inputSheetsPlan } from '../../src/workbook/inputs';
import { readModel } from '../../src/workbook/read';
import { BLOCKS } from '../../src/workbook/schema/format';
import type { BlockKey } from '../../src/workbook/schema/types';
import { analystWorkbook, handPlan, handSheet, markerOf, sampleInputs, samplePlan } from './plans';

const INPUT_SHEETS = ['Kostnader', 'Kontrakt', 'Resurser', 'Parametrar', 'Beslutsgång'];
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
        s.name === 'Kostnader'
          ? [
              { name: 'Kostnader', values: [], tables: [] },
              { ...s, name: 'Mina tabeller' },
            ]
          : [s],
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
    expect(first.grid.sheets.map((s) => s.name)).toEqual(['Kostnader', 'Kontrakt', 'Resurser', 'Beslutsgång']);
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
      const listed = (t: TableInfo) => INPUT_SHEETS.includes(sheet.name) || SCHEMA_TABLES.has(t.name.toLowerCase());
      expect(sheet.tables).toEqual(whole.tables.filter(listed));
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
        values: [
          ['Post', 'Belopp'],
          ['Licens', { error: '#REF!' }],
          ['Drift', 12],
        ],
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

/** Where a user's own table goes on Kostnader: its top row, its height and whose header texts its header row holds. */
interface OwnTable {
  top: number;
  rows: number;
  /** Columns right of the sheet's content before the table. */
  gap: number;
  headersOf: BlockKey;
  /** Keep Kostnader's schema tables (the template's layout) instead of leaving its blocks to their header rows. */
  keepSchemaTables?: boolean;
}

/**
 * The sample with Kostnader's blocks found by their header rows (its schema
 * tables removed, as in a workbook typed by hand; unless told to keep them)
 * and a table of the user's
 * own to the right, whose header row holds a block's required header texts:
 * the pure reader must not take that row for the block's (locate.ts claims a
 * table's rows), so the input read has to list the table as the full read does.
 */
async function kostnaderWithOwnTable(own: OwnTable): Promise<WorkbookGrid> {
  return sampleGridWith((grid) => ({
    sheets: grid.sheets.map((s) => {
      if (s.name !== 'Kostnader') return s;
      const headers = BLOCKS[own.headersOf].columns.filter((c) => c.required).map((c) => c.sv);
      const left = Math.max(...s.values.map((r) => r.length)) + own.gap;
      const values: CellValue[][] = s.values.map((r) => [...r]);
      const numberFormats = s.numberFormats?.map((r) => [...r]);
      for (let r = 0; r < own.rows; r++) {
        while (values.length <= own.top + r) values.push([]);
        const row = values[own.top + r]!;
        headers.forEach((h, c) => {
          row[left + c] = r === 0 ? h : `anteckning ${r}:${c}`;
        });
      }
      const width = Math.max(...values.map((r) => r.length));
      for (const row of values) while (row.length < width) row.push(null);
      if (numberFormats) {
        while (numberFormats.length < values.length) numberFormats.push([]);
        for (const row of numberFormats) while (row.length < width) row.push('General');
      }
      const table: TableInfo = {
        name: 'MinEgenTabell',
        headerRow: own.top,
        firstColumn: left,
        lastRow: own.top + own.rows - 1,
        lastColumn: left + headers.length - 1,
      };
      const tables = [...(own.keepSchemaTables ? s.tables : []), table];
      return { ...s, values, ...(numberFormats ? { numberFormats } : {}), tables };
    }),
  }));
}

describe('readInputGrid with a table of the user’s own on an input sheet', () => {
  const above: OwnTable = { top: 1, rows: 3, gap: 1, headersOf: 'costLines' };

  it('lists the table, so readModel gives what the full read gives; one sync on the next read', async () => {
    const grid = await kostnaderWithOwnTable(above);
    const wb = createEmulatedWorkbook(grid.sheets);
    const first = await readInputGrid(wb.run);
    expect(first.syncs).toBe(3); // the schema tables expected on Kostnader are missing: ItemNotFound, rediscover, read
    const kostnader = first.grid.sheets.find((s) => s.name === 'Kostnader')!;
    expect(kostnader.tables.map((t) => t.name)).toEqual(['MinEgenTabell']);
    const full = (await readWorkbook(createEmulatedWorkbook(grid.sheets).run)).grid;
    expect(first.grid).toEqual(full);
    const read = readModel(first.grid);
    expect(read.model).not.toBeNull();
    expect(read).toEqual(readModel(full));
    wb.resetStats();
    expect((await readInputGrid(wb.run)).syncs).toBe(1);
  });

  it('takes two syncs on a session’s first read of the template layout, whose own tables no name foretells', async () => {
    const grid = await kostnaderWithOwnTable({ ...above, keepSchemaTables: true });
    const wb = createEmulatedWorkbook(grid.sheets);
    const first = await readInputGrid(wb.run);
    expect([first.syncs, wb.stats.syncs]).toEqual([2, 2]);
    expect(first.grid).toEqual((await readWorkbook(createEmulatedWorkbook(grid.sheets).run)).grid);
    wb.resetStats();
    expect((await readInputGrid(wb.run)).syncs).toBe(1);
  });

  it('would read the blocks differently without the table: the case above can fail', async () => {
    const grid = await kostnaderWithOwnTable(above);
    const without = { sheets: grid.sheets.map((s) => ({ ...s, tables: s.name === 'Kostnader' ? [] : s.tables })) };
    expect(readModel(without)).not.toEqual(readModel(grid));
  });

  it('takes one sync after a full read or a write, which leave each table’s sheet', async () => {
    const grid = await kostnaderWithOwnTable(above);
    const wb = createEmulatedWorkbook(grid.sheets);
    await readWorkbook(wb.run);
    wb.resetStats();
    expect((await readInputGrid(wb.run)).syncs).toBe(1);
    const written = createEmulatedWorkbook(grid.sheets);
    await applyWritePlan(written.run, handPlan([handSheet('Scenario A', 'scenario:a')]));
    written.resetStats();
    const after = await readInputGrid(written.run);
    expect([after.syncs, written.stats.syncs]).toEqual([1, 1]);
    expect(readModel(after.grid)).toEqual(readModel(grid));
  });

  it('reads a table added on an input sheet since the last read in two syncs, one deleted in three', async () => {
    const wb = sampleWorkbook();
    await readInputGrid(wb.run);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kostnader').tables.add('Q2:R4', true).name = 'Ny';
      await ctx.sync();
    });
    wb.resetStats();
    const added = await readInputGrid(wb.run);
    expect(added.syncs).toBe(2);
    expect(added.grid.sheets[0]!.tables.map((t) => t.name)).toContain('Ny');
    await wb.run(async (ctx) => (ctx.workbook.tables.getItem('Ny').delete(), ctx.sync()));
    const deleted = await readInputGrid(wb.run);
    expect(deleted.syncs).toBe(3); // asked for by name: ItemNotFound, rediscover, read
    expect(deleted.grid.sheets[0]!.tables.map((t) => t.name)).not.toContain('Ny');
  });

  it('property: gives readModel what the full read gives, wherever the table sits and whose headers it holds', async () => {
    const blocks: BlockKey[] = ['solutions', 'costLines', 'tiers', 'agreements'];
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          top: fc.integer({ min: 0, max: 60 }),
          rows: fc.integer({ min: 1, max: 6 }),
          gap: fc.integer({ min: 0, max: 3 }),
          headersOf: fc.constantFrom(...blocks),
          keepSchemaTables: fc.boolean(),
        }),
        async (own) => {
          const grid = await kostnaderWithOwnTable(own);
          const { grid: input, syncs } = await readInputGrid(createEmulatedWorkbook(grid.sheets).run);
          expect(syncs).toBe(own.keepSchemaTables ? 2 : 3);
          const full = (await readWorkbook(createEmulatedWorkbook(grid.sheets).run)).grid;
          expect(readModel(input)).toEqual(readModel(full));
        },
      ),
      { numRuns: 25, seed: 8 },
    );
  });
});
