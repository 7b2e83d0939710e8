/**
 * The pane's compact header: the title, the guide, and the settings (the
 * language: Office's, or one the analyst chose, remembered in the browser).
 * One row and the subtitle, about 70 px at 350 px wide, so a step's content
 * starts high.
 */
import { useState } from 'react';
import { Button, Field, Link, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import type { Language } from '../i18n/catalogue';
import {
  LANGUAGE_CHOICES,
  browserStore,
  readLanguageChoice,
  resolveLanguage,
  writeLanguageChoice,
  type LanguageChoice,
} from '../i18n/languageChoice';

const useStyles = makeStyles({
  header: { display: 'grid', gap: tokens.spacingVerticalXXS },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  title: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  tools: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  subtitle: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  settings: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface PaneHeaderProps {
  /** Office's display language (the preview: ?lang=), followed unless the analyst chose otherwise. */
  officeLanguage: Language;
  onLanguage: (language: Language) => void;
}

export function PaneHeader({ officeLanguage, onLanguage }: PaneHeaderProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [languageChoice, setLanguageChoice] = useState<LanguageChoice>(() => readLanguageChoice(browserStore()));
  const chooseLanguage = (choice: LanguageChoice) => {
    setLanguageChoice(choice);
    writeLanguageChoice(browserStore(), choice);
    onLanguage(resolveLanguage(choice, officeLanguage));
  };

  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>{t('app.title')}</h1>
        <div className={styles.tools}>
          {/* The guide is served with the add-in (webpack.config.js); a new window keeps the pane as it is. */}
          <Link href="guide.sv.html" target="_blank" rel="noopener" hrefLang="sv">
            {t('app.help')}
          </Link>
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={settingsOpen}
            aria-controls="pane-settings"
            onClick={() => setSettingsOpen((open) => !open)}
          >
            {t('app.settings')}
          </Button>
        </div>
      </div>
      <p className={styles.subtitle}>{t('app.subtitle')}</p>
      {settingsOpen && (
        <section id="pane-settings" className={styles.settings} aria-label={t('app.settings')}>
          <Field label={t('app.language')}>
            <Select value={languageChoice} onChange={(_, data) => chooseLanguage(data.value as LanguageChoice)}>
              {LANGUAGE_CHOICES.map((c) =>
                c === 'office' ? (
                  <option key={c} value={c}>
                    {t('app.language.office', { language: t(`app.language.${officeLanguage}`) })}
                  </option>
                ) : (
                  <option key={c} value={c} lang={c}>
                    {t(`app.language.${c}`)}
                  </option>
                ),
              )}
            </Select>
          </Field>
        </section>
      )}
    </header>
  );
}
