/**
 * The pane's Fluent theme from Office's theme (Office.context.officeTheme):
 * White, Colorful, Dark Gray or Black, each with its own body and control
 * colours. Pure: colours in, a Fluent theme out, so the decision is
 * unit-tested; reading Office and following changes is watchOfficeTheme.ts.
 *
 * How Office's colours become Fluent tokens:
 *   - light or dark base: dark when Office's body background reads better
 *     with white text than with black (WCAG contrast), else light;
 *   - Colorful (Office paints each app in its own colour) takes Excel's green
 *     as the brand colour; White, Dark Gray and Black keep Fluent's own;
 *   - the pane's background (colorNeutralBackground2, see App.tsx) is
 *     Office's body background, controls (colorNeutralBackground1: inputs,
 *     buttons, drop-downs) Office's control background, text
 *     (colorNeutralForeground1) Office's body text colour. Fluent draws body
 *     and control text with one token, so Office's control text colour is
 *     used only when its body text colour does not contrast.
 *   - every colour is taken only if text stays at WCAG AA (4.5:1) on it; a
 *     colour that fails, or is missing or malformed, leaves the base theme's
 *     token. Secondary text tokens that would drop below 4.5:1 on Office's
 *     backgrounds become the main text colour.
 */
import {
  createLightTheme,
  webDarkTheme,
  webLightTheme,
  type BrandVariants,
  type Theme,
} from '@fluentui/react-components';

import type { OfficeThemeColours, OfficeThemeId } from '../../../hosts/officejs/office/watchOfficeTheme';

export type { OfficeThemeColours, OfficeThemeId };

export type ThemeKind = 'light' | 'dark' | 'colorful';

export interface PaneTheme {
  kind: ThemeKind;
  theme: Theme;
}

/**
 * Representative colours of Office's themes (Microsoft 365 on Windows). The
 * exact values differ between Office versions and platforms — which is why
 * the decision rests on contrast and themeId, never on these values. The
 * preview (?theme=) and the tests use them.
 */
export const OFFICE_THEMES: Record<OfficeThemeId, Required<OfficeThemeColours>> = {
  white: {
    themeId: 'white',
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#262626',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#262626',
  },
  colorful: {
    themeId: 'colorful',
    bodyBackgroundColor: '#E6E6E6',
    bodyForegroundColor: '#262626',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#262626',
  },
  darkGray: {
    themeId: 'darkGray',
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#363636',
    controlForegroundColor: '#FFFFFF',
  },
  black: {
    themeId: 'black',
    bodyBackgroundColor: '#0A0A0A',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#1F1F1F',
    controlForegroundColor: '#F0F0F0',
  },
};

/** WCAG AA for normal text. */
const TEXT_CONTRAST = 4.5;

/** '#RRGGBB' or 'RRGGBB' → '#rrggbb'; null for anything else. */
export function normaliseColour(colour: string | undefined): string | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour?.trim() ?? '')?.[1];
  return hex ? `#${hex.toLowerCase()}` : null;
}

