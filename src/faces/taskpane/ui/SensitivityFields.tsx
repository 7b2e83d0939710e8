/**
 * The sensitivity-analysis part of the Choose step: a switch, and when on,
 * iterations (1 000 / 10 000 / auto), the seed (prefilled, editable) and the
 * distribution, and the reference-class presets (ReferenceClassFields.tsx).
 * The seed is typed as text and checked as typed.
 */
import { useState } from 'react';
import { Field, Input, Radio, RadioGroup, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { CostLine } from '../../../engine/model';
import { useI18n } from '../i18n/I18nContext';
import { ReferenceClassFields } from './ReferenceClassFields';
import {
  DISTRIBUTIONS,
  ITERATION_CHOICES,
  NO_REFERENCE_CLASSES,
  parseSeedInput,
  sensitivityProblem,
  type Distribution,
  type IterationChoice,
  type SensitivityChoices,
} from '../state/sensitivity';

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface SensitivityFieldsProps {
  value: SensitivityChoices;
  onChange: (value: SensitivityChoices) => void;
  /** The model's cost lines, for the reference-class presets per line. */
  costLines: readonly CostLine[];
}

export function SensitivityFields({ value, onChange, costLines }: SensitivityFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  // Raw text, so a half-typed or cleared seed stays visible while it is invalid.
  const [seedText, setSeedText] = useState(Number.isNaN(value.seed) ? '' : String(value.seed));
  const problem = sensitivityProblem(value);
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('sensitivity.legend')}</legend>
      <Switch
        checked={value.enabled}
        label={t('sensitivity.enable')}
        onChange={(_, data) => onChange({ ...value, enabled: data.checked })}
      />
      <p className={styles.hint}>{t('sensitivity.enableHint')}</p>
      {value.enabled && (
        <>
          <Field label={t('sensitivity.iterations')}>
            <RadioGroup
              layout="horizontal"
              value={String(value.iterations)}
              onChange={(_, data) =>
                onChange({
                  ...value,
                  iterations: (data.value === 'auto' ? 'auto' : Number(data.value)) as IterationChoice,
                })
              }
            >
              {ITERATION_CHOICES.map((choice) => (
                <Radio key={choice} value={String(choice)} label={t(`sensitivity.iterations.${choice}`)} />
              ))}
            </RadioGroup>
          </Field>
          <Field
            label={t('sensitivity.seed')}
            hint={t('sensitivity.seedHint')}
            validationMessage={problem ? t(problem) : undefined}
          >
            <Input
              inputMode="numeric"
              value={seedText}
              onChange={(_, data) => {
                setSeedText(data.value);
                onChange({ ...value, seed: parseSeedInput(data.value) ?? Number.NaN });
              }}
            />
          </Field>
          <Field label={t('sensitivity.distribution')}>
            <Select
              value={value.distribution}
              onChange={(_, data) => onChange({ ...value, distribution: data.value as Distribution })}
            >
              {DISTRIBUTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`sensitivity.distributionOption.${d}`)}
                </option>
              ))}
            </Select>
          </Field>
          <ReferenceClassFields
            value={value.referenceClasses ?? NO_REFERENCE_CLASSES}
            onChange={(referenceClasses) => onChange({ ...value, referenceClasses })}
            costLines={costLines}
          />
        </>
      )}
    </fieldset>
  );
}
