/** The step list: where the analyst is, and which steps can be opened yet (none while the pane is busy). */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { STEPS, canVisit, type FlowState, type Step } from '../state/flow';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  current: { fontWeight: tokens.fontWeightBold, textDecorationLine: 'underline' },
});

export interface StepNavProps {
  state: FlowState;
  onGo: (step: Step) => void;
  /** A calculation, sensitivity run or write in progress: only the current step stays enabled. */
  locked: boolean;
}

export function StepNav({ state, onGo, locked }: StepNavProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <nav aria-label={t('app.stepsLabel')}>
      <ol className={styles.list}>
        {STEPS.map((step, i) => {
          const current = step === state.step;
          return (
            <li key={step}>
              <Button
                size="small"
                appearance={current ? 'primary' : 'subtle'}
                className={current ? styles.current : undefined}
                aria-current={current ? 'step' : undefined}
                disabled={!current && (locked || !canVisit(state, step))}
                onClick={() => onGo(step)}
              >
                {`${i + 1}. ${t(`step.${step}`)}`}
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
