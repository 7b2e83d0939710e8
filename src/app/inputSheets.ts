/**
 * The use cases that touch the analyst's input sheets: create the missing
 * ones from the template, and save the pane's choices to Parametrar.
 */
import { inputSheetsPlan, templateModel } from '../workbook/inputs';
import type { PlannedSheet, WritePlan } from '../workbook/plan';
import type { Language } from '../workbook/schema/choices';
import type { Choices } from './choices';
import { parameterWrites } from './parameterWrites';
import type { WorkbookHost } from './port';
import { AppError } from './errors';

/** Creates the input sheets the workbook lacks; never touches a sheet that exists (by name, ignoring case). Returns the names created. */
export async function createInputSheets(
  host: WorkbookHost,
  options: { language: Language; generatedAt: string; version: string },
): Promise<string[]> {
  const grid = await host.readGrid();
  const existing = new Set(grid.sheets.map((s) => s.name.toLowerCase()));
  const plan = templateSheetsPlan((s) => !existing.has(s.name.toLowerCase()), options);
  const first = plan.sheets[0];
  if (first === undefined) return [];
  await host.applyPlan({ ...plan, activate: first.name });
  return plan.sheets.map((s) => s.name);
}

/**
 * The template's input sheets that `keep` keeps, as a plan. Input sheets
 * carry no marker: from the moment they exist they are the analyst's own,
 * read as input and never replaced by a scenario write.
 */
export function templateSheetsPlan(
  keep: (sheet: PlannedSheet) => boolean,
  options: { language: Language; generatedAt: string; version: string },
): WritePlan {
  return {
    sheets: inputSheetsPlan(templateModel(), { language: options.language, illustrative: false }).filter(keep),
    stamp: {
      generatedAt: options.generatedAt,
      version: options.version,
      inputFingerprint: '',
      language: options.language,
    },
  };
}

/** Writes horizon, default index rate, discount rate and display unit into Parametrar's value cells. */
export async function saveParameters(host: WorkbookHost, choices: Choices): Promise<void> {
  if (!host.writeCells) throw new AppError('cannotWriteCells', {});
  const writes = parameterWrites(await host.readGrid(), choices);
  if ('missing' in writes) throw new AppError('parameterNotFound', { what: writes.missing });
  await host.writeCells(writes.sheet, writes.cells);
}
