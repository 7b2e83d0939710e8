import fc from 'fast-check';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import {
  EXCEL_BRAND,
  OFFICE_THEMES,
  contrast,
  normaliseColour,
  paneTheme,
  previewColours,
  themeKindOf,
  type OfficeThemeColours,
} from '../../../src/faces/taskpane/host/officeTheme';

const withoutId = ({ themeId: _, ...colours }: OfficeThemeColours): OfficeThemeColours => colours;

describe('themeKindOf', () => {
  it.each([
    ['white', 'light'],
    ['colorful', 'colorful'],
    ['darkGray', 'dark'],
    ['black', 'dark'],
  ] as const)('takes Office\u2019s %s theme as %s', (id, kind) => {
    expect(themeKindOf(OFFICE_THEMES[id])).toBe(kind);
  });

  it.each([
    ['white', 'light'],
    ['colorful', 'colorful'],
    ['darkGray', 'dark'],
    ['black', 'dark'],
  ] as const)('tells %s apart by its colours alone when Office reports no theme id (%s)', (id, kind) => {
    expect(themeKindOf(withoutId(OFFICE_THEMES[id]))).toBe(kind);
  });

  it('trusts the colours over the id for light or dark (a dark body is dark whatever the id says)', () => {
    expect(themeKindOf({ ...OFFICE_THEMES.darkGray, themeId: 'white' })).toBe('dark');
  });

  it('falls back to the id, then to light, when the colours are missing or malformed', () => {
    expect(themeKindOf({ themeId: 'black' })).toBe('dark');
    expect(themeKindOf({ bodyBackgroundColor: 'rgb(0,0,0)' })).toBe('light');
    expect(themeKindOf(null)).toBe('light');
  });
});

describe('paneTheme', () => {
  it.each(['white', 'colorful', 'darkGray', 'black'] as const)(
    'draws the pane in Office\u2019s %s colours: body as the pane, controls as controls, body text as text',
    (id) => {
      const office = OFFICE_THEMES[id];
      const { theme } = paneTheme(office);
      expect(theme.colorNeutralBackground2).toBe(normaliseColour(office.bodyBackgroundColor));
      expect(theme.colorNeutralBackground1).toBe(normaliseColour(office.controlBackgroundColor));
      expect(theme.colorNeutralForeground1).toBe(normaliseColour(office.bodyForegroundColor));
    },
  );

  it("gives Colorful Excel's green as its brand, and White and the dark themes Fluent's own", () => {
    expect(paneTheme(OFFICE_THEMES.colorful).theme.colorBrandBackground).toBe(EXCEL_BRAND[80]);
    expect(paneTheme(OFFICE_THEMES.white).theme.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    expect(paneTheme(OFFICE_THEMES.darkGray).theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
  });

  it('keeps brand-coloured text and text on brand-coloured buttons at 4.5:1 in Colorful', () => {
    const { theme } = paneTheme(OFFICE_THEMES.colorful);
    for (const background of [theme.colorNeutralBackground1, theme.colorNeutralBackground2]) {
      expect(contrast(theme.colorBrandForeground1, background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.colorBrandForegroundLink, background)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(theme.colorNeutralForegroundOnBrand, theme.colorBrandBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it('is the plain light or dark theme when Office reports no colours', () => {
    expect(paneTheme(null)).toEqual({ kind: 'light', theme: webLightTheme });
    expect(paneTheme({ themeId: 'black' })).toEqual({ kind: 'dark', theme: webDarkTheme });
  });

  it('ignores a text colour that would not read on Office\u2019s background', () => {
    const { theme } = paneTheme({ ...OFFICE_THEMES.white, bodyForegroundColor: '#EEEEEE' });
    expect(theme.colorNeutralForeground1).toBe('#262626'); // Office's control text colour, which does read
    const none = paneTheme({
      ...OFFICE_THEMES.white,
      bodyForegroundColor: '#EEEEEE',
      controlForegroundColor: '#FAFAFA',
    });
    expect(none.theme.colorNeutralForeground1).toBe(webLightTheme.colorNeutralForeground1);
  });

  it('turns secondary text that would fall below 4.5:1 on Office\u2019s grey into the main text colour', () => {
    const { theme } = paneTheme(OFFICE_THEMES.colorful);
    // Fluent's Foreground4 (#707070) on Colorful's #E6E6E6 is 4.0:1.
    expect(contrast(webLightTheme.colorNeutralForeground4, '#e6e6e6')).toBeLessThan(4.5);
    expect(theme.colorNeutralForeground4).toBe(theme.colorNeutralForeground1);
    expect(theme.colorNeutralForeground2).toBe(webLightTheme.colorNeutralForeground2);
  });

  it('keeps every text colour at 4.5:1 on both backgrounds, whatever colours Office reports', () => {
    const colour = fc.oneof(
      fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
      fc.constantFrom(undefined, '', 'red', '#FFF'),
    );
    fc.assert(
      fc.property(colour, colour, colour, colour, (body, bodyText, control, controlText) => {
        const { theme } = paneTheme({
          ...(body !== undefined ? { bodyBackgroundColor: body } : {}),
          ...(bodyText !== undefined ? { bodyForegroundColor: bodyText } : {}),
          ...(control !== undefined ? { controlBackgroundColor: control } : {}),
          ...(controlText !== undefined ? { controlForegroundColor: controlText } : {}),
        });
        for (const text of ['colorNeutralForeground1', 'colorNeutralForeground2', 'colorNeutralForeground3'] as const) {
          for (const background of ['colorNeutralBackground1', 'colorNeutralBackground2'] as const) {
            expect(contrast(theme[text], theme[background])).toBeGreaterThanOrEqual(4.5);
          }
        }
      }),
    );
  });
});

describe('EXCEL_BRAND', () => {
  it('runs from dark to light in 16 steps with the darkened Excel green at 80', () => {
    const shades = Object.values(EXCEL_BRAND);
    expect(shades).toHaveLength(16);
    expect(EXCEL_BRAND[80]).toBe('#0e6b37');
    const white = shades.map((s) => contrast(s, '#ffffff'));
    expect(white).toEqual([...white].sort((a, b) => b - a));
  });
});

describe('previewColours', () => {
  it.each([
    ['dark', 'darkGray'],
    ['darkGray', 'darkGray'],
    ['black', 'black'],
    ['colorful', 'colorful'],
    ['colourful', 'colorful'],
    ['light', 'white'],
    [null, 'white'],
  ] as const)('maps ?theme=%s to Office\u2019s %s colours', (param, id) => {
    expect(previewColours(param)).toBe(OFFICE_THEMES[id]);
  });
});
