/**
 * The Excel emulation: an in-memory workbook behind the part of the Excel
 * JavaScript API the add-in uses, with Office.js proxy semantics. Backs the
 * adapter tests, the benchmark, the browser preview and the task-pane tests.
 */
export { createEmulatedWorkbook } from './emulatedWorkbook';
export type { CellSnapshot, EmulatedRun, EmulatedWorkbook, FailurePlan } from './emulatedWorkbook';
export { EmulatedExcelError } from './errors';
export type { ExcelErrorCode } from './errors';
export { PAYLOAD_LIMIT_BYTES } from './context';
export type { SyncStats } from './context';
