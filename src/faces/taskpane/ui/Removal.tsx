/**
 * Removing generated sheets, always asked first: which sheets go and which of
 * the analyst's formulas would break (#REF!). Two uses: the write that must
 * drop sheets no longer current (RemovalQuestion inside the Write step), and
 * "Ta bort genererade blad", which removes every generated sheet.
 */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formulaLine, type EditedSheet, type RemoveGeneratedResult, type UserFormula } from '../../../app';
import { formatDateTime } from '../format/numbers';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/catalogue';
import { errorText, type Bilingual } from '../../../app/session';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  section: { display: 'grid', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
});

export interface RemovalQuestionProps {
  /** What the question says above the lists. */
  question: MessageKey;
  sheets: string[];
  breaking: UserFormula[];
  confirmLabel: MessageKey;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The sheets that would go and the formulas that would break, with a yes and a no. */
export function RemovalQuestion({
  question,
  sheets,
  breaking,
  confirmLabel,
  onConfirm,
  onCancel,
}: RemovalQuestionProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <MessageBar layout="multiline" intent="warning">
      <MessageBarBody>
        <p>{t(question)}</p>
        <p>{t('removal.sheets')}</p>
        <ul className={styles.list}>
          {sheets.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        {breaking.length > 0 ? (
          <>
            <p>{t('removal.formulas')}</p>
            <ul className={styles.list}>
              {breaking.map((f) => (
                <li key={`${f.sheet}!${f.cell}`}>{formulaLine(f)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('removal.noFormulas')}</p>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" onClick={onConfirm}>
            {t(confirmLabel)}
          </Button>
          <Button onClick={onCancel}>{t('removal.cancel')}</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

export interface OverwriteQuestionProps {
  edited: EditedSheet[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** Generated sheets someone typed into since they were written: overwrite them, or stop and copy what matters first. */
export function OverwriteQuestion({ edited, onConfirm, onCancel }: OverwriteQuestionProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  return (
    <MessageBar layout="multiline" intent="warning">
      <MessageBarBody>
        <p>{t('overwrite.question')}</p>
        <ul className={styles.list}>
          {edited.map((e) => (
            <li key={e.sheet}>
              {t('overwrite.sheet', { sheet: e.sheet, when: formatDateTime(e.generatedAt, language) })}
            </li>
          ))}
        </ul>
        <p>{t('overwrite.advice')}</p>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={onConfirm}>
            {t('overwrite.confirm')}
          </Button>
          <Button onClick={onCancel}>{t('removal.cancel')}</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

export interface RemoveGeneratedProps {
  remove: (confirmed: boolean) => Promise<RemoveGeneratedResult>;
  /** Called after sheets were removed: the pane reads the workbook again. */
  onRemoved: () => void;
  /** Disabled while another action runs. */
  disabled: boolean;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'asking'; sheets: string[]; breaking: UserFormula[] }
  | { kind: 'done'; sheets: string[] }
  | { kind: 'nothing' }
  | { kind: 'failed'; text: Bilingual };

/** "Ta bort genererade blad": lists what goes, asks, then removes. */
export function RemoveGenerated({ remove, onRemoved, disabled }: RemoveGeneratedProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async (confirmed: boolean): Promise<void> => {
    setState({ kind: 'busy' });
    try {
      const result = await remove(confirmed);
      if (result.status === 'nothingToRemove') setState({ kind: 'nothing' });
      else if (result.status === 'confirm')
        setState({ kind: 'asking', sheets: result.sheets, breaking: result.breaking });
      else {
        setState({ kind: 'done', sheets: result.sheets });
        onRemoved();
      }
    } catch (e) {
      setState({ kind: 'failed', text: errorText(e) });
    }
  };
  return (
    <section className={styles.section} aria-label={t('removal.action')}>
      {state.kind === 'asking' ? (
        <RemovalQuestion
          question="removal.ask"
          sheets={state.sheets}
          breaking={state.breaking}
          confirmLabel="removal.confirm"
          onConfirm={() => void run(true)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      ) : state.kind === 'busy' ? (
        <Spinner size="small" label={t('removal.removing')} />
      ) : (
        <div className={styles.actions}>
          <Button onClick={() => void run(false)} disabled={disabled}>
            {t('removal.action')}
          </Button>
        </div>
      )}
      <div role="status">
        {state.kind === 'done' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t('removal.done', { sheets: state.sheets.join(', ') })}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'nothing' && <p>{t('removal.nothing')}</p>}
        {state.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.text[language]}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
