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
import type { StartPlan } from '../../../hosts/officejs/office/insideOffice';
import { isExcel, officeContext, officeReady } from '../../../hosts/officejs/office/officeContext';
import { previewColours, type OfficeThemeColours } from './officeTheme';

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
  const office = officeContext();
  return {
    kind: 'office',
    theme: office.theme,
    watchTheme: office.watchTheme,
    language: languageFromLocale(office.displayLanguage),
    isSetSupported: office.isSetSupported,
    stepDelayMs: 0,
  };
}

export async function detectHost(plan: StartPlan, search: string): Promise<HostInfo | HostProblem> {
  switch (plan.kind) {
    case 'preview':
      return previewHost(search);
    case 'officeJsMissing':
      return { kind: 'problem', problem: 'officeJsMissing' };
    case 'probe': {
      const info = await officeReady(plan.timeoutMs);
      return isExcel(info) ? officeHost() : previewHost(search);
    }
    case 'office': {
      const info = await officeReady(null);
      if (isExcel(info)) return officeHost();
      return { kind: 'problem', problem: 'notExcel', host: info?.host ?? '–' };
    }
  }
}

/** An API-set check that supports ExcelApi up to `max` ('1.8'), or everything when `max` is absent or malformed. */
export function upToExcelApi(max: string | null): IsSetSupported {
  const limit = /^1\.(\d+)$/.exec(max ?? '')?.[1];
  if (limit === undefined) return () => true;
  return (set, version) => set !== 'ExcelApi' || Number(/^1\.(\d+)$/.exec(version)?.[1] ?? Infinity) <= Number(limit);
}
