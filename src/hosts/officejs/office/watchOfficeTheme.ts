/**
 * Reads Office's theme colours and follows changes while the pane is open.
 * Office.EventType.OfficeThemeChanged is documented for Outlook and
 * PowerPoint; Excel's office.js knows the event but may refuse the handler,
 * so it is feature-detected and tried, and the colours are read again
 * whenever the pane gets focus or becomes visible — the analyst changes the
 * theme in Excel (File → Account) and comes back to the pane. On Windows
 * office.js re-reads the theme from Office on each access (cached for 5 s),
 * so a fresh read sees the new colours.
 */
import type { OfficeDocumentEvents } from './officeDocumentEvents';

/** Office's four themes (Office.ThemeId), as names: the numeric enum is read at run time below. */
export type OfficeThemeId = 'white' | 'colorful' | 'darkGray' | 'black';

/** What Office.context.officeTheme reports ("#RRGGBB"); any field may be missing on some hosts. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  themeId?: OfficeThemeId;
}

/** The parts of office.js this module touches, so tests can pass a fake that fails on anything else. */
export interface OfficeThemeApi {
  context: {
    officeTheme?: Partial<Record<keyof Omit<OfficeThemeColours, 'themeId'>, string>> & { themeId?: unknown };
    document?: OfficeDocumentEvents;
  };
  EventType?: { OfficeThemeChanged?: Office.EventType };
  ThemeId?: Partial<Record<'Black' | 'Colorful' | 'DarkGray' | 'White', unknown>>;
  AsyncResultStatus?: { Succeeded?: Office.AsyncResultStatus };
}

const THEME_IDS: readonly [keyof NonNullable<OfficeThemeApi['ThemeId']>, OfficeThemeId][] = [
  ['Black', 'black'],
  ['Colorful', 'colorful'],
  ['DarkGray', 'darkGray'],
  ['White', 'white'],
];

/** Office's theme now, or null when this host reports none (a read that throws counts as none). */
export function readOfficeTheme(office: OfficeThemeApi): OfficeThemeColours | null {
  let theme: OfficeThemeApi['context']['officeTheme'];
  try {
    theme = office.context.officeTheme;
  } catch {
    return null;
  }
  if (!theme) return null;
  const colours: OfficeThemeColours = {};
  for (const key of [
    'bodyBackgroundColor',
    'bodyForegroundColor',
    'controlBackgroundColor',
    'controlForegroundColor',
  ] as const) {
    if (typeof theme[key] === 'string') colours[key] = theme[key];
  }
  // Office.ThemeId is an enum whose run-time values we compare, not assume.
  const id = THEME_IDS.find(([name]) => office.ThemeId?.[name] !== undefined && office.ThemeId[name] === theme.themeId);
  if (id) colours.themeId = id[1];
  return colours;
}

const sameColours = (a: OfficeThemeColours | null, b: OfficeThemeColours | null): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

export interface ThemeEvents {
  /** The pane's window: 'focus'. */
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** The pane's document: 'visibilitychange'. */
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

/**
 * Calls onChange with Office's colours whenever they differ from the last
 * seen (starting from `initial`). Returns the function that stops watching.
 */
export function watchOfficeTheme(
  office: OfficeThemeApi,
  initial: OfficeThemeColours | null,
  onChange: (colours: OfficeThemeColours | null) => void,
  events: ThemeEvents = { window, document },
): () => void {
  let last = initial;
  const check = () => {
    const next = readOfficeTheme(office);
    if (sameColours(next, last)) return;
    last = next;
    onChange(next);
  };
  events.window.addEventListener('focus', check);
  events.document.addEventListener('visibilitychange', check);

  const type = office.EventType?.OfficeThemeChanged;
  const target = office.context.document;
  let registered = false;
  if (type && typeof target?.addHandlerAsync === 'function') {
    try {
      target.addHandlerAsync(type, check, (result) => {
        registered = result.status === office.AsyncResultStatus?.Succeeded;
      });
    } catch {
      // This host has no such event for documents: focus and visibility remain.
      registered = false;
    }
  }
  return () => {
    events.window.removeEventListener('focus', check);
    events.document.removeEventListener('visibilitychange', check);
    if (registered && type) target?.removeHandlerAsync?.(type, { handler: check });
  };
}
