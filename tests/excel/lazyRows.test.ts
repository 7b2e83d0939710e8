/**
 * The Office.js adapter writes a plan's lazy rows (the allocation block,
 * src/workbook/plan.ts) as it packs its cell blocks: each block is produced
 * once, during the write, and the plan is still lazy afterwards (nothing read
 * `rows`, which would produce and keep every row). What lands in the
 * workbook is what a plan holding every row writes, in as many syncs.
 */
import { describe, expect, it } from 'vitest';
import { applyWritePlan } from '../../src/hosts/officejs';
import { lazyRanges, type WritePlan } from '../../src/workbook/plan';
import { countProduced } from '../workbook/write/countProduced';
import { createEmulatedWorkbook } from '../../src/hosts/emulation';
import { sampleInputs, samplePlan } from './plans';

async function written(plan: WritePlan): Promise<{ cells: unknown; syncs: number }> {
  const wb = createEmulatedWorkbook();
  wb.loadPlannedSheets(sampleInputs());
  const report = await applyWritePlan(wb.run, plan);
  const snapshot = wb.snapshot() as { sheets: { name: string; cells: unknown }[] };
  return { cells: snapshot.sheets.map((s) => [s.name, s.cells]), syncs: report.syncs };
}

describe('applyWritePlan: lazy rows', () => {
  it('produces each allocation block once, while writing, and leaves the plan lazy', async () => {
    const produced = countProduced();
    try {
      const plan = samplePlan();
      const scenarios = plan.sheets.filter((s) => s.kind === 'scenario');
      expect(produced.count).toBe(0);
      const lazy = await written(plan);
      expect(produced.count).toBe(scenarios.length);
      expect(scenarios.every((s) => lazyRanges(s).length === 1)).toBe(true);
      // The same plan with every row held (a spread copy reads `rows`) writes the same cells in as many syncs.
      const held = await written({ ...plan, sheets: plan.sheets.map((s) => ({ ...s })) });
      expect(lazy.syncs).toBe(3);
      expect(held.syncs).toBe(lazy.syncs);
      expect(lazy.cells).toEqual(held.cells);
    } finally {
      produced.restore();
    }
  }, 60_000);
});
