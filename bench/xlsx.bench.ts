/**
 * The .xlsx adapter (package-level editing, src/hosts/xlsx/apply.ts): read and
 * write times for the Stockholm sample and for 10× and 100× larger inputs,
 * as the command line experiences them, and the 100× figures against the
 * targets of issue 13 (written in ≤ 15 s, ≤ 1 GB peak RSS).
 *
 * N×: every planned sheet's rows repeated N times (the same scaling as
 * bench/excel.bench.ts, so the two adapters can be compared); tables and
 * charts keep their planned ranges. Reading is measured on the input sheets
 * (what `scenarios` reads), writing on the generated sheets plus the input
 * sheets (what `demo` and `scenarios` write).
 *
 * Writes: the sample 5 times after a warm-up (median), 10× 3 times, 100×
 * once (it took 133–224 s and 4.8–5.1 GB RSS through ExcelJS's object model
 * before issue 13). The machine is shared and noisy, so the figures
 * to compare are the ratios within one run (ms per 1,000 cells at 1×, 10×,
 * 100×) and CPU time beside wall-clock time.
 */
import { runEngine } from '../src/engine';
import { stockholmSample } from '../src/sample/stockholm';
import { inputSheetsPlan } from '../src/workbook/inputs';
import type { PlannedSheet, WritePlan } from '../src/workbook/plan';
import { buildWritePlan } from '../src/workbook/write';
import { applyPlanToXlsx, readXlsxGrid } from '../src/hosts/xlsx';
import type { BenchRow } from './run';

const STAMP = {
  generatedAt: '2026-11-28T10:00:00.000Z',
  version: 'bench',
  inputFingerprint: '',
  language: 'sv' as const,
};

interface Scale {
  factor: number;
  writeRuns: number;
  readRuns: number;
}

const SCALES: Scale[] = [
  { factor: 1, writeRuns: 5, readRuns: 5 },
  { factor: 10, writeRuns: 3, readRuns: 3 },
  { factor: 100, writeRuns: 1, readRuns: 1 },
];

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

