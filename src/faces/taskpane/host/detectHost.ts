/**
 * Where the pane runs, following the plan of insideOffice.ts: inside Excel
 * (Office.onReady names Excel), in a plain browser (the preview over the
 * sample), or inside Office but unable to work (office.js missing, or a
 * host other than Excel). Also reads Office's theme and display language;
 * the preview takes them from the URL (?theme=dark, ?lang=en, ?excelApi=1.8)
 * so the browser tests can choose.
 */
import { languageFromLocale, type Language } from '../i18n/catalogue';
import type { IsSetSupported } from './capabilities';
import type { StartPlan } from './insideOffice';
import { previewColours, type OfficeThemeColours } from './officeTheme';
import { readOfficeTheme, watchOfficeTheme } from './watchOfficeTheme';

export interface HostInfo {
  kind: 'office' | 'preview';
  /** Office's theme colours at start (the preview: a representative set chosen by ?theme=). */
  theme: OfficeThemeColours | null;
  /** Inside Office: follow theme changes while the pane is open (returns the stop function). */
  watchTheme?: (onChange: (colours: OfficeThemeColours | null) => void) => () => void;
  language: Language;
  isSetSupported: IsSetSupported;
  /** Preview only: pause between alternatives while generating (?stepDelayMs=), to try cancel. */
  stepDelayMs: number;
}

/** Inside Office, yet the pane cannot work: say why, never fall back to the sample. */
export interface HostProblem {
  kind: 'problem';
  problem: 'officeJsMissing' | 'notExcel';
  /** The host Office named, for 'notExcel'. */
  host?: string;
}

export function previewHost(search: string): HostInfo {
  const params = new URLSearchParams(search);
  return {
    kind: 'preview',
    theme: previewColours(params.get('theme')),
    language: languageFromLocale(params.get('lang')),
    // The emulation models every set the adapter uses; ?excelApi=1.8 pretends to be an older Excel.
    isSetSupported: upToExcelApi(params.get('excelApi')),
    stepDelayMs: Math.max(0, Math.min(10_000, Number(params.get('stepDelayMs')) || 0)),
  };
}

/** Office after onReady: theme, display language and the API-set check. */
function officeHost(): HostInfo {
  return {
    kind: 'office',
    theme: readOfficeTheme(Office),
    watchTheme: (onChange) => watchOfficeTheme(Office, readOfficeTheme(Office), onChange),
    language: languageFromLocale(Office.context.displayLanguage),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    stepDelayMs: 0,
  };
}

/** Office.HostType.Excel's value; compared as a string so a host without the enum object cannot break the check. */
const EXCEL = 'Excel';

/** Office.onReady's answer, or null when `timeoutMs` passes first (no timeout: wait as long as it takes). */
async function officeReady(timeoutMs: number | null): Promise<{ host: Office.HostType | null } | null> {
  if (timeoutMs === null) return Office.onReady();
  return Promise.race([Office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
}

export async function detectHost(plan: StartPlan, search: string): Promise<HostInfo | HostProblem> {
  switch (plan.kind) {
    case 'preview':
      return previewHost(search);
    case 'officeJsMissing':
      return { kind: 'problem', problem: 'officeJsMissing' };
    case 'probe': {
      const info = await officeReady(plan.timeoutMs);
      return String(info?.host) === EXCEL ? officeHost() : previewHost(search);
    }
    case 'office': {
      const info = await officeReady(null);
      if (String(info?.host) === EXCEL) return officeHost();
      return { kind: 'problem', problem: 'notExcel', host: String(info?.host ?? '–') };
    }
  }
}

/** An API-set check that supports ExcelApi up to `max` ('1.8'), or everything when `max` is absent or malformed. */
export function upToExcelApi(max: string | null): IsSetSupported {
  const limit = /^1\.(\d+)$/.exec(max ?? '')?.[1];
  if (limit === undefined) return () => true;
  return (set, version) => set !== 'ExcelApi' || Number(/^1\.(\d+)$/.exec(version)?.[1] ?? Infinity) <= Number(limit);
}
