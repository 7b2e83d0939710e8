/**
 * "Lägg till i beslutsgången": after a write, the analyst records which forum
 * sees (or saw) the figures. The row goes to the Beslutsgång sheet with the
 * fingerprint of the sheets just written, so the brief's "Behandlad i" can say
 * whether the forum saw this version. Nothing else in the workbook changes.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DecisionAdded, DecisionInput } from '../../../app';
import type { CellRef } from '../../../engine/model';
import { useI18n } from '../i18n/I18nContext';
import { errorText, type Bilingual } from '../../../app/session';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  result: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
});

/** The forums of the seed's decision path, offered as suggestions (any other may be typed). */
const FORUMS = ['Objektstyrgrupp', 'Portföljstyrgrupp', 'FVG', 'Utbildningsnämnden'];

export interface DecisionTrailFormProps {
  /** The input fingerprint of the sheets just written. */
  basis: string;
  add: (entry: DecisionInput) => Promise<DecisionAdded>;
  onShowCell: (at: CellRef) => void;
  /** Today as 'YYYY-MM-DD' in the analyst's time zone (tests pass a fixed day). */
  today?: string;
}

type Outcome = { kind: 'added'; added: DecisionAdded } | { kind: 'failed'; text: Bilingual };

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function DecisionTrailForm({ basis, add, onShowCell, today }: DecisionTrailFormProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [forum, setForum] = useState('');
  const [date, setDate] = useState(today ?? localToday());
  const [decision, setDecision] = useState('');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (outcome) result.current?.focus();
  }, [outcome]);
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  const missing = {
    forum: forum.trim() === '',
    date: !/^\d{4}-\d{2}-\d{2}$/.test(date),
    decision: decision.trim() === '',
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing.forum || missing.date || missing.decision) return;
    setSaving(true);
    try {
      const added = await add({ forum, date, decision, basis });
      setOutcome({ kind: 'added', added });
      setOpen(false);
      setForum('');
      setDecision('');
      setTried(false);
    } catch (e) {
      setOutcome({ kind: 'failed', text: errorText(e) });
    } finally {
      setSaving(false);
    }
  };
  const MISSING = {
    forum: 'trail.missing.forum',
    date: 'trail.missing.date',
    decision: 'trail.missing.decision',
  } as const;
  const error = (field: keyof typeof missing) => (tried && missing[field] ? t(MISSING[field]) : undefined);

  return (
    <section aria-labelledby={`${listId}-heading`} className={styles.form}>
      <h3 id={`${listId}-heading`}>{t('trail.heading')}</h3>
      {outcome && (
        <div ref={result} tabIndex={-1} className={styles.result} role="status">
          {outcome.kind === 'added' ? (
            <MessageBar layout="multiline" intent="success">
              <MessageBarBody>
                {t('trail.added', { sheet: outcome.added.at.sheet, cell: outcome.added.at.cell })}
                {outcome.added.createdSheet ? ` ${t('trail.createdSheet', { sheet: outcome.added.at.sheet })}` : ''}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => onShowCell(outcome.added.at)}>
                  {t('trail.showRow')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          ) : (
            <MessageBar layout="multiline" intent="error">
              <MessageBarBody>{outcome.text[language]}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      {!open ? (
        <div className={styles.buttons}>
          <Button onClick={() => setOpen(true)}>{t('trail.open')}</Button>
        </div>
      ) : (
        <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
          <p>{t('trail.explain', { basis: basis.slice(0, 8) })}</p>
          <Field label={t('trail.forum')} required validationMessage={error('forum')}>
            <Input ref={first} value={forum} list={`${listId}-forums`} onChange={(_, d) => setForum(d.value)} />
          </Field>
          <datalist id={`${listId}-forums`}>
            {FORUMS.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
          <Field label={t('trail.date')} required validationMessage={error('date')}>
            <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
          </Field>
          <Field label={t('trail.decision')} required validationMessage={error('decision')}>
            <Textarea value={decision} resize="vertical" onChange={(_, d) => setDecision(d.value)} />
          </Field>
          <div className={styles.buttons}>
            {saving ? (
              <Spinner size="small" label={t('trail.saving')} />
            ) : (
              <Button appearance="primary" type="submit">
                {t('trail.add')}
              </Button>
            )}
            <Button onClick={() => setOpen(false)} disabled={saving}>
              {t('trail.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