function channels(colour: string): [number, number, number] {
  const n = parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG 2 relative luminance of a '#rrggbb' colour. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two '#rrggbb' colours (1 … 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A background is dark when white text reads better on it than black text. */
function isDark(background: string): boolean {
  return contrast(background, '#ffffff') > contrast(background, '#000000');
}

/**
 * Light, dark or colourful. Dark follows the body background when Office
 * gives one (themeId otherwise). Colorful versus White: themeId when Office
 * reports it; without it, a light body that is not (near) white is taken as
 * Colorful, whose body Office draws in grey.
 */
export function themeKindOf(colours: OfficeThemeColours | null | undefined): ThemeKind {
  const body = normaliseColour(colours?.bodyBackgroundColor);
  const id = colours?.themeId;
  if (body ? isDark(body) : id === 'darkGray' || id === 'black') return 'dark';
  if (id !== undefined) return id === 'colorful' ? 'colorful' : 'light';
  return body !== null && luminance(body) < 0.9 ? 'colorful' : 'light';
}

function mix(a: string, b: string, t: number): string {
  const [x, y] = [channels(a), channels(b)];
  return `#${x
    .map((c, i) =>
      Math.round(c + (y[i]! - c) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * Excel's green as a Fluent brand ramp (10 darkest … 160 lightest). The
 * anchor at 80 (Fluent's primary shade) is Excel's #107C41 darkened to
 * #0E6B37, so brand-coloured text keeps 4.5:1 on Colorful's grey body too
 * (#107C41 on #E6E6E6 is 4.2:1).
 */
const EXCEL_GREEN = '#0e6b37';
export const EXCEL_BRAND: BrandVariants = Object.fromEntries(
  Array.from({ length: 16 }, (_, i) => {
    const step = i + 1;
    const shade = step <= 8 ? mix('#000000', EXCEL_GREEN, step / 8) : mix(EXCEL_GREEN, '#ffffff', (step - 8) / 8.5);
    return [step * 10, shade];
  }),
) as BrandVariants;

const SECONDARY_TEXT = ['colorNeutralForeground2', 'colorNeutralForeground3', 'colorNeutralForeground4'] as const;

/** The Fluent theme for Office's colours; the preview's plain light theme when there are none. */
export function paneTheme(colours: OfficeThemeColours | null | undefined): PaneTheme {
  const kind = themeKindOf(colours);
  const base = kind === 'dark' ? webDarkTheme : kind === 'colorful' ? createLightTheme(EXCEL_BRAND) : webLightTheme;
  const body = normaliseColour(colours?.bodyBackgroundColor);
  const control = normaliseColour(colours?.controlBackgroundColor);
  // Text first: Office's body text if it reads on Office's body, else its control text, else the base theme's.
  const reference = body ?? base.colorNeutralBackground2;
  const text =
    [normaliseColour(colours?.bodyForegroundColor), normaliseColour(colours?.controlForegroundColor)].find(
      (c): c is string => c !== null && contrast(c, reference) >= TEXT_CONTRAST,
    ) ?? base.colorNeutralForeground1;
  const readable = (background: string | null): background is string =>
    background !== null && contrast(text, background) >= TEXT_CONTRAST;
  const theme: Theme = {
    ...base,
    colorNeutralForeground1: text,
    colorNeutralBackground2: readable(body) ? body : base.colorNeutralBackground2,
    colorNeutralBackground1: readable(control) ? control : base.colorNeutralBackground1,
  };
  // The base theme's own pair may not reach 4.5:1 once the text colour is Office's: keep the base text then.
  if (
    contrast(theme.colorNeutralForeground1, theme.colorNeutralBackground1) < TEXT_CONTRAST ||
    contrast(theme.colorNeutralForeground1, theme.colorNeutralBackground2) < TEXT_CONTRAST
  ) {
    return { kind, theme: base };
  }
  for (const token of SECONDARY_TEXT) {
    const colour = normaliseColour(theme[token]);
    const fits =
      colour !== null &&
      contrast(colour, theme.colorNeutralBackground1) >= TEXT_CONTRAST &&
      contrast(colour, theme.colorNeutralBackground2) >= TEXT_CONTRAST;
    if (!fits) theme[token] = theme.colorNeutralForeground1;
  }
  return { kind, theme };
}

/** The preview's ?theme= (light, white, colorful, dark, darkGray, black) as Office's colours; white otherwise. */
export function previewColours(param: string | null): Required<OfficeThemeColours> {
  switch ((param ?? '').toLowerCase()) {
    case 'colorful':
    case 'colourful':
      return OFFICE_THEMES.colorful;
    case 'dark':
    case 'darkgray':
      return OFFICE_THEMES.darkGray;
    case 'black':
      return OFFICE_THEMES.black;
    default:
      return OFFICE_THEMES.white;
  }
}
