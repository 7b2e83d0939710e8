/**
 * The input sheets (Kostnader, Kontrakt, Resurser, Parametrar) as a plan:
 * laid out exactly as the reader expects, as Excel tables with headers,
 * formats, drop-down lists and widths. Used for the template (`npm run
 * template`, the task pane's "create input sheets") and the sample workbook.
 */
import type { CostModel } from '../../engine/model';
import type { PlannedSheet } from '../plan';
import { SHEETS } from '../schema/format';
import { inputSheet, type InputSheetOptions } from './layout';

export type { InputSheetOptions } from './layout';
export { templateModel } from './template';

export function inputSheetsPlan(model: CostModel, options: InputSheetOptions): PlannedSheet[] {
  return SHEETS.map((sheet) => inputSheet(sheet, model, options));
}
