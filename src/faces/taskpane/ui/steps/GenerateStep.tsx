/** Generate: progress while the worker computes, a cancel button, and what happened. */
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { formatCount, formatPercent } from '../../format/numbers';
import { useI18n } from '../../i18n/I18nContext';
import type { Generation, SimulationRunState } from '../../state/flow';
import { cellLabel } from '../problems';
import { StepHeading } from '../StepHeading';
import { useActionBarStyles } from '../actionBar';

export interface GenerateStepProps {
  generation: Generation;
  onCancel: () => void;
  onRetry: () => void;
  onBack: () => void;
}

export function GenerateStep({ generation, onCancel, onRetry, onBack }: GenerateStepProps) {
  const { t, language } = useI18n();
  const bar = useActionBarStyles();
  return (
    <section>
      <StepHeading>{t('generate.heading')}</StepHeading>
      {generation.status === 'running' && (
        <>
          <Field
            label={t('generate.progressLabel')}
            validationMessage={t('generate.running', { done: generation.done, total: generation.total })}
            validationState="none"
          >
            <ProgressBar value={generation.total > 0 ? generation.done / generation.total : 0} max={1} />
          </Field>
          {generation.simulation && (
            <SimulationProgressField
              simulation={generation.simulation}
              enginePending={generation.done < generation.total}
            />
          )}
          <div className={bar.bar}>
            <Button onClick={onCancel}>{t('generate.cancel')}</Button>
          </div>
        </>
      )}
      {generation.status === 'cancelled' && (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>{t('generate.cancelled')}</MessageBarBody>
        </MessageBar>
      )}
      {generation.status === 'failed' && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{t('generate.failed', { detail: generation.detail[language] })}</MessageBarBody>
        </MessageBar>
      )}
      {generation.status === 'blocked' && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>
            {t('generate.blocked')}
            <ul>
              {generation.problems
                .filter((p) => p.severity === 'error')
                .map((p, i) => (
                  <li key={i}>
                    {p.at ? `${cellLabel(p.at)}: ` : ''}
                    {p.message[language]}
                  </li>
                ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {generation.status !== 'running' && (
        <div className={bar.bar}>
          <Button appearance="primary" onClick={onRetry}>
            {t('generate.retry')}
          </Button>
          <Button onClick={onBack}>{t('app.back')}</Button>
        </div>
      )}
    </section>
  );
}

/**
 * The simulation's progress: waiting while the engine computes; then
 * iterations done of those asked for (fixed), or done so far with the cap and
 * the precision reached (auto: the count is not known in advance, so the bar
 * is indeterminate).
 */
function SimulationProgressField({
  simulation,
  enginePending,
}: {
  simulation: SimulationRunState;
  enginePending: boolean;
}) {
  const { t, language } = useI18n();
  const { requested, progress } = simulation;
  const auto = requested === 'auto';
  const done = progress?.iterations ?? 0;
  const total = progress?.target ?? (auto ? 0 : requested);
  const text = enginePending
    ? t('sensitivity.waiting')
    : t(auto ? 'sensitivity.runningAuto' : 'sensitivity.running', {
        done: formatCount(done, language),
        total: formatCount(total, language),
      }) +
      (auto && progress?.precision != null
        ? ` ${t('sensitivity.runningPrecision', { precision: formatPercent(progress.precision, language) })}`
        : '');
  return (
    <Field label={t('sensitivity.progressLabel')} validationMessage={text} validationState="none">
      <ProgressBar value={enginePending ? 0 : auto ? undefined : total > 0 ? done / total : 0} max={1} />
    </Field>
  );
}
