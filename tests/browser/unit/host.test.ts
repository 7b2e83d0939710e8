import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectCapabilities, missingRequirements } from '../../../src/faces/taskpane/host/capabilities';
import { detectHost, previewHost, upToExcelApi } from '../../../src/faces/taskpane/host/detectHost';
import { OFFICE_THEMES } from '../../../src/faces/taskpane/host/officeTheme';

/**
 * A stand-in for office.js with only what detectHost reads; onReady answers
 * with `host` after `delayMs` (never when null). Anything else it is asked
 * for fails loudly, so a drift from the real API shows here.
 */
function installOffice(host: string | null, delayMs: number | null) {
  const office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    ThemeId: { Black: 0, Colorful: 1, DarkGray: 2, White: 3 },
    onReady: () =>
      new Promise((resolve) => {
        if (delayMs !== null) setTimeout(() => resolve({ host, platform: 'PC' }), delayMs);
      }),
    context: {
      displayLanguage: 'en-US',
      officeTheme: { ...OFFICE_THEMES.colorful, themeId: 1 },
      requirements: { isSetSupported: (set: string, version: string) => set === 'ExcelApi' && version === '1.7' },
    },
  };
  const strict = new Proxy(office, {
    get(target, key) {
      if (!(key in target)) throw new Error(`the Office stand-in does not model Office.${String(key)}`);
      return target[key as keyof typeof target];
    },
  });
  vi.stubGlobal('Office', strict);
}

describe('detectHost', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('inside Office, waits for a slow Office.onReady (a minute here) and starts over Excel, never the preview', async () => {
    installOffice('Excel', 60_000);
    let settled = false;
    const detected = detectHost({ kind: 'office' }, '').then((host) => {
      settled = true;
      return host;
    });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    const host = await detected;
    expect(host).toMatchObject({ kind: 'office', language: 'en', stepDelayMs: 0 });
    expect(host.kind === 'office' && host.theme).toEqual({ ...OFFICE_THEMES.colorful, themeId: 'colorful' });
    expect(host.kind === 'office' && host.isSetSupported('ExcelApi', '1.7')).toBe(true);
  });

  it('inside Office, says the host is not Excel when Office names another', async () => {
    installOffice('Word', 10);
    const detected = detectHost({ kind: 'office' }, '');
    await vi.advanceTimersByTimeAsync(10);
    expect(await detected).toEqual({ kind: 'problem', problem: 'notExcel', host: 'Word' });
  });

  it('says office.js is missing without asking Office anything', async () => {
    expect(await detectHost({ kind: 'officeJsMissing' }, '?theme=dark')).toEqual({
      kind: 'problem',
      problem: 'officeJsMissing',
    });
  });

  it('in a plain browser with office.js, starts the preview once the probe times out', async () => {
    installOffice(null, null);
    const detected = detectHost({ kind: 'probe', timeoutMs: 5000 }, '?lang=en&theme=dark');
    await vi.advanceTimersByTimeAsync(5000);
    expect(await detected).toMatchObject({ kind: 'preview', language: 'en', theme: OFFICE_THEMES.darkGray });
  });

  it('in a plain browser with office.js, starts the preview as soon as onReady reports no host', async () => {
    installOffice(null, 5);
    const detected = detectHost({ kind: 'probe', timeoutMs: 5000 }, '');
    await vi.advanceTimersByTimeAsync(5);
    expect(await detected).toMatchObject({ kind: 'preview' });
  });

  it('starts over Excel from a probe when onReady does name Excel (an Office without the usual signals)', async () => {
    installOffice('Excel', 100);
    const detected = detectHost({ kind: 'probe', timeoutMs: 5000 }, '');
    await vi.advanceTimersByTimeAsync(100);
    expect(await detected).toMatchObject({ kind: 'office' });
  });
});

describe('previewHost', () => {
  it('takes the theme, language, API level and step delay from the URL', () => {
    const host = previewHost('?theme=colorful&lang=en&excelApi=1.8&stepDelayMs=99999');
    expect(host).toMatchObject({ kind: 'preview', theme: OFFICE_THEMES.colorful, language: 'en', stepDelayMs: 10_000 });
    expect(host.isSetSupported('ExcelApi', '1.9')).toBe(false);
  });
  it('defaults to Swedish, the White theme, every API set and no delay', () => {
    const host = previewHost('');
    expect(host).toMatchObject({ theme: OFFICE_THEMES.white, language: 'sv', stepDelayMs: 0 });
    expect(host.isSetSupported('ExcelApi', '1.17')).toBe(true);
  });
});

describe('detectCapabilities', () => {
  const upTo = (max: number) => (set: string, version: string) =>
    set === 'ExcelApi' && Number(version.split('.')[1]) <= max;
  it('reports every feature on a current Excel', () => {
    expect(detectCapabilities(upTo(17))).toEqual({ base: true, validation: true, pageLayout: true });
    expect(missingRequirements(detectCapabilities(upTo(17)))).toEqual([]);
  });
  it('names what needs a newer Excel on ExcelApi 1.8', () => {
    const missing = missingRequirements(detectCapabilities(upTo(8)));
    expect(missing.map((r) => `${r.feature} ${r.set} ${r.version}`)).toEqual(['pageLayout ExcelApi 1.9']);
  });
  it('says when even the base set is missing', () => {
    expect(detectCapabilities(upTo(6)).base).toBe(false);
  });
});

describe('upToExcelApi', () => {
  it('supports ExcelApi versions up to the limit only', () => {
    const check = upToExcelApi('1.8');
    expect([
      check('ExcelApi', '1.7'),
      check('ExcelApi', '1.8'),
      check('ExcelApi', '1.9'),
      check('ExcelApi', '1.12'),
    ]).toEqual([true, true, false, false]);
  });
  it('leaves other requirement sets alone', () => {
    expect(upToExcelApi('1.8')('DialogApi', '1.2')).toBe(true);
  });
  it.each([null, '', 'latest', '2.0'])('supports everything without a usable limit (%j)', (max) => {
    expect(upToExcelApi(max)('ExcelApi', '1.17')).toBe(true);
  });
});
