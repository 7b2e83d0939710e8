/**
 * The sensitivity sheet of the write plan: a simulation result as a
 * PlannedSheet of kind 'sensitivity', with its own sv/en labels.
 */
export { sensitivitySheetPlan, SENSITIVITY_KEY } from './sheet';
export type { SensitivitySheetOptions } from './sheet';
export { SENSITIVITY_LABELS, sensitivityLabel } from './labels';
export type { SensitivityLabelKey } from './labels';
