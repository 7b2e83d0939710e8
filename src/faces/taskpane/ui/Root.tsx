/**
 * The providers around the pane: Fluent's theme, built from Office's theme
 * colours (host/officeTheme.ts) and rebuilt when Office reports new ones
 * while the pane is open, and the message catalogue (Office's display
 * language at start, then the pane's language switch). Also sets <html lang>
 * so screen readers pronounce the text in the right language.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { FluentProvider, tokens } from '@fluentui/react-components';
import { paneTheme, type OfficeThemeColours } from '../host/officeTheme';
import { I18nProvider } from '../i18n/I18nContext';
import type { Language } from '../i18n/catalogue';

export interface RootProps {
  /** Office's theme colours at start; null: none reported (the plain light theme). */
  theme: OfficeThemeColours | null;
  /** Follows Office's theme while the pane is open; returns the function that stops following. */
  watchTheme?: ((onChange: (colours: OfficeThemeColours | null) => void) => () => void) | undefined;
  initialLanguage: Language;
  children: (language: Language, setLanguage: (language: Language) => void) => ReactNode;
}

export function Root({ theme: initialTheme, watchTheme, initialLanguage, children }: RootProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [colours, setColours] = useState(initialTheme);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => watchTheme?.(setColours), [watchTheme]);
  const { kind, theme } = useMemo(() => paneTheme(colours), [colours]);
  return (
    // Office's body colour down to the bottom of the pane, below the content too.
    <FluentProvider
      theme={theme}
      style={{ minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 }}
      data-theme={kind}
    >
      <I18nProvider language={language}>{children(language, setLanguage)}</I18nProvider>
    </FluentProvider>
  );
}
