/**
 * The sensitivity sheet goes through both adapters unchanged: the Office.js
 * adapter (on the in-memory Excel emulation) and the .xlsx adapter, charts
 * included. The sheet is plain plan data, so nothing adapter-specific is
 * needed; this proves it.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { applyWritePlan } from '../../../src/hosts/officejs';
import { createEmulatedWorkbook } from '../../../src/hosts/emulation';
import { simulate } from '../../../src/engine/simulation/simulate';
import type { WritePlan } from '../../../src/workbook/plan';
import { sensitivitySheetPlan } from '../../../src/workbook/sensitivity/sheet';
import { applyPlanToXlsxWithReport } from '../../../src/hosts/xlsx/apply';
import { stockholmSample } from '../../../src/sample/stockholm';

const model = stockholmSample();
const result = simulate(model, { iterations: 300, seed: 3 });
const sheet = sensitivitySheetPlan(model, result, {
  language: 'sv',
  marker: 'skolkostnad:sensitivity|0000000000000000|2026-11-28T19:00:00Z|0.1.0',
});
const plan: WritePlan = {
  sheets: [sheet],
  stamp: {
    generatedAt: '2026-11-28T19:00:00Z',
    version: '0.1.0',
    inputFingerprint: '0000000000000000',
    language: 'sv',
  },
};

describe('sensitivitySheetPlan through the adapters', () => {
  it('is written by the Office.js adapter with its seed and its charts', async () => {
    const wb = createEmulatedWorkbook();
    await applyWritePlan(wb.run, plan);
    expect(wb.sheetNames()).toContain('Känslighet');
    const seedRow = sheet.rows.findIndex((r) => r[0]?.value === 'Slumpfrö') + 1;
    expect(wb.cell('Känslighet', `B${seedRow}`)?.value).toBe(3);
    expect(wb.sheet('Känslighet')!.charts).toHaveLength(sheet.charts!.length);
  });

  it('is written by the .xlsx adapter with one native chart per planned chart', async () => {
    const report = await applyPlanToXlsxWithReport(null, plan);
    expect(report.charts).toBe(sheet.charts!.length);
    const zip = await JSZip.loadAsync(report.data);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(sheet.charts!.length);
  });
});
