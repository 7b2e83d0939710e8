/**
 * Choose: alternatives, horizon, index rate, discount rate and display unit,
 * prefilled from Parametrar; "save to Parametrar" writes them back. Numbers
 * are typed as text (Swedish decimal comma accepted) and checked as typed.
 */
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CostModel, DisplayUnit } from '../../../../engine/model';
import { parsePercentInput, percentInputText } from '../../format/numbers';
import { useI18n } from '../../i18n/I18nContext';
import { yearsWithOwnIndexRate, type Choices } from '../../../../app/choices';
import { choiceProblems } from '../../state/choiceProblems';
import { sensitivityProblem, type SensitivityChoices } from '../../state/sensitivity';
import { SensitivityFields } from '../SensitivityFields';
import { StepHeading } from '../StepHeading';
import { useActionBarStyles } from '../actionBar';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const UNITS: DisplayUnit[] = ['kr', 'tkr', 'mnkr'];

export interface ChooseStepProps {
  model: CostModel;
  choices: Choices;
  sensitivity: SensitivityChoices;
  saving: boolean;
  saved: boolean;
  onChange: (choices: Choices) => void;
  onSensitivityChange: (sensitivity: SensitivityChoices) => void;
  onSave: () => void;
  onGenerate: () => void;
}

export function ChooseStep({
  model,
  choices,
  sensitivity,
  saving,
  saved,
  onChange,
  onSensitivityChange,
  onSave,
  onGenerate,
}: ChooseStepProps) {
  const { t, tc, language } = useI18n();
  const styles = useStyles();
  const bar = useActionBarStyles();
  // Raw texts, so "2," can be typed on the way to "2,5".
  const [horizonText, setHorizonText] = useState(String(choices.horizonYears));
  const [indexText, setIndexText] = useState(percentInputText(choices.indexRate, language));
  const [discountText, setDiscountText] = useState(percentInputText(choices.discountRate, language));
  const problems = choiceProblems(choices);
  const choicesValid = Object.keys(problems).length === 0;
  const valid = choicesValid && sensitivityProblem(sensitivity) === null;
  const ownRates = yearsWithOwnIndexRate(model, choices.horizonYears);

  const toggle = (id: string, checked: boolean) => {
    const ids = new Set(choices.alternativeIds);
    if (checked) ids.add(id);
    else ids.delete(id);
    onChange({ ...choices, alternativeIds: model.alternatives.map((a) => a.id).filter((a) => ids.has(a)) });
  };
  const rate = (text: string) => parsePercentInput(text) ?? Number.NaN;

  return (
    <section>
      <StepHeading>{t('choose.heading')}</StepHeading>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onGenerate();
        }}
      >
        <fieldset
          className={styles.fieldset}
          aria-describedby={problems.alternatives ? 'alternatives-error' : undefined}
        >
          <legend className={styles.legend}>{t('choose.alternatives')}</legend>
          {model.alternatives.map((a) => (
            <div key={a.id}>
              <Checkbox
                checked={choices.alternativeIds.includes(a.id)}
                onChange={(_, data) => toggle(a.id, data.checked === true)}
                label={`${a.name} (${tc('choose.contracts', a.contracts.length)})`}
              />
            </div>
          ))}
          {problems.alternatives && (
            <p id="alternatives-error" role="alert" className={styles.error}>
              {t(problems.alternatives)}
            </p>
          )}
        </fieldset>
        <Field
          label={t('choose.horizon', { year: model.parameters.baseYear })}
          validationMessage={problems.horizonYears ? t(problems.horizonYears) : undefined}
        >
          <Input
            inputMode="numeric"
            value={horizonText}
            onChange={(_, data) => {
              setHorizonText(data.value);
              onChange({ ...choices, horizonYears: /^\s*\d+\s*$/.test(data.value) ? Number(data.value) : Number.NaN });
            }}
          />
        </Field>
        <Field
          label={t('choose.indexRate')}
          hint={ownRates > 0 ? tc('choose.indexRateHint', ownRates) : undefined}
          validationMessage={problems.indexRate ? t(problems.indexRate) : undefined}
        >
          <Input
            inputMode="decimal"
            value={indexText}
            onChange={(_, data) => {
              setIndexText(data.value);
              onChange({ ...choices, indexRate: rate(data.value) });
            }}
          />
        </Field>
        <Field
          label={t('choose.discountRate')}
          validationMessage={problems.discountRate ? t(problems.discountRate) : undefined}
        >
          <Input
            inputMode="decimal"
            value={discountText}
            onChange={(_, data) => {
              setDiscountText(data.value);
              onChange({ ...choices, discountRate: rate(data.value) });
            }}
          />
        </Field>
        <Field label={t('choose.unit')}>
          <Select
            value={choices.displayUnit}
            onChange={(_, data) => onChange({ ...choices, displayUnit: data.value as DisplayUnit })}
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`choose.unit.${u}`)}
              </option>
            ))}
          </Select>
        </Field>
        <SensitivityFields value={sensitivity} onChange={onSensitivityChange} costLines={model.costLines} />
        {saved && (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>{t('choose.saved')}</MessageBarBody>
          </MessageBar>
        )}
        <div className={bar.bar}>
          <Button type="submit" appearance="primary" disabled={!valid}>
            {t('choose.generate')}
          </Button>
          <Button type="button" disabled={!choicesValid || saving} onClick={onSave}>
            {t(saving ? 'choose.saving' : 'choose.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
