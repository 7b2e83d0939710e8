/**
 * `npm run scenarios -- <input.xlsx> [-o out.xlsx] [--json summary.json] [--lang sv|en] [--in-place]
 *   [--simulate <n|auto> [--seed <n>] [--distribution pert|triangular]]`
 *
 * Thin entry point: arguments, files, exit codes. The work is in pipeline.ts.
 * Exit codes: 0 done; 1 input problems (file unreadable, problems in
 * cells — all listed —, or an output that cannot be written); 2 usage error;
 * 3 a bug (lastResort.ts).
 */

import { label } from '../../workbook/labels';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_FORMULA_TEXT, MarkerTooLongError } from '../../workbook/marker';
import { parseMarker } from '../../workbook/fingerprint';
import { argsOrExit, parseScenarioArgs, SCENARIOS_USAGE, type ScenarioArgs } from './args';
import { checkOutputPath, CliFileError, readInputFile, writeFilesAtomic, type OutputFile } from './files';
import { runEntry } from './lastResort';
import { defaultOutputPath, samePath } from './paths';
import { runRemoveGenerated, runScenarios, type ScenarioRunResult } from './pipeline';
import { formulaLine, type EditedSheet, type UserFormula } from '../../app';
import { problemsText } from './problemsText';
import { progressReporter } from './progress';
import { runProgress } from './runProgress';
import { simulationText } from './simulationTable';
import { terminalSummary } from './terminalTable';
import { packageVersion } from './version';

const TEXT = {
  sv: {
    wouldOverwrite: (f: string) =>
      `Utdatafilen är indatafilen (${f}). Välj en annan fil med -o, eller skriv i indatafilen med --in-place.`,
    jsonIsOutput: (f: string) =>
      `--json och utdatafilen är samma fil (${f}); den ena skulle skriva över den andra. Välj en annan fil med --json.`,
    markerTooLong: (alternative: string, length: number, limit: number) =>
      `Namnet på alternativet "${alternative}" är för långt för bladets märkning (${length} tecken, högst ${limit}). Korta namnet i kolumnen Alternativ på bladet Kontrakt.`,
    problems: (n: number) =>
      `Arbetsboken har ${n} problem som måste rättas innan scenarierna kan räknas. Ingenting har skrivits.`,
    nothingWritten: 'Ingenting har skrivits.',
    renamed: (wanted: string, name: string) =>
      `Bladet "${wanted}" finns redan och är ditt eget; scenariot skrevs till "${name}".`,
    wrote: (f: string) => `Skrev ${f}`,
    wroteJson: (f: string) => `Skrev sammanfattningen ${f}`,
    warnings: 'Varningar (hindrar inte):',
    breaking: (sheets: string[], n: number) =>
      `Bladen ${sheets.map((x) => `"${x}"`).join(', ')} skulle tas bort, och ${n} formler i dina egna blad pekar på dem (de skulle visa #REF!):`,
    confirmHint:
      'Ingenting har skrivits. Ändra formlerna, eller kör igen med --confirm-removal för att ta bort bladen ändå.',
    removedStale: (sheets: string[]) =>
      `Tog bort ${sheets.map((x) => `"${x}"`).join(', ')}: bladen gällde alternativ eller indata som inte finns längre.`,
    nothingToRemove: 'Arbetsboken har inga genererade blad; ingenting har skrivits.',
    removed: (sheets: string[]) => `Tog bort de genererade bladen ${sheets.map((x) => `"${x}"`).join(', ')}.`,
    brokenNow: (n: number) => `Obs: ${n} formler i dina egna blad pekade på dem och visar nu #REF!:`,
    edited: (sheets: string) =>
      `Bladen ${sheets} har ändrats för hand sedan tillägget skrev dem och skulle skrivas över. Ingenting har skrivits. Kopiera det du vill behålla till ett eget blad, eller kör igen med --overwrite-edits.`,
    overwritten: (sheets: string) =>
      `Obs: bladen ${sheets} hade ändrats för hand; kopian har de nya bladen, indatafilen har kvar dina ändringar.`,
  },
  en: {
    wouldOverwrite: (f: string) =>
      `The output file is the input file (${f}). Choose another file with -o, or write into the input with --in-place.`,
    jsonIsOutput: (f: string) =>
      `--json and the output file are the same file (${f}); one would overwrite the other. Choose another file with --json.`,
    markerTooLong: (alternative: string, length: number, limit: number) =>
      `The name of the alternative "${alternative}" is too long for the sheet marker (${length} characters, at most ${limit}). Shorten it in the Alternative column of the Contracts sheet.`,
    problems: (n: number) =>
      `The workbook has ${n} problem(s) to fix before the scenarios can be computed. Nothing was written.`,
    nothingWritten: 'Nothing was written.',
    renamed: (wanted: string, name: string) =>
      `The sheet "${wanted}" exists and is your own; the scenario was written to "${name}".`,
    wrote: (f: string) => `Wrote ${f}`,
    wroteJson: (f: string) => `Wrote the summary ${f}`,
    warnings: 'Warnings (not blocking):',
    breaking: (sheets: string[], n: number) =>
      `The sheets ${sheets.map((x) => `"${x}"`).join(', ')} would be removed, and ${n} formula(s) on your own sheets refer to them (they would show #REF!):`,
    confirmHint:
      'Nothing was written. Change the formulas, or run again with --confirm-removal to remove the sheets anyway.',
    removedStale: (sheets: string[]) =>
      `Removed ${sheets.map((x) => `"${x}"`).join(', ')}: those sheets were for alternatives or inputs that no longer exist.`,
    nothingToRemove: 'The workbook has no generated sheets; nothing was written.',
    removed: (sheets: string[]) => `Removed the generated sheets ${sheets.map((x) => `"${x}"`).join(', ')}.`,
    brokenNow: (n: number) => `Note: ${n} formula(s) on your own sheets referred to them and now show #REF!:`,
    edited: (sheets: string) =>
      `The sheets ${sheets} were edited by hand since the add-in wrote them and would be overwritten. Nothing was written. Copy what you want to keep to a sheet of your own, or run again with --overwrite-edits.`,
    overwritten: (sheets: string) =>
      `Note: the sheets ${sheets} had been edited by hand; the copy has the new sheets, the input file keeps your edits.`,
  },
};

