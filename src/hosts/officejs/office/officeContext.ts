/**
 * What the task pane needs of Office itself, outside Excel.run: whether
 * Office is ready and in which host, its display language, theme and
 * API-set check, Excel.run, and the document's selection events. The pane's
 * faces call these functions and never touch the `Office` or `Excel`
 * globals themselves (docs/architecture.md).
 */
import type { ExcelRun, IsSetSupported } from '../types';
import { readOfficeTheme, watchOfficeTheme, type OfficeThemeColours } from './watchOfficeTheme';
import { watchDocumentSelection } from './watchDocumentSelection';

/** Office.HostType.Excel's value; compared as a string so a host without the enum object cannot break the check. */
const EXCEL = 'Excel';

/** Office.onReady's answer, or null when `timeoutMs` passes first (no timeout: wait as long as it takes). */
export async function officeReady(timeoutMs: number | null): Promise<{ host: string | null } | null> {
  const ready = Office.onReady().then((info) => ({ host: info.host === null ? null : String(info.host) }));
  if (timeoutMs === null) return ready;
  return Promise.race([ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
}

/** Whether Office's answer names Excel. */
export function isExcel(info: { host: string | null } | null): boolean {
  return info?.host === EXCEL;
}

/** Office after onReady: what the pane reads of it once, and how to follow its theme. */
export interface OfficeContext {
  theme: OfficeThemeColours | null;
  watchTheme: (onChange: (colours: OfficeThemeColours | null) => void) => () => void;
  /** Office's display language as a locale ('sv-SE', 'en-US' …). */
  displayLanguage: string;
  isSetSupported: IsSetSupported;
}

export function officeContext(): OfficeContext {
  return {
    theme: readOfficeTheme(Office),
    watchTheme: (onChange) => watchOfficeTheme(Office, readOfficeTheme(Office), onChange),
    displayLanguage: Office.context.displayLanguage,
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}

/** Excel.run, as the Office.js host takes it. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);

/** Excel's selection-changed events (the document's), for the pane's explanation panel. */
export function watchExcelSelection(onChange: () => void, onUnavailable: () => void): () => void {
  return watchDocumentSelection(Office, onChange, onUnavailable);
}
