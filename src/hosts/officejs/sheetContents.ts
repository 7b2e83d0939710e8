/**
 * The constant cells of sheets of ours, read through Office.js to hold
 * against their markers' digests (src/workbook/contentDigest.ts): before a sheet is rewritten, to tell
 * whether someone typed into it since it was written. One sync finds each
 * sheet's used range; the cells are then read in row blocks of at most
 * CELLS_PER_SYNC cells, so no response nears Excel on the web's 5 MB limit:
 * formulas and values, two entries a cell, and our longest formulas (the
 * allocation's SUMIFS) run to some 150 characters — 20 000 cells stay under
 * about 3.5 MB. The sample's six generated sheets (some 95 000 cells in
 * their used ranges, helper cells included) take six syncs; only a write
 * that replaces sheets reads them.
 */
import { readConstants, type ConstantCell, type ReadConstants } from '../../workbook/contentDigest';
import { cellAddress } from '../../workbook/a1';
import { adapterError } from './errors';
import type { ExcelRun } from './types';

const CELLS_PER_SYNC = 20_000;

export async function sheetConstants(run: ExcelRun, sheets: string[]): Promise<Map<string, ReadConstants>> {
  if (sheets.length === 0) return new Map();
  try {
    return await run(async (ctx) => {
      const used = sheets.map((name) => ({
        name,
        range: ctx.workbook.worksheets
          .getItem(name)
          .getUsedRangeOrNullObject()
          .load('rowIndex,columnIndex,rowCount,columnCount'),
      }));
      await ctx.sync();
      const cells = new Map<string, ConstantCell[]>(sheets.map((n) => [n, []]));
      type Block = { name: string; top: number; left: number; range: Excel.Range };
      let pending: Block[] = [];
      let queued = 0;
      const flush = async (): Promise<void> => {
        if (pending.length === 0) return;
        await ctx.sync();
        for (const b of pending) collect(cells.get(b.name)!, b);
        pending = [];
        queued = 0;
      };
      // Blocks fill each sync: a sheet's rows are cut where the sync's room ends and go on in the next.
      for (const { name, range } of used) {
        if (range.isNullObject) continue;
        const width = range.columnCount;
        for (let r = 0; r < range.rowCount;) {
          if (CELLS_PER_SYNC - queued < width) await flush();
          const rows = Math.min(Math.max(1, Math.floor((CELLS_PER_SYNC - queued) / width)), range.rowCount - r);
          const top = range.rowIndex + r;
          const left = range.columnIndex;
          const address = `${cellAddress(top, left)}:${cellAddress(top + rows - 1, left + width - 1)}`;
          const block = ctx.workbook.worksheets.getItem(name).getRange(address).load('formulas,values');
          pending.push({ name, top, left, range: block });
          queued += rows * width;
          r += rows;
        }
      }
      await flush();
      return new Map(sheets.map((n) => [n, readConstants(cells.get(n)!)]));
    });
  } catch (error) {
    throw adapterError(
      { sv: 'Kunde inte läsa de genererade bladen', en: 'Could not read the generated sheets' },
      error,
    );
  }
}

/** A cell is a constant unless it holds a formula (a text typed as "=…" reads the same as value and formula). */
function collect(out: ConstantCell[], block: { top: number; left: number; range: Excel.Range }): void {
  const formulas = block.range.formulas as unknown[][];
  const values = block.range.values as unknown[][];
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      const v = values[r]![c];
      if (typeof f === 'string' && f.startsWith('=') && f !== v) return;
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
        out.push({ row: block.top + r, col: block.left + c, value: v });
    }),
  );
}