/**
 * `now` is the clock of the progress lines (milliseconds); tests pass a fake
 * one to see them without a slow run.
 */
export async function main(argv: string[], now: () => number = () => performance.now()): Promise<number> {
  const parsed = argsOrExit(parseScenarioArgs(argv), SCENARIOS_USAGE);
  if ('exit' in parsed) return parsed.exit;
  return run(parsed.args, now);
}

async function run(args: ScenarioArgs, now: () => number): Promise<number> {
  const t = TEXT[args.language];
  let input: Uint8Array;
  try {
    input = readInputFile(args.input);
  } catch (e) {
    if (!(e instanceof CliFileError)) throw e;
    process.stderr.write(`${e.bilingual[args.language]}\n`);
    // A path that names nothing is a usage error (as before); a file that cannot be read is an input problem.
    return e.code === 'notFound' ? 2 : 1;
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
  if (args.json !== undefined && samePath(args.json, output)) {
    process.stderr.write(`${t.jsonIsOutput(args.json)}\n`);
    return 2;
  }
  // Before the work, so a path that cannot be written is said at once, not after a long run.
  try {
    checkOutputPath(output, 'output');
    if (args.json !== undefined) checkOutputPath(args.json, 'summary');
  } catch (e) {
    if (!(e instanceof CliFileError)) throw e;
    process.stderr.write(`${e.bilingual[args.language]}\n${t.nothingWritten}\n`);
    return 1;
  }

  if (args.removeGenerated) return removeGenerated(args, input, output);

  const progress = runProgress({
    reporter: progressReporter({ now, write: (line) => process.stderr.write(line) }),
    language: args.language,
    ...(args.simulation ? { requestedIterations: args.simulation.iterations } : {}),
    now,
  });
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
      confirmRemoval: args.confirmRemoval,
      // A copy leaves the input file, edits and all, as it was: only --in-place can lose them.
      overwriteEdits: args.overwriteEdits || !args.inPlace,
    });
  } catch (e) {
    // The reader refuses names too long for the marker; this is the net under it (a longer version string, say).
    if (!(e instanceof MarkerTooLongError)) throw e;
    const key = parseMarker(e.text)?.key ?? '';
    const alternative = key.startsWith('scenario:') ? key.slice('scenario:'.length) : key;
    process.stderr.write(`${t.markerTooLong(alternative, e.text.length, MAX_FORMULA_TEXT)}\n${t.nothingWritten}\n`);
    return 1;
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
  if (result.status === 'confirmRemoval') {
    process.stderr.write(`${breakingText(args.language, result.removals, result.breaking)}\n${t.confirmHint}\n`);
    return 1;
  }
  if (result.status === 'confirmOverwrite') {
    process.stderr.write(`${t.edited(editedList(result.edited))}\n`);
    return 1;
  }

  const files: OutputFile[] = [{ target: output, data: result.data, role: 'output' }];
  if (args.json !== undefined)
    files.push({ target: args.json, data: `${JSON.stringify(result.summary, null, 2)}\n`, role: 'summary' });
  try {
    writeFilesAtomic(files);
  } catch (e) {
    if (!(e instanceof CliFileError)) throw e;
    process.stderr.write(`${e.bilingual[args.language]}\n${t.nothingWritten}\n`);
    return 1;
  }

  if (result.problems.length > 0) {
    process.stderr.write(`${t.warnings}\n${problemsText(result.problems, args.language)}\n\n`);
  }
  for (const r of result.renamed) process.stderr.write(`${t.renamed(r.wanted, r.name)}\n`);
  for (const note of result.notes) process.stderr.write(`${note[args.language]}\n`);
  if (result.removed.length > 0) process.stderr.write(`${t.removedStale(result.removed)}\n`);
  if (result.overwritten.length > 0 && !args.inPlace)
    process.stderr.write(`${t.overwritten(editedList(result.overwritten))}\n`);
  process.stdout.write(`${terminalSummary(result.summary)}\n\n`);
  if (result.changes.length > 0)
    process.stdout.write(`${label(args.language, 'sectionChanges')}\n${result.changes.join('\n')}\n\n`);
  if (result.summary.simulation)
    process.stdout.write(`${simulationText(result.summary.simulation, args.language)}\n\n`);
  process.stdout.write(`${t.wrote(output)}\n`);
  if (args.json !== undefined) process.stdout.write(`${t.wroteJson(args.json)}\n`);
  return 0;
}

