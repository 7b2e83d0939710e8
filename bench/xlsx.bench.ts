/**
 * The .xlsx adapter (ExcelJS): read and write times for the Stockholm sample
 * and a 100× larger input, as the command line experiences them.
 *
 * 100×: every planned sheet's rows repeated 100 times (the same scaling as
 * bench/excel.bench.ts, so the two adapters can be compared); tables and
 * charts keep their planned ranges. Reading is measured on the input sheets
 * (what `scenarios` reads), writing on the generated sheets plus the input
 * sheets (what `demo` and `scenarios` write). Times are medians of a few
 * runs after one warm-up, in ms.
 */
import { runEngine } from '../src/engine';
import { stockholmSample } from '../src/sample/stockholm';
import { inputSheetsPlan } from '../src/workbook/inputs';
import type { PlannedSheet, WritePlan } from '../src/workbook/plan';
import { buildWritePlan } from '../src/workbook/write';
import { applyPlanToXlsx, readXlsxGrid } from '../src/xlsx';
import type { BenchRow } from './run';

const STAMP = { generatedAt: '2026-11-28T10:00:00.000Z', version: 'bench', inputFingerprint: '', language: 'sv' as const };

function repeated(sheets: PlannedSheet[], factor: number): PlannedSheet[] {
  return sheets.map((s) => ({ ...s, rows: Array.from({ length: factor }, () => s.rows).flat() }));
}

function plans(factor: number): { inputs: WritePlan; full: WritePlan } {
  const model = stockholmSample();
  const inputs = inputSheetsPlan(model, { language: 'sv', illustrative: true });
  const generated = buildWritePlan(model, runEngine(model), {
    language: 'sv',
    generatedAt: STAMP.generatedAt,
    version: STAMP.version,
    existingSheets: inputs.map((s) => ({ name: s.name })),
    illustrative: true,
  });
  return {
    inputs: { sheets: repeated(inputs, factor), stamp: STAMP },
    full: { ...generated, sheets: repeated([...inputs, ...generated.sheets], factor) },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed(runs: number, f: () => Promise<unknown>): Promise<number> {
  await f(); // warm-up: module loading and JIT
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return Math.round(median(ms));
}

async function rowsFor(label: string, factor: number, runs: number): Promise<BenchRow[]> {
  const { inputs, full } = plans(factor);
  const inputFile = await applyPlanToXlsx(null, inputs);
  const cells = full.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
  let written: Uint8Array = new Uint8Array();
  const writeMs = await timed(runs, async () => {
    written = await applyPlanToXlsx(null, full);
  });
  const readMs = await timed(runs, () => readXlsxGrid(inputFile));
  return [
    { name: `xlsx write, ${label} (inputs + all scenario sheets)`, value: writeMs, unit: 'ms', notes: `${cells} cells, ${runs} runs` },
    { name: `xlsx file size, ${label}`, value: Math.round(written.length / 1024), unit: 'KB' },
    { name: `xlsx read, ${label} (input sheets)`, value: readMs, unit: 'ms', notes: `${Math.round(inputFile.length / 1024)} KB file` },
  ];
}

export async function run(): Promise<BenchRow[]> {
  return [...(await rowsFor('sample', 1, 5)), ...(await rowsFor('100× input', 100, 2))];
}
