/**
 * The notices under the header: the preview's "illustrative figures", an
 * Excel too old to run the add-in, the features an older Excel lacks (what
 * the adapter skips, in words), and the last failure, shown until dismissed.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Bilingual } from '../../../app/session';
import { BASE_REQUIREMENT, missingRequirements, type Capabilities } from '../host/capabilities';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  notices: { display: 'grid', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
});

export interface PaneNoticesProps {
  preview: boolean;
  capabilities: Capabilities;
  error: Bilingual | null;
  onDismissError: () => void;
}

export function PaneNotices({ preview, capabilities, error, onDismissError }: PaneNoticesProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const missing = missingRequirements(capabilities);
  return (
    <div className={styles.notices}>
      {preview && (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>{t('app.previewNotice')}</MessageBarBody>
        </MessageBar>
      )}
      {!capabilities.base && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{t('api.tooOld', BASE_REQUIREMENT)}</MessageBarBody>
        </MessageBar>
      )}
      {capabilities.base && missing.length > 0 && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t('api.missingHeading')}</MessageBarTitle>
            <ul>
              {missing.map((r) => (
                <li key={r.feature}>
                  {t('api.missingFeature', { feature: t(r.message), set: r.set, version: r.version })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{t('app.error', { detail: error[language] })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismissError}>
              {t('app.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
