/**
 * Runs every bench/*.bench.ts and prints one table. Each bench module exports
 * `run()`, giving its rows or a promise of them. `npm run bench` runs them all;
 * `npm run bench -- engine` runs only the files whose name contains "engine".
 * Figures go into docs/benchmarks.md by hand, with the machine they came from.
 */

import { readdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One measured figure: median time in ms, a size in KB, a ratio … */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  notes?: string;
}

interface BenchModule {
  run: () => BenchRow[] | Promise<BenchRow[]>;
}

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const filters = process.argv.slice(2);
  const files = (await readdir(here))
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  console.log(
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  let failed = false;
  for (const file of files) {
    const module = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
    try {
      const rows = await module.run();
      printTable(file, rows);
    } catch (error) {
      // A failed benchmark must be seen, and must fail the command.
      failed = true;
      console.error(`${file}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  if (failed) process.exitCode = 1;
}

function printTable(file: string, rows: BenchRow[]): void {
  const cells = rows.map((r) => [r.name, formatValue(r.value), r.unit, r.notes ?? '']);
  const header = ['benchmark', 'value', 'unit', 'notes'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    '| ' + c.map((x, i) => (i === 1 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join(' | ') + ' |';
  console.log(`\n${file}`);
  console.log(line(header));
  console.log('|' + widths.map((w, i) => (i === 1 ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|');
  for (const c of cells) console.log(line(c));
}

function formatValue(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

await main();