function editedList(edited: EditedSheet[]): string {
  return edited.map((e) => `"${e.sheet}"`).join(', ');
}

function breakingText(language: 'sv' | 'en', sheets: string[], breaking: UserFormula[]): string {
  return [TEXT[language].breaking(sheets, breaking.length), ...breaking.map((f) => `  ${formulaLine(f)}`)].join('\n');
}

/** `--remove-generated`: the generated sheets deleted, into the output file (the input is never changed without --in-place). */
async function removeGenerated(args: ScenarioArgs, input: Uint8Array, output: string): Promise<number> {
  const t = TEXT[args.language];
  const result = await runRemoveGenerated(input, { language: args.language, confirmRemoval: args.confirmRemoval });
  if (result.status === 'fileError') {
    process.stderr.write(`${args.input}: ${result.error.bilingual[args.language]}\n${t.nothingWritten}\n`);
    return 1;
  }
  if (result.status === 'nothingToRemove') {
    process.stderr.write(`${t.nothingToRemove}\n`);
    return 1;
  }
  if (result.status === 'confirmRemoval') {
    process.stderr.write(`${breakingText(args.language, result.removals, result.breaking)}\n${t.confirmHint}\n`);
    return 1;
  }
  try {
    writeFilesAtomic([{ target: output, data: result.data, role: 'output' }]);
  } catch (e) {
    if (!(e instanceof CliFileError)) throw e;
    process.stderr.write(`${e.bilingual[args.language]}\n${t.nothingWritten}\n`);
    return 1;
  }
  process.stdout.write(`${t.removed(result.removed)}\n`);
  if (result.breaking.length > 0) {
    process.stderr.write(
      `${[t.brokenNow(result.breaking.length), ...result.breaking.map((f) => `  ${formulaLine(f)}`)].join('\n')}\n`,
    );
  }
  process.stdout.write(`${t.wrote(output)}\n`);
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) runEntry(() => main(process.argv.slice(2)));
