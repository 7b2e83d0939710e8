/**
 * The Office.js adapter: reads the workbook into a WorkbookGrid and applies a
 * WritePlan, translating only — content and layout are decided by the pure
 * workbook layer. Works with Office's `Excel.run` and the emulation's `run`.
 */
export { readWorkbook, readWorkbookGrid } from './read';
export type { ReadOptions, ReadResult, WorkbookStructure } from './read';
export { applyWritePlan, SYNC_BUDGET_BYTES } from './write/applyWritePlan';
export type { WriteOptions, WriteReport, WrittenSheet } from './write/applyWritePlan';
export { selectCell } from './select';
export { createOfficeHost } from './host';
export { describeExcelError, ExcelAdapterError, excelErrorCode } from './errors';
export {
  LEGACY_MARKER_NAME,
  MARKER_NAME_PREFIX,
  markerFormula,
  PENDING_NAME,
  workbookMarkers,
} from '../../workbook/marker';
export type { StoredMarker, WorkbookMarkers } from '../../workbook/marker';
export { officeIsSetSupported } from './types';
export type { Bilingual, ExcelRun, IsSetSupported } from './types';
