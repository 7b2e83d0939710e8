/**
 * What the use-case tests share: the engine as the compute step, the write
 * options, the sample's input sheets, an Office.js host over the Excel
 * emulation holding them, and a calculate-and-write of the workbook as it is.
 */
import {
  calculate,
  checkWorkbook,
  defaultChoices,
  writeScenarios,
  type Compute,
  type WorkbookHost,
  type WriteScenariosResult,
} from '../../src/app';
import { runEngine } from '../../src/engine';
import { createOfficeHost } from '../../src/hosts/officejs';
import { createEmulatedWorkbook, type EmulatedWorkbook } from '../../src/hosts/emulation';
import { stockholmSample } from '../../src/sample/stockholm';
import { inputSheetsPlan } from '../../src/workbook/inputs';

export const compute: Compute = (model) => Promise.resolve({ output: runEngine(model) });

export const writeOptions = { language: 'sv' as const, illustrative: true, version: 't', compute };

/** The Stockholm sample's input sheets, in Swedish. */
export const sampleInputs = inputSheetsPlan(stockholmSample(), { language: 'sv', illustrative: true });

/** The sample's input sheets in the Excel emulation, and the Office.js host over it. */
export function emulatedSample(): { wb: EmulatedWorkbook; host: WorkbookHost } {
  const wb = createEmulatedWorkbook();
  wb.loadPlannedSheets(sampleInputs);
  return { wb, host: createOfficeHost(wb.run, () => true) };
}

/** Checks the workbook as it is, calculates what Parametrar says and writes the scenarios. */
export async function calculateAndWrite(host: WorkbookHost, generatedAt: string): Promise<WriteScenariosResult> {
  const check = await checkWorkbook(host, 'sv');
  if (!check.model)
    throw new Error(`test: the workbook must read: ${check.problems.map((p) => p.message.sv).join('; ')}`);
  const calculation = await calculate(check.model, defaultChoices(check.model), compute);
  return writeScenarios(host, calculation, { ...writeOptions, generatedAt });
}
