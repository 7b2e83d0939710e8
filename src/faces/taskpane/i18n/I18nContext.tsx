/**
 * The current language as React context, with a `t` bound to it. The pane
 * owns the language state (Office's display language at start, then the
 * switch); components only read it.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import {
  translate,
  translateCount,
  type CountKey,
  type Language,
  type MessageKey,
  type MessageParams,
} from './catalogue';

export interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A message with plural forms, agreeing with `count`. */
  tc: (key: CountKey, count: number, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n>({
  language: 'sv',
  t: (key, params) => translate('sv', key, params),
  tc: (key, count, params) => translateCount('sv', key, count, params),
});

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      language,
      t: (key, params) => translate(language, key, params),
      tc: (key, count, params) => translateCount(language, key, count, params),
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
