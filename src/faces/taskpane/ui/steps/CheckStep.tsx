/**
 * Check inputs: every problem, grouped by sheet; each with a cell gets a
 * button that selects that cell in Excel. Errors block the next step.
 */
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { CellRef, Problem } from '../../../../engine/model';
import { useI18n } from '../../i18n/I18nContext';
import { hasBlockingProblems } from '../../state/flow';
import { cellLabel, groupBySheet } from '../problems';
import { StepHeading } from '../StepHeading';
import { useActionBarStyles } from '../actionBar';

const useStyles = makeStyles({
  group: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  severity: { fontWeight: tokens.fontWeightSemibold },
});

export interface CheckStepProps {
  problems: Problem[];
  onSelectCell: (at: CellRef) => void;
  onRecheck: () => void;
  onNext: () => void;
}

export function CheckStep({ problems, onSelectCell, onRecheck, onNext }: CheckStepProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const bar = useActionBarStyles();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const blocked = hasBlockingProblems(problems);
  return (
    <section>
      <StepHeading>{t('check.heading')}</StepHeading>
      {problems.length === 0 ? (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{t('check.none')}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar layout="multiline" intent={blocked ? 'error' : 'warning'}>
          <MessageBarBody>
            {t('check.summary', { errors, warnings: problems.length - errors })}
            {blocked ? ` ${t('check.blocking')}` : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      {groupBySheet(problems).map(({ sheet, problems: list }) => (
        <section key={sheet ?? ''} aria-label={sheet ?? t('check.noSheet')}>
          <h3 className={styles.group}>{sheet ?? t('check.noSheet')}</h3>
          <ul className={styles.list}>
            {list.map((p, i) => (
              <li key={i} className={`${styles.item} ${p.severity === 'error' ? styles.error : styles.warning}`}>
                <span className={styles.severity}>{t(p.severity === 'error' ? 'check.error' : 'check.warning')}: </span>
                {p.message[language]}
                {p.at && (
                  <div>
                    <Button size="small" appearance="secondary" onClick={() => onSelectCell(p.at!)}>
                      {t('check.goTo', { ref: cellLabel(p.at) })}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className={bar.bar}>
        <Button appearance="primary" disabled={blocked} onClick={onNext}>
          {t('check.next')}
        </Button>
        <Button onClick={onRecheck}>{t('check.recheck')}</Button>
      </div>
    </section>
  );
}
