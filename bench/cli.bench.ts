/**
 * Command-line start-up (issue 13): `npm run demo` as a whole process
 * against the same work in a warm process, in one run.
 *
 * - whole: `npm run demo` from the repository (npm, Node, scripts/cli.mjs's
 *   freshness check, loading build/cli/demo.mjs, the work, writing
 *   out/stockholm-scenarier.xlsx), wall-clock from spawn to exit;
 * - node only: `node build/cli/demo.mjs`, the bundle without npm and the check;
 * - tsx (before): `tsx src/faces/cli/demo.ts`, how the commands ran until issue 13;
 * - warm: the demo's work (buildSampleWorkbook with its simulation, then the
 *   atomic file write) in this process after one untimed run, so modules are
 *   loaded and compiled.
 *
 * Target: `npm run demo` within 1.1× of a warm start of the same prebuilt
 * code (node only: bundle built, files in the page cache) — the comparison
 * the 1.55–1.87× for tsx was made with. The in-process warm work is
 * shown beside it: what a process start costs at all (Node, npm, loading,
 * code not yet compiled). Medians of 5 (tsx: 3). The bundles are built first
 * if they are not up to date, so no run pays for a build.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/faces/cli/files';
import { DEMO_SIMULATION } from '../src/faces/cli/simulation';
import { buildSampleWorkbook } from '../src/faces/cli/workbooks';
import type { BenchRow } from './run';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall-clock ms of one child process, which must succeed. */
function spawnMs(command: string, args: string[]): number {
  const t0 = performance.now();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr || result.stdout}`);
  }
  return ms;
}

function spawnMedian(runs: number, command: string, args: string[]): { ms: number; all: number[] } {
  const all = Array.from({ length: runs }, () => spawnMs(command, args));
  return { ms: median(all), all };
}

async function warmWork(target: string): Promise<number> {
  const t0 = performance.now();
  const sample = await buildSampleWorkbook({
    language: 'sv',
    generatedAt: new Date().toISOString(),
    version: 'bench',
    simulation: DEMO_SIMULATION,
  });
  writeFileAtomic(target, sample.data, 'demo');
  return performance.now() - t0;
}

const list = (xs: number[]): string => xs.map((x) => Math.round(x)).join(', ');

export async function run(): Promise<BenchRow[]> {
  spawnMs(process.execPath, ['scripts/cli.mjs', '--build']);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const whole = spawnMedian(5, npm, ['run', 'demo']);
  const nodeOnly = spawnMedian(5, process.execPath, ['build/cli/demo.mjs']);
  const tsx = spawnMedian(3, process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/faces/cli/demo.ts']);

  const dir = mkdtempSync(join(tmpdir(), 'skolkostnad-cli-bench-'));
  let warm: number[];
  try {
    const target = join(dir, 'stockholm-scenarier.xlsx');
    await warmWork(target);
    warm = [];
    for (let i = 0; i < 5; i++) warm.push(await warmWork(target));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const warmMs = median(warm);
  return [
    { name: 'demo: npm run demo, whole process', value: whole.ms, unit: 'ms', notes: `runs ${list(whole.all)}` },
    {
      name: 'demo: node build/cli/demo.mjs',
      value: nodeOnly.ms,
      unit: 'ms',
      notes: `the bundle without npm and the freshness check; runs ${list(nodeOnly.all)}`,
    },
    { name: 'demo: tsx src/faces/cli/demo.ts (before)', value: tsx.ms, unit: 'ms', notes: `runs ${list(tsx.all)}` },
    { name: 'demo: the same work, warm process', value: warmMs, unit: 'ms', notes: `runs ${list(warm)}` },
    {
      name: 'demo: npm run demo / warm start of the prebuilt code (node only)',
      value: whole.ms / nodeOnly.ms,
      unit: 'ratio',
      notes: `target ≤ 1.1; before: tsx / node only ${(tsx.ms / nodeOnly.ms).toFixed(2)}`,
    },
    {
      name: 'demo: npm run demo / the same work in a warm process',
      value: whole.ms / warmMs,
      unit: 'ratio',
      notes: `node only / warm work ${(nodeOnly.ms / warmMs).toFixed(2)}; tsx / warm work ${(tsx.ms / warmMs).toFixed(2)}`,
    },
  ];
}
