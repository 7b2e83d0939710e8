/**
 * The two workbooks the command line makes from scratch: the Stockholm
 * sample with every scenario (demo) and the empty input template. Pure
 * apart from the clock and version passed in, so tests, the LibreOffice
 * check and the benchmark build exactly what `npm run demo` writes.
 */

import { runEngine } from '../../engine';
import type { CostModel, EngineOutput } from '../../engine/model';
import { stockholmSample } from '../../sample/stockholm';
import { fingerprint } from '../../workbook/fingerprint';
import { inputSheetsPlan, templateModel } from '../../workbook/inputs';
import type { WritePlan } from '../../workbook/plan';
import { planToGrid } from '../../workbook/planToGrid';
import { readModel } from '../../workbook/read';
import { buildWritePlan } from '../../workbook/write';
import { applyPlanToXlsx } from '../../hosts/xlsx';
import { runSimulation, type SimulationOutcome, type SimulationRequest } from './simulation';
import { simulationSummary } from './simulationSummary';
import { buildSummary, type Summary } from './summary';

export interface BuildOptions {
  language: 'sv' | 'en';
  generatedAt: string;
  version: string;
  /** Also simulate and write the sensitivity sheet (the demo does). */
  simulation?: SimulationRequest;
}

export interface SampleWorkbook {
  model: CostModel;
  output: EngineOutput;
  plan: WritePlan;
  summary: Summary;
  data: Uint8Array;
  /** Present when options.simulation was given. */
  simulation?: SimulationOutcome;
}

/** Input sheets and generated sheets of one model in one plan, as an analyst's workbook would hold them. */
export function inputsAndScenariosPlan(
  model: CostModel,
  output: EngineOutput,
  options: Omit<BuildOptions, 'simulation'> & { illustrative: boolean; sensitivity?: SimulationOutcome['result'] },
): WritePlan {
  const inputs = inputSheetsPlan(model, { language: options.language, illustrative: options.illustrative });
  const generated = buildWritePlan(model, output, {
    language: options.language,
    generatedAt: options.generatedAt,
    version: options.version,
    existingSheets: inputs.map((s) => ({ name: s.name })),
    illustrative: options.illustrative,
    // The brief refers to the Beslutsgång sheet of this same plan: where its cells will be.
    brief: readModel(planToGrid(inputs)).brief,
    ...(options.sensitivity ? { sensitivity: options.sensitivity } : {}),
  });
  return { ...generated, sheets: [...inputs, ...generated.sheets] };
}

export async function buildSampleWorkbook(options: BuildOptions): Promise<SampleWorkbook> {
  const model = stockholmSample();
  const output = runEngine(model);
  if (output.problems.some((p) => p.severity === 'error')) {
    throw new Error(`the Stockholm sample has input errors: ${output.problems.map((p) => p.message.en).join('; ')}`);
  }
  const simulation = options.simulation ? runSimulation(model, options.simulation) : undefined;
  const plan = inputsAndScenariosPlan(model, output, {
    language: options.language,
    generatedAt: options.generatedAt,
    version: options.version,
    illustrative: true,
    ...(simulation ? { sensitivity: simulation.result } : {}),
  });
  const summary = buildSummary(model, output, {
    generatedAt: options.generatedAt,
    version: options.version,
    inputFingerprint: fingerprint(model),
    language: options.language,
    illustrative: true,
  });
  const data = await applyPlanToXlsx(null, plan);
  if (!simulation) return { model, output, plan, summary, data };
  summary.simulation = simulationSummary(simulation);
  return { model, output, plan, summary, data, simulation };
}

export async function buildTemplateWorkbook(language: 'sv' | 'en'): Promise<Uint8Array> {
  const sheets = inputSheetsPlan(templateModel(), { language, illustrative: false });
  return applyPlanToXlsx(null, {
    sheets,
    // Input sheets carry no marker, so the stamp is not stored anywhere; it only satisfies the plan type.
    stamp: { generatedAt: '', version: '', inputFingerprint: '', language },
    activate: sheets[0]?.name,
  });
}
