/**
 * Where the pane runs: inside Office (office.js loaded and Office.onReady
 * reports a host) or in a plain browser (office.js failed to load — e.g. no
 * network — or onReady reports no host), which starts the preview. Also reads
 * Office's theme and display language; the preview takes them from the URL
 * (?theme=dark, ?lang=en, ?excelApi=1.8) so the browser tests can choose.
 */
import { languageFromLocale, type Language } from '../i18n/catalogue';
import type { IsSetSupported } from './capabilities';

export type ThemeName = 'light' | 'dark';

export interface HostInfo {
  kind: 'office' | 'preview';
  theme: ThemeName;
  language: Language;
  isSetSupported: IsSetSupported;
  /** Preview only: pause between alternatives while generating (?stepDelayMs=), to try cancel. */
  stepDelayMs: number;
}

/** office.js calls onReady within a second in a real host; after this we assume a plain browser. */
const OFFICE_READY_TIMEOUT_MS = 5000;

export async function detectHost(location: Location = window.location): Promise<HostInfo> {
  const params = new URLSearchParams(location.search);
  const preview: HostInfo = {
    kind: 'preview',
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    language: languageFromLocale(params.get('lang')),
    // The emulation models every set the adapter uses; ?excelApi=1.8 pretends to be an older Excel.
    isSetSupported: upToExcelApi(params.get('excelApi')),
    stepDelayMs: Math.max(0, Math.min(10_000, Number(params.get('stepDelayMs')) || 0)),
  };
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return preview;
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)),
  ]);
  if (!info || !info.host) return preview;
  return {
    kind: 'office',
    theme: themeOfOffice(Office.context.officeTheme?.bodyBackgroundColor),
    language: languageFromLocale(Office.context.displayLanguage),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    stepDelayMs: 0,
  };
}

/**
 * Office's themes (colourful, dark grey, black, white) as light or dark: a
 * dark body background (relative luminance below one half) means dark.
 * Colourful and white have light backgrounds, so they map to light.
 */
export function themeOfOffice(bodyBackgroundColor: string | undefined): ThemeName {
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor ?? '')?.[1];
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? 'dark' : 'light';
}

/** An API-set check that supports ExcelApi up to `max` ('1.8'), or everything when `max` is absent or malformed. */
export function upToExcelApi(max: string | null): IsSetSupported {
  const limit = /^1\.(\d+)$/.exec(max ?? '')?.[1];
  if (limit === undefined) return () => true;
  return (set, version) => set !== 'ExcelApi' || Number(/^1\.(\d+)$/.exec(version)?.[1] ?? Infinity) <= Number(limit);
}
