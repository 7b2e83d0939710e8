/**
 * The use-case layer: what the task pane and the command line do, once —
 * check, calculate, write scenarios, create input sheets, save parameters,
 * remove generated sheets — over the WorkbookHost port (port.ts). Pure: no
 * Office.js, React, DOM or Node APIs; the hosts below implement the port.
 */
export type { ApplyReport, CellWrite, UserFormula, WorkbookHost } from './port';
export { checkGrid, checkWorkbook, dedupe, type CheckReport } from './check';
export {
  applyChoices,
  carryChoices,
  choiceOverrides,
  defaultChoices,
  yearsWithOwnIndexRate,
  type ChoiceOverride,
  type Choices,
} from './choices';
export {
  calculate,
  editedSheets,
  writeScenarios,
  type EditedSheet,
  type Calculation,
  type CalculationBasis,
  type Compute,
  type WriteScenarioOptions,
  type WriteScenariosResult,
} from './scenarios';
export { createInputSheets, saveParameters } from './inputSheets';
export { addDecision, type DecisionAdded, type DecisionInput } from './decisions';
export {
  formulaLine,
  generatedSheets,
  removeGeneratedSheets,
  supersededSheets,
  type RemoveGeneratedResult,
} from './removals';
export { AppError, type AppErrorCode } from './errors';
export { stalenessOf, type Staleness } from './staleness';
export { createMemoryHost, type MemoryHost } from './memoryHost';
export { changesSincePrevious } from './changes';
