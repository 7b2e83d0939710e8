/**
 * The scenarios command's work, without any file system or process access:
 * .xlsx bytes in → the use cases of src/app over the .xlsx host (check,
 * calculate, write scenarios) → new bytes, the summary and every problem
 * found. The job itself is wired once, in src/app, for the task pane and the
 * command line alike; this module only adapts it to a file and to the
 * command line's progress lines. The entry point (scenarios.ts) reads and
 * writes the files and picks the exit code.
 */

import { calculate, checkWorkbook, dedupe, defaultChoices, writeScenarios, type Compute } from '../app';
import { runEngine } from '../engine';
import type { Problem } from '../engine/model';
import type { SimulationProgress } from '../engine/simulation';
import { XlsxFileError, type XlsxWriteResult } from '../xlsx';
import type { XlsxWriteProgress } from '../xlsx/apply';
import { createXlsxHost } from '../xlsx/host';
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
}

export type ScenarioRunResult =
  | { status: 'fileError'; error: XlsxFileError }
  | { status: 'inputProblems'; problems: Problem[] }
  | {
      status: 'done';
      data: Uint8Array;
      summary: Summary;
      /** Warnings: they do not block. */
      problems: Problem[];
      write: XlsxWriteResult;
      renamed: { wanted: string; name: string }[];
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
  });
  if (written.status === 'inputProblems') return { status: 'inputProblems', problems: written.check.problems };

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
  };
}
