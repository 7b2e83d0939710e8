/**
 * The scenarios command's work, without any file system or process access:
 * .xlsx bytes in → the use cases of src/app over the .xlsx host (check,
 * calculate, write scenarios) → new bytes, the summary and every problem
 * found. The job itself is wired once, in src/app, for the task pane and the
 * command line alike; this module only adapts it to a file and to the
 * command line's progress lines. The entry point (scenarios.ts) reads and
 * writes the files and picks the exit code.
 */

import type { Bilingual } from '../../engine/text';
import { changesInBrief } from '../../workbook/write/briefChanges';
import { COMPARISON_KEY } from '../../workbook/write';
import {
  calculate,
  checkWorkbook,
  dedupe,
  defaultChoices,
  removeGeneratedSheets,
  writeScenarios,
  type Compute,
  type EditedSheet,
  type UserFormula,
} from '../../app';
import { runEngine } from '../../engine';
import type { Problem } from '../../engine/model';
import type { SimulationProgress } from '../../engine/simulation';
import { XlsxFileError, type XlsxWriteResult } from '../../hosts/xlsx';
import type { XlsxWriteProgress } from '../../hosts/xlsx/apply';
import { createXlsxHost } from '../../hosts/xlsx/host';
import type { RunStep } from './progressText';
import { runSimulation, type SimulationOutcome, type SimulationRequest } from './simulation';
import { simulationSummary } from './simulationSummary';
import { buildSummary, type Summary } from './summary';

export interface ScenarioRunOptions {
  language: 'sv' | 'en';
  illustrative: boolean;
  generatedAt: string;
  version: string;
  /** Run the Monte Carlo simulation and write the sensitivity sheet. */
  simulation?: SimulationRequest;
  /** Called at each step, for progress on stderr. */
  onStep?: (step: RunStep) => void;
  /** Called after every batch of simulated iterations. */
  onSimulationProgress?: (progress: SimulationProgress) => void;
  /** Called after each sheet written and around packaging the file. */
  onWriteProgress?: (progress: XlsxWriteProgress) => void;
  /** Delete generated sheets that are no longer current even when formulas of the analyst's refer to them. */
  confirmRemoval?: boolean;
  /** Overwrite generated sheets edited by hand (the command line writes a copy: the input keeps them). */
  overwriteEdits?: boolean;
}

export type ScenarioRunResult =
  | { status: 'fileError'; error: XlsxFileError }
  | { status: 'inputProblems'; problems: Problem[] }
  /** Nothing written: sheets would go that the analyst's formulas refer to (needs confirmRemoval). */
  | { status: 'confirmRemoval'; removals: string[]; breaking: UserFormula[] }
  /** Nothing written: generated sheets were edited by hand (needs overwriteEdits). */
  | { status: 'confirmOverwrite'; edited: EditedSheet[] }
  | {
      status: 'done';
      data: Uint8Array;
      summary: Summary;
      /** Warnings: they do not block. */
      problems: Problem[];
      write: XlsxWriteResult;
      renamed: { wanted: string; name: string }[];
      /** Generated sheets deleted: no longer current (an alternative deleted). */
      removed: string[];
      /** Generated sheets edited by hand that the output overwrote. */
      overwritten: EditedSheet[];
      /** What the .xlsx host says of the copy (e.g. an input zip entry it left out). */
      notes: Bilingual[];
      /**
       * What changed since the generation the workbook held, in a few lines
       * (as on the decision brief); empty for the first generation.
       */
      changes: string[];
    };

export async function runScenarios(input: Uint8Array, options: ScenarioRunOptions): Promise<ScenarioRunResult> {
  try {
    return await run(input, options);
  } catch (e) {
    if (e instanceof XlsxFileError) return { status: 'fileError', error: e };
    throw e;
  }
}

