/**
 * Whether the page runs inside Office, decided from what Office puts into
 * the page before office.js has answered — so a slow Office.onReady never
 * turns a real Excel session into the browser preview over the sample.
 *
 * The signals are the ones office.js itself reads to learn its host
 * (_retrieveHostInfo in office.debug.js, @microsoft/office-js 1.1.110):
 *   - the `_host_Info` query parameter ("Excel$Win32$16.01$sv-SE$$$$0"),
 *     which Office adds to the add-in's URL on Windows, Mac and the web;
 *   - `window.name` as JSON with `hostInfo` / `xdmInfo` (Office on the web),
 *     and `_xdm_Info` in the URL;
 *   - `sessionStorage.hostInfoValue`, where office.js keeps the host info
 *     once read, so a reload inside the pane still knows it;
 *   - `window.external.GetHostInfo` / `GetContext` (the Windows host's
 *     bridge; plain Chromium has a `window.external` without them) and
 *     `window.webkit.messageHandlers.Agave` (the Mac and iPad bridge).
 * Pure apart from readHostSignals, which only copies them out of `window`.
 */

export interface HostSignals {
  /** location.search */
  search: string;
  /** location.hash (Office on the web may pass `_xdm_Info` there) */
  hash: string;
  /** window.name */
  windowName: string;
  /** sessionStorage 'hostInfoValue', written by office.js earlier in this pane */
  storedHostInfo: string | null;
  /** window.external has Office's GetHostInfo or GetContext bridge (Office on Windows) */
  windowsBridge: boolean;
  /** window.webkit.messageHandlers.Agave exists (Office on Mac and iPad) */
  appleBridge: boolean;
  /** office.js loaded: `Office.onReady` is a function */
  officeJsLoaded: boolean;
}

/** `name` from a query string or fragment ("?a=1&_host_Info=Excel$Win32…"), decoded; null when absent or empty. */
function parameter(text: string, name: string): string | null {
  const match = new RegExp(`(?:^|[?&#])${name}=([^&#]*)`).exec(text);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** Office on the web names the pane's frame with JSON carrying its host and messaging info. */
function windowNameInfo(windowName: string): { hostInfo: string | null; xdmInfo: boolean } {
  if (!windowName.startsWith('{')) return { hostInfo: null, xdmInfo: false };
  try {
    const parsed = JSON.parse(windowName) as Record<string, unknown> | null;
    const hostInfo = typeof parsed?.hostInfo === 'string' && parsed.hostInfo !== '' ? parsed.hostInfo : null;
    return { hostInfo, xdmInfo: typeof parsed?.xdmInfo === 'string' && parsed.xdmInfo !== '' };
  } catch {
    return { hostInfo: null, xdmInfo: false };
  }
}

/** Office's host info string ("Excel$Win32$16.01$sv-SE…" or "Excel|Web|16.00|sv-SE…"), from wherever Office put it. */
export function hostInfoOf(signals: HostSignals): string | null {
  return (
    parameter(signals.search, '_host_Info') ??
    windowNameInfo(signals.windowName).hostInfo ??
    (signals.storedHostInfo || null)
  );
}

export function insideOffice(signals: HostSignals): boolean {
  return (
    hostInfoOf(signals) !== null ||
    parameter(signals.search, '_xdm_Info') !== null ||
    parameter(signals.hash, '_xdm_Info') !== null ||
    windowNameInfo(signals.windowName).xdmInfo ||
    signals.windowsBridge ||
    signals.appleBridge
  );
}

/** Office's UI locale from its host info (the fourth field: "sv-SE"), before office.js can tell; null when unknown. */
export function hostLocale(signals: HostSignals): string | null {
  const info = hostInfoOf(signals);
  if (!info) return null;
  const fields = info.includes('$') ? info.split('$') : info.split('|');
  return fields[3] || null;
}

/**
 * How the pane starts:
 *   - 'office': inside Office; wait for Office.onReady as long as it takes,
 *     showing that we are connecting — never the sample;
 *   - 'officeJsMissing': inside Office, but office.js did not load (no
 *     network to Microsoft's CDN): say so, never the sample;
 *   - 'probe': no sign of Office, but office.js loaded (a plain browser with
 *     network): onReady answers at once there with no host; a short wait,
 *     then the preview — unless it does name Excel;
 *   - 'preview': a plain browser without office.js: the preview at once.
 */
export type StartPlan =
  { kind: 'office' } | { kind: 'officeJsMissing' } | { kind: 'probe'; timeoutMs: number } | { kind: 'preview' };

/** In a plain browser office.js's onReady resolves within a second; 5 s covers a slow machine. */
export const PROBE_TIMEOUT_MS = 5000;

export function startPlan(signals: HostSignals): StartPlan {
  const inside = insideOffice(signals);
  if (inside) return signals.officeJsLoaded ? { kind: 'office' } : { kind: 'officeJsMissing' };
  return signals.officeJsLoaded ? { kind: 'probe', timeoutMs: PROBE_TIMEOUT_MS } : { kind: 'preview' };
}

/** The signals as they are in this page. Every read is guarded: a sandboxed frame may refuse sessionStorage. */
export function readHostSignals(win: Window = window): HostSignals {
  let storedHostInfo: string | null = null;
  try {
    storedHostInfo = win.sessionStorage.getItem('hostInfoValue');
  } catch {
    storedHostInfo = null;
  }
  const bridge = win as unknown as {
    external?: { GetHostInfo?: unknown; GetContext?: unknown };
    webkit?: { messageHandlers?: { Agave?: unknown } };
    Office?: { onReady?: unknown };
  };
  let windowsBridge = false;
  try {
    windowsBridge =
      typeof bridge.external?.GetHostInfo === 'function' || typeof bridge.external?.GetContext === 'function';
  } catch {
    // Old hosts' window.external throws on property access outside Office: no bridge.
    windowsBridge = false;
  }
  return {
    search: win.location.search,
    hash: win.location.hash,
    windowName: win.name,
    storedHostInfo,
    windowsBridge,
    appleBridge: bridge.webkit?.messageHandlers?.Agave !== undefined,
    officeJsLoaded: typeof bridge.Office?.onReady === 'function',
  };
}
