/**
 * `npm run demo`: the Stockholm sample with every scenario and the
 * sensitivity sheet (10,000 PERT iterations, seed 2024: DEMO_SIMULATION),
 * written to out/stockholm-scenarier.xlsx, and short tables in the terminal.
 * The figures are illustrative and the output says so.
 */

import path from 'node:path';
import { CliFileError, writeFileAtomic } from './files';
import { runEntry } from './lastResort';
import { DEMO_SIMULATION } from './simulation';
import { simulationText } from './simulationTable';
import { terminalSummary } from './terminalTable';
import { packageVersion } from './version';
import { buildSampleWorkbook } from './workbooks';

export const DEMO_OUTPUT = path.join('out', 'stockholm-scenarier.xlsx');

async function main(): Promise<number> {
  const started = performance.now();
  const sample = await buildSampleWorkbook({
    language: 'sv',
    generatedAt: new Date().toISOString(),
    version: packageVersion(),
    simulation: DEMO_SIMULATION,
  });
  try {
    writeFileAtomic(DEMO_OUTPUT, sample.data, 'demo');
  } catch (e) {
    if (!(e instanceof CliFileError)) throw e;
    process.stderr.write(`${e.bilingual.sv}\n`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  process.stdout.write(
    `Stockholms stad – kostnadsscenarier för nya skolsystem\n\n` +
      `${terminalSummary(sample.summary)}\n\n` +
      (sample.summary.simulation ? `${simulationText(sample.summary.simulation, 'sv')}\n\n` : '') +
      `Skrev ${DEMO_OUTPUT} (${sample.plan.sheets.length} blad, ${seconds} s). Öppna den i Excel eller LibreOffice.\n`,
  );
  return 0;
}

runEntry(main);
