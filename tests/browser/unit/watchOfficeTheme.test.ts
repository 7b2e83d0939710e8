import { describe, expect, it, vi } from 'vitest';
import { OFFICE_THEMES } from '../../../src/faces/taskpane/host/officeTheme';
import {
  readOfficeTheme,
  watchOfficeTheme,
  type OfficeThemeApi,
} from '../../../src/hosts/officejs/office/watchOfficeTheme';

/** office.js's theme as a mutable stand-in; ThemeId values differ from the d.ts order on purpose. */
function fakeOffice(options: { event?: 'succeeds' | 'fails' | 'throws' | 'absent' } = {}) {
  const handlers: (() => void)[] = [];
  const removed: (() => void)[] = [];
  const office = {
    ThemeId: { Black: 10, Colorful: 11, DarkGray: 12, White: 13 },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' as unknown as Office.EventType },
    AsyncResultStatus: { Succeeded: 'succeeded' as unknown as Office.AsyncResultStatus },
    context: {
      officeTheme: { ...OFFICE_THEMES.white, themeId: 13 },
      document:
        options.event === 'absent'
          ? {}
          : {
              addHandlerAsync: (
                _type: Office.EventType,
                handler: () => void,
                callback?: (result: { status: Office.AsyncResultStatus }) => void,
              ) => {
                if (options.event === 'throws') throw new Error('event not supported');
                if (options.event === 'succeeds') handlers.push(handler);
                callback?.({
                  status: (options.event === 'succeeds'
                    ? 'succeeded'
                    : 'failed') as unknown as Office.AsyncResultStatus,
                });
              },
              removeHandlerAsync: (_type: Office.EventType, { handler }: { handler: () => void }) => {
                removed.push(handler);
              },
            },
    },
  } satisfies OfficeThemeApi;
  return { office, handlers, removed };
}

const targets = () => ({ window: new EventTarget(), document: new EventTarget() });

describe('readOfficeTheme', () => {
  it("reads the four colours and names the theme by comparing with Office's ThemeId enum at run time", () => {
    const { office } = fakeOffice();
    office.context.officeTheme = { ...OFFICE_THEMES.colorful, themeId: 11 };
    expect(readOfficeTheme(office)).toEqual(OFFICE_THEMES.colorful);
  });
  it('leaves the theme unnamed when the id matches no enum member, or there is no enum', () => {
    const { office } = fakeOffice();
    office.context.officeTheme = { ...OFFICE_THEMES.black, themeId: 99 };
    expect(readOfficeTheme(office)?.themeId).toBeUndefined();
    expect(
      readOfficeTheme({ context: { officeTheme: { ...OFFICE_THEMES.black, themeId: 10 } } })?.themeId,
    ).toBeUndefined();
  });
  it('is null when the host reports no theme or the read throws', () => {
    expect(readOfficeTheme({ context: {} })).toBeNull();
    const throwing = {
      context: {
        get officeTheme(): never {
          throw new Error('not available');
        },
      },
    };
    expect(readOfficeTheme(throwing)).toBeNull();
  });
});

describe('watchOfficeTheme', () => {
  it('reports new colours when the pane gets focus after the analyst changed the theme', () => {
    const { office } = fakeOffice();
    const events = targets();
    const onChange = vi.fn();
    watchOfficeTheme(office, readOfficeTheme(office), onChange, events);
    events.window.dispatchEvent(new Event('focus'));
    expect(onChange).not.toHaveBeenCalled(); // nothing changed yet
    office.context.officeTheme = { ...OFFICE_THEMES.black, themeId: 10 };
    events.window.dispatchEvent(new Event('focus'));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(OFFICE_THEMES.black);
    events.window.dispatchEvent(new Event('focus'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reads again when the pane becomes visible', () => {
    const { office } = fakeOffice();
    const events = targets();
    const onChange = vi.fn();
    watchOfficeTheme(office, readOfficeTheme(office), onChange, events);
    office.context.officeTheme = { ...OFFICE_THEMES.darkGray, themeId: 12 };
    events.document.dispatchEvent(new Event('visibilitychange'));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(OFFICE_THEMES.darkGray);
  });

  it("uses Office's OfficeThemeChanged event where the host accepts the handler, and removes it on stop", () => {
    const { office, handlers, removed } = fakeOffice({ event: 'succeeds' });
    const onChange = vi.fn();
    const stop = watchOfficeTheme(office, readOfficeTheme(office), onChange, targets());
    expect(handlers).toHaveLength(1);
    office.context.officeTheme = { ...OFFICE_THEMES.colorful, themeId: 11 };
    handlers[0]!();
    expect(onChange).toHaveBeenCalledExactlyOnceWith(OFFICE_THEMES.colorful);
    stop();
    expect(removed).toEqual(handlers);
  });

  it.each(['fails', 'throws', 'absent'] as const)(
    'still follows focus when the event %s, and removes no handler it never had',
    (event) => {
      const { office, removed } = fakeOffice({ event });
      const events = targets();
      const onChange = vi.fn();
      const stop = watchOfficeTheme(office, readOfficeTheme(office), onChange, events);
      office.context.officeTheme = { ...OFFICE_THEMES.black, themeId: 10 };
      events.window.dispatchEvent(new Event('focus'));
      expect(onChange).toHaveBeenCalledTimes(1);
      stop();
      expect(removed).toEqual([]);
    },
  );

  it('stops listening when stopped', () => {
    const { office } = fakeOffice();
    const events = targets();
    const onChange = vi.fn();
    const stop = watchOfficeTheme(office, readOfficeTheme(office), onChange, events);
    stop();
    office.context.officeTheme = { ...OFFICE_THEMES.black, themeId: 10 };
    events.window.dispatchEvent(new Event('focus'));
    events.document.dispatchEvent(new Event('visibilitychange'));
    expect(onChange).not.toHaveBeenCalled();
  });
});
