/**
 * The whole job after the engine, a plan and its write, in one process:
 * `npx tsx bench/planAndWrite.ts xlsx|officejs <factor> <runs>` plans the
 * sample with `factor`× its payers (bench/scaledSample.ts) and writes it to
 * .xlsx (applyPlanToXlsx) or into the Excel emulation (applyWritePlan, on a
 * workbook holding the sample's input sheets), and prints each run's CPU
 * time for the plan, the write and both. Not a *.bench.ts: it is run by
 * hand, from two worktrees in turn, to compare the total of two versions
 * (docs/benchmarks.md, "lazy rows"), where a saving in the plan may only
 * have moved into the writer.
 */
import { runEngine } from '../src/engine';
import { createEmulatedWorkbook } from '../src/hosts/emulation';
import { applyWritePlan } from '../src/hosts/officejs';
import { applyPlanToXlsx } from '../src/hosts/xlsx';
import { stockholmSample } from '../src/sample/stockholm';
import { inputSheetsPlan } from '../src/workbook/inputs';
import { buildWritePlan } from '../src/workbook/write';
import { scaledSample } from './scaledSample';

const [target = 'xlsx', factorText = '16', runsText = '3'] = process.argv.slice(2);
const factor = Number(factorText);
const runs = Number(runsText);
const model = scaledSample(factor);
const output = runEngine(model);
const inputs = inputSheetsPlan(stockholmSample(), { language: 'sv', illustrative: true });
const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

const lines: string[] = [];
for (let i = 0; i < runs; i++) {
  const wb = createEmulatedWorkbook();
  wb.loadPlannedSheets(inputs);
  const c0 = cpuMs();
  const t0 = performance.now();
  const plan = buildWritePlan(model, output, {
    language: 'sv',
    generatedAt: '2026-12-07T05:00:00.000Z',
    version: 'bench',
    existingSheets: [],
    illustrative: true,
  });
  const c1 = cpuMs();
  const what =
    target === 'officejs'
      ? `${(await applyWritePlan(wb.run, plan)).syncs} syncs`
      : `${(await applyPlanToXlsx(null, plan)).length} bytes`;
  const c2 = cpuMs();
  const ms = performance.now() - t0;
  lines.push(
    `CPU plan ${(c1 - c0).toFixed(0)} + write ${(c2 - c1).toFixed(0)} = ${(c2 - c0).toFixed(0)} ms, wall ${ms.toFixed(0)} ms, ${what}`,
  );
}
console.log(`${target}, ${factor}× payers:\n  ${lines.join('\n  ')}`);
