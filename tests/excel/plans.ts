/**
 * Plans and workbooks for the adapter tests: the Stockholm sample through the
 * real engine and writer, a 100× larger plan, small hand-built plans, and an
 * emulated workbook holding the analyst's input sheets, an earlier generated
 * scenario set and a sheet of the user's own.
 */
import { runEngine } from '../../src/engine';
import { createEmulatedWorkbook, type EmulatedWorkbook } from '../../src/hosts/emulation';
import { stockholmSample } from '../../src/sample/stockholm';
import { formatMarker } from '../../src/workbook/fingerprint';
import { inputSheetsPlan } from '../../src/workbook/inputs';
import type { PlannedCell, PlannedSheet, WritePlan } from '../../src/workbook/plan';
import { buildWritePlan } from '../../src/workbook/write';

export const STAMP = {
  generatedAt: '2026-11-28T10:00:00.000Z',
  version: '0.1.0',
  inputFingerprint: 'fp-1',
  language: 'sv' as const,
};

export function sampleInputs(): PlannedSheet[] {
  return inputSheetsPlan(stockholmSample(), { language: 'sv', illustrative: true });
}

export function samplePlan(existingSheets: { name: string; marker?: string }[] = []): WritePlan {
  const model = stockholmSample();
  return buildWritePlan(model, runEngine(model), {
    language: 'sv',
    generatedAt: STAMP.generatedAt,
    version: STAMP.version,
    existingSheets,
    illustrative: true,
  });
}

/** The sample plan with every sheet's rows repeated `factor` times (tables and charts keep their ranges). */
export function scaledPlan(factor: number): WritePlan {
  const plan = samplePlan();
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({ ...s, rows: Array.from({ length: factor }, () => s.rows).flat() })),
  };
}

export function text(value: string): PlannedCell {
  return { value };
}

export function num(value: number, numberFormat = '#,##0'): PlannedCell {
  return { value, numberFormat };
}

/** A small scenario sheet: a header row, rows of label + numbers + a SUM formula. */
export function handSheet(name: string, key: string, rows = 5): PlannedSheet {
  const body: (PlannedCell | null)[][] = [
    [
      { value: 'Post', style: 'header' },
      { value: '2025', style: 'header' },
      { value: '2026', style: 'header' },
      { value: 'Summa', style: 'header' },
    ],
  ];
  for (let r = 0; r < rows; r++) {
    body.push([
      text(`Rad ${r + 1}`),
      num(1000 * (r + 1)),
      num(2000 * (r + 1)),
      { value: 3000 * (r + 1), formula: `=SUM(B${r + 2}:C${r + 2})`, numberFormat: '#,##0', style: 'total' },
    ]);
  }
  return {
    name,
    kind: 'scenario',
    key,
    rows: body,
    columnWidths: [24, 12, 12, 12],
    freeze: { rows: 1, columns: 1 },
    tables: [{ name: `tbl_${key.replace(/\W/g, '_')}`, range: `A1:D${rows + 1}` }],
    charts: [
      {
        kind: 'line',
        title: 'Kostnad per år',
        dataRange: `A1:C${rows + 1}`,
        seriesBy: 'rows',
        topLeft: 'F2',
        bottomRight: 'M18',
      },
    ],
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      area: `A2:D${rows + 1}`,
      titleRows: { first: 0, last: 0 },
      rowBreaks: [3],
      margins: { left: 0.3, right: 0.3, top: 0.55, bottom: 0.55, header: 0.2, footer: 0.2 },
      header: 'Skolkostnad',
    },
    tabColor: '#1F4E79',
  };
}

export function handPlan(sheets: PlannedSheet[], activate?: string): WritePlan {
  return { sheets, stamp: STAMP, ...(activate ? { activate } : {}) };
}

/** Markers as the writer makes them, for sheets loaded as "generated earlier". */
export function markerOf(key: string): string {
  return formatMarker({ key, fingerprint: 'fp-0', generatedAt: '2026-01-01T00:00:00.000Z', version: '0.0.9' });
}

/**
 * The analyst's workbook: the four input sheets, a sheet of their own named
 * like a generated one ("Jämförelse", no marker), and generated sheets from
 * an earlier run (with markers).
 */
export function analystWorkbook(previous?: WritePlan): EmulatedWorkbook {
  const wb = createEmulatedWorkbook();
  wb.loadPlannedSheets(sampleInputs());
  wb.loadGrid({ sheets: [{ name: 'Mina anteckningar', values: [['Att göra'], ['Fråga FLG']], tables: [] }] });
  if (previous) wb.loadPlannedSheets(previous.sheets, (s) => markerOf(s.key));
  return wb;
}
