/**
 * `npm run demo`: the Stockholm sample with every scenario and the
 * sensitivity sheet (10,000 PERT iterations, seed 2024: DEMO_SIMULATION),
 * written to out/stockholm-scenarier.xlsx, and short tables in the terminal.
 * The figures are illustrative and the output says so.
 */

import path from 'node:path';
import { CliFileError, writeFileAtomic } from './files';
import { argsOrExit, DEMO_USAGE, parseDemoArgs } from './args';
import { runEntry } from './lastResort';
import { DEMO_SIMULATION } from './simulation';
import { simulationText } from './simulationTable';
import { terminalSummary } from './terminalTable';
import { packageVersion } from './version';
import { buildSampleWorkbook } from './workbooks';

export const DEMO_OUTPUT = path.join('out', 'stockholm-scenarier.xlsx');
/** With --lang en: English sheets, an English file name (as `scenarios` names its output). */
export const DEMO_OUTPUT_EN = path.join('out', 'stockholm-scenarios.xlsx');

const TEXT = {
  sv: {
    title: 'Stockholms stad – kostnadsscenarier för nya skolsystem',
    wrote: (file: string, sheets: number, seconds: number) =>
      `Skrev ${file} (${sheets} blad, ${seconds.toFixed(1).replace('.', ',')} s). Öppna den i Excel eller LibreOffice.`,
  },
  en: {
    title: 'City of Stockholm – cost scenarios for new school systems',
    wrote: (file: string, sheets: number, seconds: number) =>
      `Wrote ${file} (${sheets} sheets, ${seconds.toFixed(1)} s). Open it in Excel or LibreOffice.`,
  },
};

async function main(argv: string[]): Promise<number> {
  const parsed = argsOrExit(parseDemoArgs(argv), DEMO_USAGE);
  if ('exit' in parsed) return parsed.exit;
  const { language } = parsed.args;
  const t = TEXT[language];
  const output = language === 'sv' ? DEMO_OUTPUT : DEMO_OUTPUT_EN;
  const started = performance.now();
  const sample = await buildSampleWorkbook({
    language,
    generatedAt: new Date().toISOString(),
    version: packageVersion(),
    simulation: DEMO_SIMULATION,
  });
  try {
    writeFileAtomic(output, sample.data, 'demo');
  } catch (e) {
    if (!(e instanceof CliFileError)) throw e;
    process.stderr.write(`${e.bilingual[language]}\n`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${t.title}\n\n` +
      `${terminalSummary(sample.summary)}\n\n` +
      (sample.summary.simulation ? `${simulationText(sample.summary.simulation, language)}\n\n` : '') +
      `${t.wrote(output, sample.plan.sheets.length, seconds)}\n`,
  );
  return 0;
}

runEntry(() => main(process.argv.slice(2)));
