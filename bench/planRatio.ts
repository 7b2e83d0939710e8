/**
 * Plan / engine CPU ratio measured alternately: `npx tsx bench/planRatio.ts
 * <factor> <runs>` runs the engine and then builds the plan, `runs` times
 * in turn, for the sample with `factor`× its payers, and prints the
 * smallest and the median CPU time of each. On a shared machine the two
 * medians of bench/plan.bench.ts are taken minutes apart and the engine's
 * moved between 20 and 40 ms from run to run; taken in turn, both see the
 * same load. Run by hand (not a *.bench.ts), from two worktrees in turn to
 * compare versions (docs/benchmarks.md, "lazy rows").
 */
import { runEngine } from '../src/engine';
import { buildWritePlan } from '../src/workbook/write';
import { scaledSample } from './scaledSample';

const [factorText = '16', runsText = '15'] = process.argv.slice(2);
const model = scaledSample(Number(factorText));
const output = runEngine(model);
const runs = Number(runsText);

function cpuMs(f: () => unknown): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const engine: number[] = [];
const plan: number[] = [];
for (let i = 0; i < runs; i++) {
  engine.push(cpuMs(() => runEngine(model)));
  plan.push(
    cpuMs(() =>
      buildWritePlan(model, output, {
        language: 'sv',
        generatedAt: '2026-12-07T05:00:00.000Z',
        version: 'bench',
        existingSheets: [],
        illustrative: true,
      }),
    ),
  );
}
const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const [e, p] = [sorted(engine), sorted(plan)];
const mid = Math.floor(runs / 2);
console.log(
  `${factorText}× payers, ${runs} runs in turn, CPU ms: engine min ${e[0]!.toFixed(0)} median ${e[mid]!.toFixed(0)}; ` +
    `plan min ${p[0]!.toFixed(0)} median ${p[mid]!.toFixed(0)}; ` +
    `plan / engine ${(p[0]! / e[0]!).toFixed(1)} (min), ${(p[mid]! / e[mid]!).toFixed(1)} (median)`,
);
