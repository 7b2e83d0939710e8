/**
 * What the pane shows before it can start inside Office: "Ansluter till
 * Excel …" while Office.onReady has not answered — and, after a long wait,
 * what the analyst can do, while it keeps waiting — or why it cannot start
 * at all (office.js missing, a host other than Excel). Never the sample:
 * inside Office the preview would look like the analyst's own figures.
 */
import { useEffect, useState } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { HostProblem } from '../host/detectHost';
import { useI18n } from '../i18n/I18nContext';

/** office.js answers within a second or two in a healthy Excel; 20 s is long enough to be sure something is wrong. */
export const SLOW_AFTER_MS = 20_000;

const useStyles = makeStyles({
  pane: {
    padding: tokens.spacingHorizontalM,
    display: 'grid',
    gap: tokens.spacingVerticalM,
    alignContent: 'start',
    minHeight: '100%',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export type HostStatusProps = { state: 'connecting'; slowAfterMs?: number } | { state: HostProblem };

export function HostStatus(props: HostStatusProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [slow, setSlow] = useState(false);
  const connecting = props.state === 'connecting';
  const slowAfterMs = props.state === 'connecting' ? (props.slowAfterMs ?? SLOW_AFTER_MS) : null;
  useEffect(() => {
    if (slowAfterMs === null) return;
    const timer = setTimeout(() => setSlow(true), slowAfterMs);
    return () => clearTimeout(timer);
  }, [slowAfterMs]);
  return (
    <main className={styles.pane} data-testid="host-status">
      <h1 className={styles.title}>{t('app.title')}</h1>
      {connecting ? (
        <>
          <Spinner size="small" labelPosition="after" label={t('host.connecting')} />
          {slow && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>
                <MessageBarTitle>{t('host.slowTitle')}</MessageBarTitle>
                {t('host.slow')}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      ) : (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('host.problemTitle')}</MessageBarTitle>
            {props.state.problem === 'officeJsMissing'
              ? t('host.officeJsMissing')
              : t('host.notExcel', { host: props.state.host ?? '–' })}
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
