/**
 * The .xlsx adapter (ExcelJS, for the command line and tests): reads a
 * workbook file into a WorkbookGrid and applies a WritePlan to a copy of it.
 * It translates only; content and layout are decided by the workbook layer.
 */

export { readXlsxGrid } from './read';
export {
  applyPlanToXlsx,
  applyPlanToXlsxWithReport,
  LIST_SHEET_NAME,
  type XlsxWriteOptions,
  type XlsxWriteProgress,
  type XlsxWriteResult,
} from './apply';
export { XlsxFileError, xlsxFileMessage, type XlsxFileErrorCode } from './messages';
export { detectFileKind, type FileKind } from './fileCheck';
export { LEGACY_MARKER_NAME, readMarkers } from './markers';
