/**
 * The providers around the pane: Fluent's theme (following Office's light or
 * dark theme) and the message catalogue (Office's display language at start,
 * then the pane's language switch). Also sets <html lang> so screen readers
 * pronounce the text in the right language.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ThemeName } from '../host/detectHost';
import { I18nProvider } from '../i18n/I18nContext';
import type { Language } from '../i18n/catalogue';

export interface RootProps {
  theme: ThemeName;
  initialLanguage: Language;
  children: (language: Language, setLanguage: (language: Language) => void) => ReactNode;
}

export function Root({ theme, initialLanguage, children }: RootProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <FluentProvider
      theme={theme === 'dark' ? webDarkTheme : webLightTheme}
      style={{ minHeight: '100vh' }}
      data-theme={theme}
    >
      <I18nProvider language={language}>{children(language, setLanguage)}</I18nProvider>
    </FluentProvider>
  );
}
