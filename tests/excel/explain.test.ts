/**
 * explainSelection on the emulation holding the written Stockholm sample.
 * The emulation does not model Workbook.getActiveCell (ExcelApi 1.7), so the
 * test adds exactly that one method, answering with a range of the active
 * sheet; everything else is the emulation's own.
 */
import { describe, expect, it } from 'vitest';
import { createEmulatedWorkbook } from '../../src/excel-emulation';
import { applyWritePlan } from '../../src/excel';
import { explainSelection } from '../../src/excel/explain';
import type { ExcelRun } from '../../src/excel/types';
import { sampleInputs, samplePlan } from './plans';

async function sampleWorkbook() {
  const book = createEmulatedWorkbook();
  await applyWritePlan(book.run, { sheets: sampleInputs(), stamp: samplePlan().stamp });
  const plan = samplePlan(book.sheetNames().map((name) => ({ name })));
  await applyWritePlan(book.run, plan);
  return { book, plan };
}

/** The emulation's run with the active cell at `sheet`!`address` (the emulated workbook wrapped, not changed). */
function selecting(book: Awaited<ReturnType<typeof sampleWorkbook>>['book'], sheet: string, address: string): ExcelRun {
  const run = ((batch: (ctx: Excel.RequestContext) => Promise<unknown>) =>
    book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).activate();
      const getActiveCell = () => ctx.workbook.worksheets.getItem(sheet).getRange(address);
      const workbook = new Proxy(ctx.workbook, {
        get: (target, prop) => {
          if (prop === 'getActiveCell') return getActiveCell;
          const v: unknown = Reflect.get(target, prop, target);
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
      const wrapped = new Proxy(ctx, {
        get: (target, prop) => {
          if (prop === 'workbook') return workbook;
          const v: unknown = Reflect.get(target, prop, target);
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
      return batch(wrapped);
    })) as ExcelRun;
  return run;
}

describe('explainSelection', async () => {
  const { book, plan } = await sampleWorkbook();
  const scenario = plan.sheets.find((s) => s.kind === 'scenario')!.name;
  const summary = plan.sheets.find((s) => s.kind === 'summary')!.name;

  it('explains a cost entry with the numbers used, in two syncs', async () => {
    book.resetStats();
    const e = await explainSelection(selecting(book, scenario, 'E76'), 'sv');
    expect(book.stats.syncs).toBe(2);
    expect(e?.text).toMatch(
      /^Skolplattform.*Schema · Licens.*, 2024: 45 kr × 140 500 \(antal elev\) × index 1,0400 × 5\/12 = 2 739 750 kr/,
    );
  });

  it('explains a summary figure as taken from the scenario sheet', async () => {
    const e = await explainSelection(selecting(book, summary, 'C8'), 'en');
    expect(e?.text).toContain(`taken from sheet “${scenario}” cell N107`);
    expect(e?.text).toContain('563,339,689');
  });

  it('gives undefined for a constant cell', async () => {
    expect(await explainSelection(selecting(book, scenario, 'E30'), 'sv')).toBeUndefined();
  });

  it('gives undefined on a sheet the add-in did not generate', async () => {
    const input = book.sheetNames().find((n) => !plan.sheets.some((s) => s.name === n))!;
    expect(await explainSelection(selecting(book, input, 'A1'), 'sv')).toBeUndefined();
  });
});
