/**
 * explainSelection on the emulation holding the written Stockholm sample: the
 * cell is selected with selectCell, then read back as the active cell.
 */
import { describe, expect, it } from 'vitest';
import { createEmulatedWorkbook } from '../../src/hosts/emulation';
import { applyWritePlan, selectCell } from '../../src/hosts/officejs';
import { explainSelection } from '../../src/hosts/officejs/explain';
import type { ExcelRun } from '../../src/hosts/officejs/types';
import { sampleInputs, samplePlan } from './plans';

async function sampleWorkbook() {
  const book = createEmulatedWorkbook();
  await applyWritePlan(book.run, { sheets: sampleInputs(), stamp: samplePlan().stamp });
  const plan = samplePlan(book.sheetNames().map((name) => ({ name })));
  await applyWritePlan(book.run, plan);
  return { book, plan };
}

/** Select `sheet`!`address` as the analyst would, and hand back the run to explain with. */
async function selecting(
  book: Awaited<ReturnType<typeof sampleWorkbook>>['book'],
  sheet: string,
  address: string,
): Promise<ExcelRun> {
  await selectCell(book.run, sheet, address);
  return book.run;
}

describe('explainSelection', async () => {
  const { book, plan } = await sampleWorkbook();
  const scenario = plan.sheets.find((s) => s.kind === 'scenario')!.name;
  const summary = plan.sheets.find((s) => s.kind === 'summary')!.name;

  it('explains a cost entry with the numbers used, in two syncs', async () => {
    const run = await selecting(book, scenario, 'E76');
    book.resetStats();
    const e = await explainSelection(run, 'sv');
    expect(book.stats.syncs).toBe(2);
    expect(e?.text).toMatch(
      /^Skolplattform.*Schema · Licens.*, 2024: 45 kr × 140 500 \(antal elev\) × index 1,0400 × 5\/12 = 2 739 750 kr/,
    );
  });

  it('explains a summary figure as taken from the scenario sheet', async () => {
    const e = await explainSelection(await selecting(book, summary, 'C8'), 'en');
    // The scenario's horizon total: column N of its "Summa kostnader" row.
    const sumRow = plan.sheets
      .find((s) => s.name === scenario)!
      .rows.findIndex((r) => r[0]?.value === 'Summa kostnader');
    expect(sumRow).toBeGreaterThan(0);
    expect(e?.text).toContain(`taken from sheet “${scenario}” cell N${sumRow + 1}`);
    expect(e?.text).toContain('563,339,689');
  });

  it('gives undefined for a constant cell', async () => {
    expect(await explainSelection(await selecting(book, scenario, 'E30'), 'sv')).toBeUndefined();
  });

  it('gives undefined on a sheet the add-in did not generate', async () => {
    const input = book.sheetNames().find((n) => !plan.sheets.some((s) => s.name === n))!;
    expect(await explainSelection(await selecting(book, input, 'A1'), 'sv')).toBeUndefined();
  });
});