function cellCount(plan: WritePlan): number {
  return plan.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Timing {
  /** Median wall-clock ms. */
  ms: number;
  /** CPU ms (all threads, garbage collector included) of the run with the median wall-clock time. */
  cpuMs: number;
}

/** Median of `runs` timed calls; one untimed warm-up first if asked (module loading, JIT). */
async function timed(runs: number, warmUp: boolean, f: () => Promise<unknown>): Promise<Timing> {
  if (warmUp) await f();
  const samples: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await f();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    samples.push({ ms, cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  return samples.find((s) => s.ms === median(samples.map((x) => x.ms)))!;
}

/**
 * The largest heap seen while `f` runs, sampled between its asynchronous
 * steps (a synchronous stretch, e.g. filling ExcelJS's cell model, is not
 * sampled inside; the process's max RSS is the exact upper bound).
 */
async function withHeapPeak<T>(f: () => Promise<T>): Promise<{ result: T; peakHeap: number }> {
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 25);
  try {
    const result = await f();
    sample();
    return { result, peakHeap };
  } finally {
    clearInterval(timer);
  }
}

interface Measured {
  scale: Scale;
  cells: number;
  inputCells: number;
  write: Timing;
  read: Timing;
  fileKb: number;
  inputFileKb: number;
  peakHeapMb: number;
  /** The process's max RSS after the writes (the largest scale so far dominates). */
  maxRssMb: number;
}

const mb = (bytes: number): number => Math.round(bytes / 1_048_576);

async function measure(scale: Scale): Promise<Measured> {
  const { inputs, full } = plans(scale.factor);
  const inputFile = await applyPlanToXlsx(null, inputs);
  const warmUp = scale.factor === 1;
  let written: Uint8Array = new Uint8Array();
  const { result: write, peakHeap } = await withHeapPeak(() =>
    timed(scale.writeRuns, warmUp, async () => {
      written = await applyPlanToXlsx(null, full);
    }),
  );
  const maxRssMb = mb(process.resourceUsage().maxRSS * 1024);
  const fileKb = Math.round(written.length / 1024);
  written = new Uint8Array(); // let the 100× file go before reading
  const read = await timed(scale.readRuns, warmUp, () => readXlsxGrid(inputFile));
  return {
    scale,
    cells: cellCount(full),
    inputCells: cellCount(inputs),
    write,
    read,
    fileKb,
    inputFileKb: Math.round(inputFile.length / 1024),
    peakHeapMb: mb(peakHeap),
    maxRssMb,
  };
}

const perThousand = (ms: number, cells: number): number => Math.round((ms / (cells / 1000)) * 100) / 100;
const runsNote = (runs: number): string => (runs === 1 ? 'one run' : `median of ${runs}`);

function rowsOf(m: Measured): BenchRow[] {
  const label = m.scale.factor === 1 ? 'sample' : `${m.scale.factor}×`;
  const rows: BenchRow[] = [
    {
      name: `write ${label}: inputs + all scenario sheets`,
      value: Math.round(m.write.ms),
      unit: 'ms',
      notes: `${m.cells} cells, ${runsNote(m.scale.writeRuns)}, CPU ${Math.round(m.write.cpuMs)} ms`,
    },
    { name: `write ${label}: per 1,000 cells`, value: perThousand(m.write.ms, m.cells), unit: 'ms' },
    { name: `write ${label}: file size`, value: m.fileKb, unit: 'KB' },
    {
      name: `write ${label}: largest heap seen`,
      value: m.peakHeapMb,
      unit: 'MB',
      notes: `process max RSS so far ${m.maxRssMb} MB`,
    },
    {
      name: `read ${label}: input sheets`,
      value: Math.round(m.read.ms),
      unit: 'ms',
      notes: `${m.inputCells} cells, ${m.inputFileKb} KB file, ${runsNote(m.scale.readRuns)}, CPU ${Math.round(m.read.cpuMs)} ms`,
    },
    { name: `read ${label}: per 1,000 cells`, value: perThousand(m.read.ms, m.inputCells), unit: 'ms' },
  ];
  return rows;
}

function growthRows(all: Measured[]): BenchRow[] {
  const base = all[0]!;
  return all.slice(1).flatMap((m) => [
    {
      name: `growth ${m.scale.factor}× / 1×: write time per cell`,
      value: perThousand(m.write.ms, m.cells) / perThousand(base.write.ms, base.cells),
      unit: 'ratio',
      notes: '1 = linear',
    },
    {
      name: `growth ${m.scale.factor}× / 1×: write CPU time per cell`,
      value: perThousand(m.write.cpuMs, m.cells) / perThousand(base.write.cpuMs, base.cells),
      unit: 'ratio',
      notes: 'less disturbed by other processes than wall-clock time',
    },
    {
      name: `growth ${m.scale.factor}× / 1×: read time per cell`,
      value: perThousand(m.read.ms, m.inputCells) / perThousand(base.read.ms, base.inputCells),
      unit: 'ratio',
      notes: '1 = linear',
    },
  ]);
}

/** Issue 13's budget for the 100× write. */
const TARGET_MS = 15_000;
const TARGET_RSS_MB = 1024;

function targetRows(all: Measured[]): BenchRow[] {
  const big = all.find((m) => m.scale.factor === 100);
  if (!big) return [];
  return [
    {
      name: 'target 100×: write time / 15 s',
      value: big.write.ms / TARGET_MS,
      unit: 'ratio',
      notes: '≤ 1 meets the target',
    },
    {
      name: 'target 100×: process max RSS / 1 GB',
      value: big.maxRssMb / TARGET_RSS_MB,
      unit: 'ratio',
      notes: '≤ 1 meets the target (the whole benchmark process, plans and input files included)',
    },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const all: Measured[] = [];
  for (const scale of SCALES) all.push(await measure(scale));
  return [...all.flatMap(rowsOf), ...growthRows(all), ...targetRows(all)];
}
