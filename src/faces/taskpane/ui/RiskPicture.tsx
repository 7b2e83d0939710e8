/**
 * The risk picture of a sensitivity run, in the Review step: "how likely is
 * the total to stay under this amount?" answered per alternative as the
 * analyst types, then one S-curve per alternative on a shared amount axis,
 * the deterministic total marked on each. Every figure comes from the
 * engine's empirical CDF over the same draws as the Känslighet sheet
 * (riskView.ts), never from the pane.
 */
import { useId, useState } from 'react';
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { DisplayUnit } from '../../../engine/model';
import type { SimulationResult } from '../../../engine/simulation/types';
import { formatMoney, formatProbability, inUnit } from '../format/numbers';
import { useI18n } from '../i18n/I18nContext';
import { COLOURS } from './CostChart';
import { parseAmountInput, probabilitiesAtOrBelow, riskCurves, suggestedAmount } from './riskView';
import { SCurveChart } from './SCurveChart';
import { sCurveDomain } from './sCurveGeometry';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  answers: {
    listStyleType: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase200,
  },
  answer: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  figure: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  note: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface RiskPictureProps {
  result: SimulationResult;
  unit: DisplayUnit;
}

export function RiskPicture({ result, unit }: RiskPictureProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const [text, setText] = useState('');
  const curves = riskCurves(result);
  const domain = sCurveDomain(
    curves.flatMap((c) => [...c.points.map((p) => inUnit(p.amount, unit)), inUnit(c.likely, unit)]),
  );
  const amount = parseAmountInput(text);
  const suggestion = suggestedAmount(result, unit);
  const money = (ore: number) => `${formatMoney(ore, unit, language)} ${unit}`;
  const invalid = text.trim() !== '' && amount === null;
  return (
    <section aria-labelledby={headingId} data-testid="risk-picture">
      <h4 id={headingId} className={styles.heading}>
        {t('risk.heading')}
      </h4>
      <Field
        label={t('risk.question')}
        hint={t('risk.questionHint')}
        validationState={invalid ? 'error' : 'none'}
        validationMessage={invalid ? t('risk.badAmount') : undefined}
      >
        <Input
          value={text}
          inputMode="decimal"
          placeholder={suggestion === null ? undefined : t('risk.placeholder', { amount: money(suggestion) })}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      <div aria-live="polite" data-testid="risk-answer">
        {amount !== null && (
          <>
            <p className={styles.note}>{t('risk.answerFor', { amount: money(amount) })}</p>
            <ul className={styles.answers}>
              {probabilitiesAtOrBelow(result, amount).map((a) => (
                <li key={a.alternativeId} className={styles.answer} data-alternative={a.alternativeId}>
                  <span>{`${a.name}:`}</span>{' '}
                  <span className={styles.figure}>
                    {Number.isNaN(a.probability) ? '–' : formatProbability(a.probability, language)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className={styles.note}>{t('risk.curvesAbout', { unit })}</p>
      {curves.map((curve, i) => (
        <SCurveChart
          key={curve.alternativeId}
          curve={curve}
          domain={domain}
          colour={COLOURS[i % COLOURS.length]!}
          unit={unit}
        />
      ))}
    </section>
  );
}
