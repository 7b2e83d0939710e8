/**
 * Sheet-plan benchmark (issue 13): building the write plan (buildWritePlan:
 * summary, comparison and one scenario sheet per alternative, live formulas
 * with cached values) against computing the scenarios it shows (runEngine),
 * in the same run, for the Stockholm sample and the sample with 16× and 64×
 * its payers (bench/scaledSample.ts: each cost entry reaches N× the payers,
 * so the allocation block of every scenario sheet has N× the rows).
 *
 * Target: the plan at 16× within 5× the engine's time. The two are timed
 * in turn (engine, plan, engine, plan, … after a warm-up of each), so both
 * see the same load on a shared machine; medians, with the smallest times
 * beside them. The plan includes the input fingerprint, as the CLI's call
 * computes it. At 64× the plan is built once, to show the scenario
 * sheets keep live allocation formulas and how many helper cells they have
 * against the limit (ALLOCATION_HELPER_LIMIT).
 *
 * The whole job, plan and .xlsx write (applyPlanToXlsx, what `demo` does
 * after the engine), at 16× (median of 3) and 100× (once; the allocation is
 * values there, past the limit): rows the plan leaves to the writer to
 * produce are paid for there, so this is the figure that shows whether the
 * plan got cheaper or only moved its work into the writer.
 */

import { runEngine } from '../src/engine';
import { applyPlanToXlsx } from '../src/hosts/xlsx';
import type { CostModel, EngineOutput } from '../src/engine/model';
import type { WritePlan } from '../src/workbook/plan';
import { buildWritePlan } from '../src/workbook/write';
import { ALLOCATION_HELPER_LIMIT } from '../src/workbook/write/allocationBlock';
import type { BenchRow } from './run';
import { scaledSample } from './scaledSample';

interface Timing {
  ms: number;
  cpuMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function once(f: () => unknown): Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** `runs` calls of `a` and of `b` in turn after one untimed warm-up of each: the median run of each, and the fastest. */
function inTurn(
  runs: number,
  a: () => unknown,
  b: () => unknown,
): [Timing & { minMs: number }, Timing & { minMs: number }] {
  a();
  b();
  const as: Timing[] = [];
  const bs: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(once(a));
    bs.push(once(b));
  }
  const summary = (xs: Timing[]): Timing & { minMs: number } => ({
    ...xs.find((s) => s.ms === median(xs.map((x) => x.ms)))!,
    minMs: Math.min(...xs.map((x) => x.ms)),
  });
  return [summary(as), summary(bs)];
}

/** As `timed`, for an asynchronous job (the .xlsx write); `warmUp` false times the first call too. */
async function timedAsync(runs: number, warmUp: boolean, f: () => Promise<unknown>): Promise<Timing> {
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

/** Plan and .xlsx write of the sample with `factor`× its payers, as one job (the engine's output given). */
async function planAndWrite(factor: number, runs: number): Promise<BenchRow> {
  const model = scaledSample(factor);
  const output = runEngine(model);
  let bytes = 0;
  const job = await timedAsync(runs, runs > 1, async () => {
    bytes = (await applyPlanToXlsx(null, plan(model, output))).length;
  });
  return {
    name: `${factor}× payers: plan + .xlsx write`,
    value: job.ms,
    unit: 'ms',
    notes: `${runs === 1 ? 'one run' : `median of ${runs}`}, CPU ${job.cpuMs.toFixed(0)} ms; file ${fmt(Math.round(bytes / 1024))} KB`,
  };
}

function plan(model: CostModel, output: EngineOutput): WritePlan {
  return buildWritePlan(model, output, {
    language: 'sv',
    generatedAt: '2026-12-07T05:00:00.000Z',
    version: 'bench',
    existingSheets: [],
    illustrative: true,
  });
}

function cellCount(p: WritePlan): number {
  return p.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
}

/** Cells from the helper area's title row down, per scenario sheet, and whether its allocation is formulas. */
function helperAreas(p: WritePlan): { cells: number; live: boolean }[] {
  return p.sheets
    .filter((s) => s.kind === 'scenario')
    .map((s) => {
      const start = s.rows.findIndex(
        (r) => r[0]?.style === 'title' && String(r[0].value).startsWith('Beräkningsunderlag'),
      );
      let cells = 0;
      let live = false;
      for (const row of s.rows.slice(start < 0 ? s.rows.length : start)) {
        for (const c of row) {
          if (!c) continue;
          cells += 1;
          if (!live && c.formula?.startsWith('=IF(E') && c.formula.includes('COUNTIFS')) live = true;
        }
      }
      return { cells, live };
    });
}

const fmt = (n: number): string => n.toLocaleString('en').replace(/,/g, ' ');

export async function run(): Promise<BenchRow[]> {
  await Promise.resolve();
  const rows: BenchRow[] = [];
  for (const { factor, runs } of [
    { factor: 1, runs: 15 },
    { factor: 16, runs: 15 },
  ]) {
    const model = scaledSample(factor);
    const output = runEngine(model);
    const [engine, built] = inTurn(
      runs,
      () => runEngine(model),
      () => plan(model, output),
    );
    const p = plan(model, output);
    const areas = helperAreas(p);
    const label = factor === 1 ? 'sample' : `${factor}× payers`;
    rows.push(
      {
        name: `${label}: engine (runEngine)`,
        value: engine.ms,
        unit: 'ms',
        notes: `${model.payers.length} payers, median of ${runs} (fastest ${engine.minMs.toFixed(1)} ms), CPU ${engine.cpuMs.toFixed(1)} ms`,
      },
      {
        name: `${label}: sheet plan (buildWritePlan)`,
        value: built.ms,
        unit: 'ms',
        notes: `${fmt(cellCount(p))} cells, median of ${runs} in turn with the engine (fastest ${built.minMs.toFixed(0)} ms), CPU ${built.cpuMs.toFixed(0)} ms; allocation formulas on ${areas.filter((a) => a.live).length} of ${areas.length} scenario sheets`,
      },
      {
        name: `${label}: plan / engine`,
        value: built.ms / engine.ms,
        unit: 'ratio',
        notes: `CPU-time ratio ${(built.cpuMs / engine.cpuMs).toFixed(1)}, fastest / fastest ${(built.minMs / engine.minMs).toFixed(1)}${factor === 16 ? '; target ≤ 5' : ''}`,
      },
    );
  }

  const model = scaledSample(64);
  const output = runEngine(model);
  const t0 = performance.now();
  const big = plan(model, output);
  const ms = performance.now() - t0;
  const areas = helperAreas(big);
  rows.push({
    name: '64× payers: sheet plan, once',
    value: ms,
    unit: 'ms',
    notes: `${fmt(cellCount(big))} cells; helper cells per scenario sheet ${areas.map((a) => fmt(a.cells)).join(', ')} (limit ${fmt(ALLOCATION_HELPER_LIMIT)})`,
  });
  rows.push({
    name: '64× payers: scenario sheets with live allocation formulas',
    value: areas.filter((a) => a.live).length,
    unit: `of ${areas.length}`,
    notes: 'target: all',
  });
  rows.push(await planAndWrite(16, 3), await planAndWrite(100, 1));
  return rows;
}
