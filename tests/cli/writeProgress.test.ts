/** The .xlsx adapter's progress callback, as the command line relies on it: per sheet, then around packaging. */

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { applyPlanToXlsx, applyPlanToXlsxWithReport } from '../../src/hosts/xlsx';
import type { XlsxWriteProgress } from '../../src/hosts/xlsx/apply';
import { inputSheet, plan, scenarioSheet, summarySheet } from '../xlsx/planFixtures';

describe('applyPlanToXlsxWithReport onProgress', () => {
  it('reports each sheet after it is written, in plan order, then the package step before and after', async () => {
    const seen: XlsxWriteProgress[] = [];
    const sheets = [inputSheet(), scenarioSheet(), summarySheet()];
    await applyPlanToXlsxWithReport(null, plan(sheets), { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      ...sheets.map((s, i) => ({ step: 'sheet', done: i + 1, total: 3, sheet: s.name })),
      { step: 'package', done: 0, total: 1 },
      { step: 'package', done: 1, total: 1 },
    ]);
  });

  it('writes the same workbook with or without a callback', async () => {
    const p = plan([scenarioSheet(), summarySheet()]);
    const without = await applyPlanToXlsxWithReport(null, p);
    const withIt = await applyPlanToXlsxWithReport(null, p, { onProgress: () => undefined });
    const sheetXml = async (data: Uint8Array) =>
      (await JSZip.loadAsync(data)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(withIt.charts).toBe(without.charts);
    expect(await sheetXml(withIt.data)).toBe(await sheetXml(without.data));
  });
});

describe('applyPlanToXlsx onProgress', () => {
  it('passes the callback through', async () => {
    const steps: string[] = [];
    await applyPlanToXlsx(null, plan([scenarioSheet()]), { onProgress: (p) => steps.push(p.step) });
    expect(steps).toEqual(['sheet', 'package', 'package']);
  });
});
