/**
 * Package-level editing: every zip entry of the user's workbook that is not
 * ours comes out byte for byte as it went in, and the workbook's own
 * structure (macros, custom XML, charts, names) survives a write and a
 * regeneration.
 */

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyPlanToXlsxWithReport, readXlsxGrid } from '../../src/hosts/xlsx';
import { plan, scenarioSheet, summarySheet } from './planFixtures';
import { openpyxlLike, richUserWorkbook } from './userPackages';

/** The parts a write may change: the workbook's own structure, never a user's content part. */
const STRUCTURE = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);

function changedEntries(input: Uint8Array, output: Uint8Array): string[] {
  const a = unzipSync(input);
  const b = unzipSync(output);
  return Object.keys(a).filter((name) => {
    const after = b[name];
    return after === undefined || Buffer.compare(Buffer.from(a[name]!), Buffer.from(after)) !== 0;
  });
}

describe('applyPlanToXlsxWithReport on a workbook full of user parts', () => {
  it('keeps every entry that is not ours byte-identical: chart, pivot, comments, VBA, custom XML, properties', async () => {
    const input = await richUserWorkbook();
    const first = await applyPlanToXlsxWithReport(input, plan([scenarioSheet(), summarySheet()]));
    expect(changedEntries(input, first.data).filter((p) => !STRUCTURE.has(p))).toEqual([]);
    const names = Object.keys(unzipSync(first.data));
    for (const part of [
      'xl/vbaProject.bin',
      'xl/charts/chart1.xml',
      'xl/pivotTables/pivotTable1.xml',
      'customXml/item1.xml',
      'docProps/custom.xml',
      'xl/worksheets/notes.xml',
      'xl/comments1.xml',
    ]) {
      expect(names).toContain(part);
    }
  });

  it('regenerating replaces only our parts; the user’s stay identical and the .xlsm stays macro-enabled', async () => {
    const input = await richUserWorkbook();
    const first = await applyPlanToXlsxWithReport(input, plan([scenarioSheet(), summarySheet()]));
    const second = await applyPlanToXlsxWithReport(first.data, plan([scenarioSheet(), summarySheet()]));
    expect(second.replaced.sort()).toEqual(['Sammanfattning FLG', 'Scenario 1']);
    expect(changedEntries(input, second.data).filter((p) => !STRUCTURE.has(p))).toEqual([]);
    const types = new TextDecoder().decode(unzipSync(second.data)['[Content_Types].xml']);
    expect(types).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    // Same part names for the replaced sheets: references into them keep working.
    const parts = (data: Uint8Array) => Object.keys(unzipSync(data)).filter((p) => p.startsWith('xl/worksheets/'));
    expect(parts(second.data).sort()).toEqual(parts(first.data).sort());
    const grid = await readXlsxGrid(second.data);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Budget', 'Anteckningar', 'Scenario 1', 'Sammanfattning FLG']);
    expect(grid.sheets[1]!.values[0]![0]).toBe('viktigt');
  });

  it('keeps the user’s style indices: their cells look as before, ours are appended', async () => {
    const input = await richUserWorkbook();
    const before = new TextDecoder().decode(unzipSync(input)['xl/styles.xml']);
    const out = await applyPlanToXlsxWithReport(input, plan([scenarioSheet()]));
    const after = new TextDecoder().decode(unzipSync(out.data)['xl/styles.xml']);
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1]!;
    expect(xfs(after).startsWith(xfs(before))).toBe(true);
  });
});

describe('reading and writing what other producers write', () => {
  it('accepts absolute relationship targets and a table without a style (openpyxl), and writes into it', async () => {
    const ours = await applyPlanToXlsxWithReport(null, plan([scenarioSheet()]));
    const input = await openpyxlLike(ours.data);
    const grid = await readXlsxGrid(input);
    expect(grid.sheets[0]!.tables.map((t) => t.name)).toEqual(['tblScenario1']);
    const again = await applyPlanToXlsxWithReport(input, plan([scenarioSheet(), summarySheet()]));
    expect(again.replaced).toEqual(['Scenario 1']);
    const names = Object.keys(unzipSync(again.data));
    // The old table went with the sheet it belonged to; the new one took its place.
    expect(names.filter((p) => /^xl\/tables\/.+\.xml$/.test(p))).toEqual(['xl/tables/table1.xml']);
    expect((await readXlsxGrid(again.data)).sheets.map((s) => s.name)).toEqual(['Scenario 1', 'Sammanfattning FLG']);
  });
});
