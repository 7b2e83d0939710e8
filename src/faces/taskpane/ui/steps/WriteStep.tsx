/** Write: write or refresh the scenario sheets; say whether they match the inputs. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { formatDateTime } from '../../format/numbers';
import { useI18n } from '../../i18n/I18nContext';
import type { Staleness, WriteOutcome } from '../../../../app/session';
import { StepHeading } from '../StepHeading';
import { DecisionTrailForm } from '../DecisionTrailForm';
import type { DecisionAdded, DecisionInput } from '../../../../app';
import type { CellRef } from '../../../../engine/model';
import { useActionBarStyles } from '../actionBar';

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalS },
  result: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
});

export interface WriteStepProps {
  staleness: Staleness;
  written: Extract<WriteOutcome, { status: 'written' }> | null;
  writing: boolean;
  /** Whether a sensitivity analysis is written with the scenarios. */
  withSensitivity?: boolean;
  onWrite: () => void;
  onStartOver: () => void;
  /** Selects the written summary sheet in Excel ("Gå till bladet"). */
  onShowSheet: (sheet: string) => void;
  /** The question before sheets go that the analyst's formulas refer to (Removal.tsx), when one is open. */
  removalQuestion?: ReactNode;
  /** Appends a row to the decision trail, where the host can (offered after a write). */
  addDecision?: (entry: DecisionInput) => Promise<DecisionAdded>;
  onShowCell?: (at: CellRef) => void;
}

export function WriteStep({
  staleness,
  written,
  writing,
  withSensitivity,
  onWrite,
  onStartOver,
  onShowSheet,
  removalQuestion,
  addDecision,
  onShowCell,
}: WriteStepProps) {
  const { t, tc, language } = useI18n();
  const styles = useStyles();
  const bar = useActionBarStyles();
  // After a write, focus moves to what happened (not to <body>), so keyboard and screen-reader users hear it.
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (written) result.current?.focus();
  }, [written]);
  const when = 'generatedAt' in staleness ? formatDateTime(staleness.generatedAt, language) : '';
  return (
    <section className={styles.stack}>
      <StepHeading>{t('write.heading')}</StepHeading>
      <p>
        {t('write.explain')}
        {withSensitivity ? ` ${t('write.sensitivity')}` : ''}
      </p>
      <div role="status">
        {staleness.kind === 'never' && <p>{t('write.never')}</p>}
        {staleness.kind === 'current' && (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>
              {t('write.current', { when })}
              {staleness.unsavedChoices ? ` ${t('write.unsavedChoices')}` : ''}
            </MessageBarBody>
          </MessageBar>
        )}
        {staleness.kind === 'stale' && (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>{t('write.stale', { when })}</MessageBarBody>
          </MessageBar>
        )}
        {staleness.kind === 'unknown' && <p>{t('write.unknownStale')}</p>}
        {written && (
          <div ref={result} tabIndex={-1} className={styles.result}>
            <MessageBar layout="multiline" intent="success">
              <MessageBarBody>
                {written.recalculated ? `${t('write.recalculated')} ` : ''}
                {tc('write.done', written.sheetCount, { sheet: written.activated ?? '' })}
                {written.removed.length > 0
                  ? ` ${t('write.removedStale', { sheets: written.removed.join(', ') })}`
                  : ''}
                {written.changes.length > 0 && (
                  <>
                    {` ${t('write.changes')}`}
                    <ul>
                      {written.changes.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  </>
                )}
                {written.notes.length > 0 && (
                  <>
                    {` ${t('write.notes')}`}
                    <ul>
                      {written.notes.map((n, i) => (
                        <li key={i}>{n[language]}</li>
                      ))}
                    </ul>
                  </>
                )}
              </MessageBarBody>
              {written.activated && (
                <MessageBarActions>
                  <Button size="small" onClick={() => onShowSheet(written.activated!)}>
                    {t('write.showSheet')}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          </div>
        )}
      </div>
      {removalQuestion}
      {written && addDecision && onShowCell && (
        <DecisionTrailForm
          basis={written.calculation.basis.inputFingerprint}
          add={addDecision}
          onShowCell={onShowCell}
        />
      )}
      <div className={bar.bar}>
        {writing ? (
          <Spinner size="small" label={t('write.writing')} />
        ) : (
          <Button appearance="primary" onClick={onWrite}>
            {t(staleness.kind === 'never' ? 'write.write' : 'write.refresh')}
          </Button>
        )}
        <Button onClick={onStartOver}>{t('write.startOver')}</Button>
      </div>
    </section>
  );
}
