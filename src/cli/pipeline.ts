/**
 * The scenarios command's work, without any file system or process access:
 * .xlsx bytes in → read, validate, compute (and simulate, when asked), plan,
 * write → new bytes, the summary and every problem found. The entry point (scenarios.ts) only
 * reads and writes files and picks the exit code.
 */

import { runEngine } from '../engine';
import type { Problem } from '../engine/model';
import type { SimulationProgress } from '../engine/simulation';
import type { WorkbookGrid } from '../workbook/grid';
import { fingerprint } from '../workbook/fingerprint';
import { readModel } from '../workbook/read';
import { buildWritePlan } from '../workbook/write';
import { applyPlanToXlsxWithReport, readXlsxGrid, XlsxFileError, type XlsxWriteResult } from '../xlsx';
import type { XlsxWriteProgress } from '../xlsx/apply';
import { hasErrors } from './problemsText';
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

async function readGrid(input: Uint8Array): Promise<WorkbookGrid | XlsxFileError> {
  try {
    return await readXlsxGrid(input);
  } catch (e) {
    if (e instanceof XlsxFileError) return e;
    throw e;
  }
}

export async function runScenarios(input: Uint8Array, options: ScenarioRunOptions): Promise<ScenarioRunResult> {
  options.onStep?.('read');
  const grid = await readGrid(input);
  if (grid instanceof XlsxFileError) return { status: 'fileError', error: grid };
  const read = readModel(grid, { language: options.language });
  if (!read.model || hasErrors(read.problems)) return { status: 'inputProblems', problems: read.problems };

  options.onStep?.('compute');
  const output = runEngine(read.model);
  const problems = [...read.problems, ...output.problems];
  if (hasErrors(problems)) return { status: 'inputProblems', problems };

  let simulation: SimulationOutcome | undefined;
  if (options.simulation !== undefined) {
    options.onStep?.('simulate');
    simulation = runSimulation(read.model, options.simulation, options.onSimulationProgress);
  }

  options.onStep?.('plan');
  const plan = buildWritePlan(read.model, output, {
    language: options.language,
    generatedAt: options.generatedAt,
    version: options.version,
    existingSheets: grid.sheets.map((s) =>
      s.marker === undefined ? { name: s.name } : { name: s.name, marker: s.marker },
    ),
    illustrative: options.illustrative,
    ...(simulation ? { sensitivity: simulation.result } : {}),
  });

  options.onStep?.('write');
  let write: XlsxWriteResult;
  try {
    write = await applyPlanToXlsxWithReport(input, plan, { onProgress: options.onWriteProgress });
  } catch (e) {
    if (e instanceof XlsxFileError) return { status: 'fileError', error: e };
    throw e;
  }
  const summary = buildSummary(read.model, output, {
    generatedAt: options.generatedAt,
    version: options.version,
    inputFingerprint: fingerprint(read.model),
    language: options.language,
    illustrative: options.illustrative,
  });
  if (simulation) summary.simulation = simulationSummary(simulation);
  return {
    status: 'done',
    data: write.data,
    summary,
    problems,
    write,
    renamed: (plan.renamed ?? []).map((r) => ({ wanted: r.wanted, name: r.name })),
  };
}