async function run(input: Uint8Array, options: ScenarioRunOptions): Promise<ScenarioRunResult> {
  const host = createXlsxHost(input, {
    ...(options.onWriteProgress ? { onProgress: options.onWriteProgress } : {}),
    onApply: () => options.onStep?.('write'),
  });
  options.onStep?.('read');
  const check = await checkWorkbook(host, options.language);
  if (!check.model) return { status: 'inputProblems', problems: check.problems };

  // The simulation outcome of the last computation: the one written (a recalculation at write time replaces it).
  let simulation: SimulationOutcome | undefined;
  const compute: Compute = (model) => {
    options.onStep?.('compute');
    const output = runEngine(model);
    simulation = undefined;
    if (options.simulation !== undefined && !output.problems.some((p) => p.severity === 'error')) {
      options.onStep?.('simulate');
      simulation = runSimulation(model, options.simulation, options.onSimulationProgress);
    }
    return Promise.resolve(simulation ? { output, sensitivity: simulation.result } : { output });
  };

  // The command line has no choices of its own: it computes what Parametrar says.
  const calculation = await calculate(check.model, defaultChoices(check.model), compute);
  const computeProblems = calculation.output.problems;
  if (computeProblems.some((p) => p.severity === 'error')) {
    return { status: 'inputProblems', problems: dedupe([...check.problems, ...computeProblems]) };
  }

  options.onStep?.('plan');
  const written = await writeScenarios(host, calculation, {
    language: options.language,
    illustrative: options.illustrative,
    generatedAt: options.generatedAt,
    version: options.version,
    compute,
    confirmRemoval: options.confirmRemoval === true,
    overwriteEdits: options.overwriteEdits === true,
  });
  if (written.status === 'confirmOverwrite') return { status: 'confirmOverwrite', edited: written.edited };
  if (written.status === 'inputProblems') return { status: 'inputProblems', problems: written.check.problems };
  if (written.status === 'confirmRemoval') {
    return { status: 'confirmRemoval', removals: written.removals, breaking: written.breaking };
  }

  const write = host.lastWrite();
  if (!write) throw new Error('the .xlsx host applied a plan without a write report');
  const { model, output, basis } = written.calculation;
  const summary = buildSummary(model, output, {
    generatedAt: options.generatedAt,
    version: options.version,
    inputFingerprint: basis.inputFingerprint,
    language: options.language,
    illustrative: options.illustrative,
  });
  if (simulation) summary.simulation = simulationSummary(simulation);
  return {
    status: 'done',
    data: write.data,
    summary,
    problems: dedupe([...check.problems, ...output.problems]),
    write,
    renamed: (written.plan.renamed ?? []).map((r) => ({ wanted: r.wanted, name: r.name })),
    removed: written.removed,
    overwritten: written.overwritten,
    notes: written.report.notes,
    changes:
      written.changes.kind === 'first'
        ? []
        : changesInBrief(
            written.changes,
            options.language,
            model.parameters.displayUnit,
            written.plan.sheets.find((s) => s.key === COMPARISON_KEY)?.name ?? COMPARISON_KEY,
          ),
  };
}

export type RemoveRunResult =
  | { status: 'fileError'; error: XlsxFileError }
  | { status: 'nothingToRemove' }
  | { status: 'confirmRemoval'; removals: string[]; breaking: UserFormula[] }
  | { status: 'removed'; data: Uint8Array; removed: string[]; breaking: UserFormula[] };

/**
 * `--remove-generated`: every generated sheet deleted (never an input sheet
 * or the analyst's own). Without `confirmRemoval` it stops, writing nothing,
 * when formulas of the analyst's refer to any of them.
 */
export async function runRemoveGenerated(
  input: Uint8Array,
  options: { language: 'sv' | 'en'; confirmRemoval: boolean },
): Promise<RemoveRunResult> {
  try {
    const host = createXlsxHost(input);
    const asked = await removeGeneratedSheets(host, { confirmed: false, language: options.language });
    if (asked.status === 'nothingToRemove') return asked;
    if (asked.status !== 'confirm') throw new Error('removeGeneratedSheets removed sheets without being asked to');
    if (asked.breaking.length > 0 && !options.confirmRemoval) {
      return { status: 'confirmRemoval', removals: asked.sheets, breaking: asked.breaking };
    }
    const done = await removeGeneratedSheets(host, { confirmed: true, language: options.language });
    if (done.status !== 'removed') throw new Error(`removeGeneratedSheets answered ${done.status} when confirmed`);
    return { status: 'removed', data: host.bytes(), removed: done.sheets, breaking: asked.breaking };
  } catch (e) {
    if (e instanceof XlsxFileError) return { status: 'fileError', error: e };
    throw e;
  }
}
