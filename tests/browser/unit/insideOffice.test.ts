import { describe, expect, it } from 'vitest';
import {
  PROBE_TIMEOUT_MS,
  hostInfoOf,
  hostLocale,
  insideOffice,
  readHostSignals,
  startPlan,
  type HostSignals,
} from '../../../src/hosts/officejs/office/insideOffice';

/** A plain browser tab with office.js loaded; each case adds the one signal it is about. */
const browser = (extra: Partial<HostSignals> = {}): HostSignals => ({
  search: '',
  hash: '',
  windowName: '',
  storedHostInfo: null,
  windowsBridge: false,
  appleBridge: false,
  officeJsLoaded: true,
  ...extra,
});

const DESKTOP = '?_host_Info=Excel$Win32$16.01$sv-SE$$$$0';
const WEB = '?_host_Info=Excel|Web|16.00|en-US|f1a2b3c4-0000-0000-0000-000000000000|isDialog';

describe('insideOffice', () => {
  it.each([
    ['the _host_Info parameter Office adds on Windows and Mac', browser({ search: DESKTOP })],
    ['the _host_Info parameter of Office on the web', browser({ search: WEB })],
    ['_host_Info among other parameters', browser({ search: `?lang=en&${DESKTOP.slice(1)}&et=` })],
    ['host info in window.name (Office on the web)', browser({ windowName: '{"hostInfo":"Excel|Web|16.00|sv-SE"}' })],
    ['messaging info in window.name', browser({ windowName: '{"baseFrameName":"x","xdmInfo":"a|b|c"}' })],
    ['_xdm_Info in the fragment', browser({ hash: '#_xdm_Info=a|b|https%3A%2F%2Fexcel.officeapps.live.com' })],
    [
      'host info office.js kept in sessionStorage (a reload in the pane)',
      browser({ storedHostInfo: 'Excel$Mac$16.01$sv-SE' }),
    ],
    ["the Windows host's bridge on window.external", browser({ windowsBridge: true })],
    ["the Mac and iPad host's bridge", browser({ appleBridge: true })],
  ])('is true given %s', (_, signals) => {
    expect(insideOffice(signals)).toBe(true);
  });

  it.each([
    ['no signal at all', browser()],
    ['the preview\u2019s own parameters', browser({ search: '?theme=dark&lang=en&workbook=error&stepDelayMs=1500' })],
    ['an empty _host_Info', browser({ search: '?_host_Info=' })],
    ['a window.name that is not JSON', browser({ windowName: 'skolkostnad' })],
    ['a JSON window.name without host info', browser({ windowName: '{"something":"else"}' })],
    ['a parameter that only ends in _host_Info', browser({ search: '?my_host_Info=x' })],
  ])('is false given %s', (_, signals) => {
    expect(insideOffice(signals)).toBe(false);
  });
});

describe('hostInfoOf', () => {
  it('decodes the parameter', () => {
    expect(hostInfoOf(browser({ search: '?_host_Info=Excel%24Win32%2416.01%24sv-SE' }))).toBe(
      'Excel$Win32$16.01$sv-SE',
    );
  });
  it('prefers the URL over window.name and sessionStorage, as office.js does', () => {
    const signals = browser({
      search: DESKTOP,
      windowName: '{"hostInfo":"Excel|Web|16.00|en-US"}',
      storedHostInfo: 'Excel$Mac$16.01$en-GB',
    });
    expect(hostInfoOf(signals)).toBe('Excel$Win32$16.01$sv-SE$$$$0');
  });
  it('is null in a plain browser', () => {
    expect(hostInfoOf(browser())).toBeNull();
  });
});

describe('hostLocale', () => {
  it.each([
    [DESKTOP, 'sv-SE'],
    [WEB, 'en-US'],
    ['?_host_Info=Excel$Win32', null],
    ['', null],
  ])('reads the locale of %j as %j', (search, locale) => {
    expect(hostLocale(browser({ search }))).toBe(locale);
  });
});

describe('startPlan', () => {
  it('waits for Office, with no time limit, inside Office — however long onReady takes', () => {
    expect(startPlan(browser({ search: DESKTOP }))).toEqual({ kind: 'office' });
    expect(startPlan(browser({ windowsBridge: true }))).toEqual({ kind: 'office' });
  });
  it('says office.js is missing inside Office without office.js, instead of showing the sample', () => {
    expect(startPlan(browser({ search: DESKTOP, officeJsLoaded: false }))).toEqual({ kind: 'officeJsMissing' });
  });
  it('asks office.js briefly in a plain browser where it loaded, then the preview', () => {
    expect(startPlan(browser())).toEqual({ kind: 'probe', timeoutMs: PROBE_TIMEOUT_MS });
  });
  it('starts the preview at once in a plain browser without office.js (no network)', () => {
    expect(startPlan(browser({ officeJsLoaded: false }))).toEqual({ kind: 'preview' });
  });
});

describe('readHostSignals', () => {
  const page = (extra: Record<string, unknown> = {}) =>
    ({
      location: { search: DESKTOP, hash: '#x' },
      name: 'frame',
      sessionStorage: { getItem: (key: string) => (key === 'hostInfoValue' ? 'Excel$Win32$16.01$sv-SE' : null) },
      ...extra,
    }) as unknown as Window;

  it('copies the URL, window.name and the stored host info', () => {
    expect(readHostSignals(page())).toEqual({
      search: DESKTOP,
      hash: '#x',
      windowName: 'frame',
      storedHostInfo: 'Excel$Win32$16.01$sv-SE',
      windowsBridge: false,
      appleBridge: false,
      officeJsLoaded: false,
    });
  });
  it("sees Office's bridges and office.js, but not Chromium's own window.external", () => {
    expect(readHostSignals(page({ external: { AddSearchProvider: () => undefined } })).windowsBridge).toBe(false);
    expect(readHostSignals(page({ external: { GetContext: () => ({}) } })).windowsBridge).toBe(true);
    expect(readHostSignals(page({ webkit: { messageHandlers: { Agave: {} } } })).appleBridge).toBe(true);
    expect(readHostSignals(page({ Office: { onReady: () => Promise.resolve() } })).officeJsLoaded).toBe(true);
  });
  it('treats a sessionStorage that refuses access (a sandboxed frame) as empty', () => {
    const refusing = page({
      sessionStorage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
      },
    });
    expect(readHostSignals(refusing).storedHostInfo).toBeNull();
  });
});
