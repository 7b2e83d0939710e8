import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkbook, buildTemplateWorkbook } from '../../src/faces/cli/workbooks';
import { DEMO_SIMULATION } from '../../src/faces/cli/simulation';
import { readModel } from '../../src/workbook/read';
import { readXlsxGrid } from '../../src/hosts/xlsx';

describe('buildTemplateWorkbook', () => {
  it('is an input workbook the reader accepts, with drop-down lists', async () => {
    const data = await buildTemplateWorkbook('sv');
    const grid = await readXlsxGrid(data);
    expect(grid.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Kostnader', 'Kontrakt', 'Resurser', 'Parametrar']),
    );
    const read = readModel(grid);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.model?.alternatives.length).toBeGreaterThanOrEqual(1);
    const zip = await JSZip.loadAsync(data);
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
        .map((p) => zip.file(p)!.async('string')),
    );
    const lists = sheets.join('').match(/<dataValidation type="list"/g) ?? [];
    expect(lists.length).toBeGreaterThanOrEqual(3);
    expect(sheets.join('')).toContain('ja,nej');
  });
});

describe('buildSampleWorkbook', () => {
  it('holds the input sheets and every generated sheet, marked illustrative, and reads back to the same model', async () => {
    const sample = await buildSampleWorkbook({ language: 'sv', generatedAt: '2026-11-28T12:00:00.000Z', version: 't' });
    const grid = await readXlsxGrid(sample.data);
    expect(grid.sheets.map((s) => s.name)).toEqual(sample.plan.sheets.map((s) => s.name));
    expect(grid.sheets.filter((s) => s.marker).length).toBe(
      sample.plan.sheets.filter((s) => s.kind !== 'input').length,
    );
    const text = JSON.stringify(grid.sheets.find((s) => s.name === 'Beslutsunderlag')?.values);
    expect(text).toContain('Illustrativa siffror');
    const read = readModel(grid);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.model?.alternatives.map((a) => a.name)).toEqual(sample.model.alternatives.map((a) => a.name));
  });

  it('with the demo simulation (10,000 PERT iterations, seed 2024) also holds the Känslighet sheet, and the summary its figures', async () => {
    const sample = await buildSampleWorkbook({
      language: 'sv',
      generatedAt: '2026-11-28T12:00:00.000Z',
      version: 't',
      simulation: DEMO_SIMULATION,
    });
    expect(DEMO_SIMULATION).toEqual({ iterations: 10_000, seed: 2024, distribution: 'pert' });
    const grid = await readXlsxGrid(sample.data);
    const names = grid.sheets.map((s) => s.name);
    expect(names.indexOf('Känslighet')).toBe(names.indexOf('Jämförelse') + 1);
    expect(sample.summary.simulation).toMatchObject({ seed: 2024, iterations: 10_000, distribution: 'pert' });
    expect(sample.simulation?.result.scenarios).toHaveLength(sample.model.alternatives.length);
  });
});
