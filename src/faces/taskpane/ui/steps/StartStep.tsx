/** Start: offer the template when input sheets are missing, else show what was found. */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { formatDateTime } from '../../format/numbers';
import { useI18n } from '../../i18n/I18nContext';
import type { WorkbookOverview } from '../../../../app/session';
import { StepHeading } from '../StepHeading';
import { useActionBarStyles } from '../actionBar';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  group: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface StartStepProps {
  overview: WorkbookOverview | null;
  busy: 'reading' | 'creating' | null;
  onCreate: () => void;
  onReread: () => void;
  onNext: () => void;
}

export function StartStep({ overview, busy, onCreate, onReread, onNext }: StartStepProps) {
  const { t, tc, language } = useI18n();
  const styles = useStyles();
  const bar = useActionBarStyles();
  if (busy) {
    return (
      <section>
        <StepHeading>{t('start.heading')}</StepHeading>
        <Spinner size="small" label={t(busy === 'creating' ? 'start.creating' : 'start.reading')} />
      </section>
    );
  }
  if (!overview) {
    // Reading failed (the error is shown above the steps): offer to try again.
    return (
      <section>
        <StepHeading>{t('start.heading')}</StepHeading>
        <div className={bar.bar}>
          <Button appearance="primary" onClick={onReread}>
            {t('start.reread')}
          </Button>
        </div>
      </section>
    );
  }
  if (overview.missingSheets.length > 0) {
    return (
      <section>
        <StepHeading>{t('start.heading')}</StepHeading>
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>{t('start.missingSheets', { sheets: overview.missingSheets.join(', ') })}</MessageBarBody>
        </MessageBar>
        <p>{t('start.offerTemplate')}</p>
        <div className={bar.bar}>
          <Button appearance="primary" onClick={onCreate}>
            {t('start.create')}
          </Button>
          <Button onClick={onReread}>{t('start.reread')}</Button>
        </div>
      </section>
    );
  }
  const model = overview.model;
  return (
    <section>
      <StepHeading>{t('start.heading')}</StepHeading>
      {overview.staleness.kind === 'stale' && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            {t('write.stale', { when: formatDateTime(overview.staleness.generatedAt, language) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {model ? (
        <>
          <h3 className={styles.group}>{t('start.payers', { count: model.payers.length })}</h3>
          <ul className={styles.list}>
            {model.payers.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
          <h3 className={styles.group}>{t('start.solutions', { count: model.solutions.length })}</h3>
          <ul className={styles.list}>
            {model.solutions.map((s) => (
              <li key={s.id}>{s.name}</li>
            ))}
          </ul>
          <h3 className={styles.group}>{t('start.alternatives', { count: model.alternatives.length })}</h3>
          <ul className={styles.list}>
            {model.alternatives.map((a) => (
              <li key={a.id}>
                {a.name} ({tc('start.contracts', a.contracts.length)})
              </li>
            ))}
          </ul>
        </>
      ) : (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t('start.notReadable')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={bar.bar}>
        <Button appearance="primary" onClick={onNext}>
          {t('start.next')}
        </Button>
        <Button onClick={onReread}>{t('start.reread')}</Button>
      </div>
    </section>
  );
}
