/**
 * `npm run scenarios -- <input.xlsx> [-o out.xlsx] [--json summary.json] [--lang sv|en] [--in-place]
 *   [--simulate <n|auto> [--seed <n>] [--distribution pert|triangular]]`
 *
 * Thin entry point: arguments, files, exit codes. The work is in pipeline.ts.
 * Exit codes: 0 done; 1 input problems (file unreadable, or problems in
 * cells — all listed); 2 usage error.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseScenarioArgs, SCENARIOS_USAGE, type ScenarioArgs } from './args';
import { writeFileAtomic } from './files';
import { defaultOutputPath, samePath } from './paths';
import { runScenarios, type ScenarioRunResult } from './pipeline';
import { problemsText } from './problemsText';
import { progressReporter } from './progress';
import { runProgress } from './runProgress';
import { simulationText } from './simulationTable';
import { terminalSummary } from './terminalTable';
import { packageVersion } from './version';

const TEXT = {
  sv: {
    notFound: (f: string) => `Hittar inte filen: ${f}`,
    wouldOverwrite: (f: string) =>
      `Utdatafilen är indatafilen (${f}). Välj en annan fil med -o, eller skriv i indatafilen med --in-place.`,
    problems: (n: number) =>
      `Arbetsboken har ${n} problem som måste rättas innan scenarierna kan räknas. Ingenting har skrivits.`,
    nothingWritten: 'Ingenting har skrivits.',
    lossyInPlace: (what: string) =>
      `--in-place skulle ta bort innehåll som kopian inte kan bära med sig (${what}). Skriv till en kopia i stället (utan --in-place).`,
    lost: (what: string) => `Obs: kopian saknar ${what} från indatafilen; indatafilen är orörd.`,
    renamed: (wanted: string, name: string) =>
      `Bladet "${wanted}" finns redan och är ditt eget; scenariot skrevs till "${name}".`,
    wrote: (f: string) => `Skrev ${f}`,
    wroteJson: (f: string) => `Skrev sammanfattningen ${f}`,
    warnings: 'Varningar (hindrar inte):',
  },
  en: {
    notFound: (f: string) => `File not found: ${f}`,
    wouldOverwrite: (f: string) =>
      `The output file is the input file (${f}). Choose another file with -o, or write into the input with --in-place.`,
    problems: (n: number) =>
      `The workbook has ${n} problem(s) to fix before the scenarios can be computed. Nothing was written.`,
    nothingWritten: 'Nothing was written.',
    lossyInPlace: (what: string) =>
      `--in-place would remove content the copy cannot carry over (${what}). Write to a copy instead (without --in-place).`,
    lost: (what: string) => `Note: the copy lacks ${what} from the input file; the input file is untouched.`,
    renamed: (wanted: string, name: string) =>
      `The sheet "${wanted}" exists and is your own; the scenario was written to "${name}".`,
    wrote: (f: string) => `Wrote ${f}`,
    wroteJson: (f: string) => `Wrote the summary ${f}`,
    warnings: 'Warnings (not blocking):',
  },
};

/**
 * `now` is the clock of the progress lines (milliseconds); tests pass a fake
 * one to see them without a slow run.
 */
export async function main(argv: string[], now: () => number = () => performance.now()): Promise<number> {
  const parsed = parseScenarioArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${SCENARIOS_USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'usageError') {
    process.stderr.write(`${parsed.message}\n\n${SCENARIOS_USAGE}\n`);
    return 2;
  }
  return run(parsed.args, now);
}

async function run(args: ScenarioArgs, now: () => number): Promise<number> {
  const t = TEXT[args.language];
  if (!existsSync(args.input)) {
    process.stderr.write(`${t.notFound(args.input)}\n`);
    return 2;
  }
  const output = args.inPlace ? args.input : (args.output ?? defaultOutputPath(args.input, args.language));
  if (!args.inPlace && samePath(output, args.input)) {
    process.stderr.write(`${t.wouldOverwrite(args.input)}\n`);
    return 2;
  }
  if (args.json !== undefined && samePath(args.json, args.input)) {
    process.stderr.write(`${t.wouldOverwrite(args.input)}\n`);
    return 2;
  }

  const progress = runProgress({
    reporter: progressReporter({ now, write: (line) => process.stderr.write(line) }),
    language: args.language,
    ...(args.simulation ? { requestedIterations: args.simulation.iterations } : {}),
    now,
  });
  const input = new Uint8Array(readFileSync(args.input));
  let result: ScenarioRunResult;
  try {
    result = await runScenarios(input, {
      language: args.language,
      illustrative: args.illustrative,
      generatedAt: new Date().toISOString(),
      version: packageVersion(),
      ...(args.simulation ? { simulation: args.simulation } : {}),
      onStep: progress.onStep,
      onSimulationProgress: progress.onSimulationProgress,
      onWriteProgress: progress.onWriteProgress,
    });
  } finally {
    progress.stop();
  }

  if (result.status === 'fileError') {
    process.stderr.write(`${args.input}: ${result.error.bilingual[args.language]}\n${t.nothingWritten}\n`);
    return 1;
  }
  if (result.status === 'inputProblems') {
    process.stderr.write(`${t.problems(result.problems.filter((p) => p.severity === 'error').length)}\n\n`);
    process.stderr.write(`${problemsText(result.problems, args.language)}\n`);
    return 1;
  }
  if (args.inPlace && result.write.lost.length > 0) {
    process.stderr.write(`${t.lossyInPlace(result.write.lost.join(', '))}\n${t.nothingWritten}\n`);
    return 1;
  }

  writeFileAtomic(output, result.data);
  if (args.json !== undefined) writeFileAtomic(args.json, `${JSON.stringify(result.summary, null, 2)}\n`);

  if (result.problems.length > 0) {
    process.stderr.write(`${t.warnings}\n${problemsText(result.problems, args.language)}\n\n`);
  }
  for (const r of result.renamed) process.stderr.write(`${t.renamed(r.wanted, r.name)}\n`);
  if (result.write.lost.length > 0) process.stderr.write(`${t.lost(result.write.lost.join(', '))}\n`);
  process.stdout.write(`${terminalSummary(result.summary)}\n\n`);
  if (result.summary.simulation)
    process.stdout.write(`${simulationText(result.summary.simulation, args.language)}\n\n`);
  process.stdout.write(`${t.wrote(output)}\n`);
  if (args.json !== undefined) process.stdout.write(`${t.wroteJson(args.json)}\n`);
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      // A bug, not a user problem: show it whole and exit with a code of its own.
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exit(3);
    },
  );
}
