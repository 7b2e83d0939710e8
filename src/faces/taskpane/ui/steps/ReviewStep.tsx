/**
 * Review: the overview of every alternative first (ReviewOverview.tsx; each
 * row opens the alternative's headline figures and cost per pupil per payer),
 * then a small chart of cost per year and, when one was run, the sensitivity
 * analysis.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { CostModel, DisplayUnit, EngineOutput } from '../../../../engine/model';
import type { SimulationResult } from '../../../../engine/simulation/types';
import { formatKronor, formatMoney, formatPercent, inUnit } from '../../format/numbers';
import { useI18n } from '../../i18n/I18nContext';
import { CostChart } from '../CostChart';
import { summarise, type ScenarioSummary } from '../review';
import { overviewRows } from '../reviewOverview';
import { ReviewOverview } from '../ReviewOverview';
import { SensitivityReview } from '../SensitivityReview';
import { StepHeading } from '../StepHeading';
import { useActionBarStyles } from '../actionBar';
import { useTableStyles } from '../tableStyles';

export interface ReviewStepProps {
  model: CostModel;
  output: EngineOutput;
  /** The sensitivity analysis, when one was run with these scenarios. */
  sensitivity?: SimulationResult;
  illustrative: boolean;
  onNext: () => void;
}

export function ReviewStep({ model, output, sensitivity, illustrative, onNext }: ReviewStepProps) {
  const { t, language } = useI18n();
  const bar = useActionBarStyles();
  const unit: DisplayUnit = model.parameters.displayUnit;
  const first = output.scenarios[0];
  return (
    <section>
      <StepHeading>{t('review.heading')}</StepHeading>
      {illustrative && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t('review.illustrative')}</MessageBarBody>
        </MessageBar>
      )}
      <ReviewOverview
        rows={overviewRows(output, sensitivity)}
        unit={unit}
        details={(alternativeId) => {
          const scenario = output.scenarios.find((x) => x.alternativeId === alternativeId);
          return scenario ? <AlternativeDetails model={model} summary={summarise(model, scenario)} /> : null;
        }}
      />
      {first && (
        <CostChart
          years={first.years}
          unit={unit}
          format={(v) =>
            new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(v)
          }
          series={output.scenarios.map((s) => ({ label: s.name, values: s.totalByYear.map((o) => inUnit(o, unit)) }))}
          baseline={{ label: t('review.baseline'), values: first.baseline.baselineByYear.map((o) => inUnit(o, unit)) }}
        />
      )}
      {sensitivity && (
        <SensitivityReview result={sensitivity} unit={unit} discountRate={model.parameters.discountRate} />
      )}
      <div className={bar.bar}>
        <Button appearance="primary" onClick={onNext}>
          {t('review.next')}
        </Button>
      </div>
    </section>
  );
}

/** One alternative's headline figures and its cost per pupil per payer: what a row of the overview opens. */
function AlternativeDetails({ model, summary: s }: { model: CostModel; summary: ScenarioSummary }) {
  const { t, tc, language } = useI18n();
  const tables = useTableStyles();
  const unit: DisplayUnit = model.parameters.displayUnit;
  const money = (ore: number) => formatMoney(ore, unit, language);
  return (
    <div>
      <table className={tables.table}>
        <caption className={tables.caption}>{tc('review.alternative', s.contractCount, { name: s.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.measure')}</th>
            <th scope="col" className={tables.number}>{`${t('review.value')} (${unit})`}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('review.total', { first: s.firstYear, last: s.lastYear })}</th>
            <td className={tables.number}>{money(s.total)}</td>
          </tr>
          <tr>
            <th scope="row">{t('review.npv', { rate: formatPercent(model.parameters.discountRate, language) })}</th>
            <td className={tables.number}>{money(s.npv)}</td>
          </tr>
          <tr>
            <th scope="row">{t('review.diffTotal')}</th>
            <td className={tables.number}>{money(s.differenceTotal)}</td>
          </tr>
          <tr>
            <th scope="row">{t('review.diffNpv')}</th>
            <td className={tables.number}>{money(s.differenceNpv)}</td>
          </tr>
        </tbody>
      </table>
      <table className={tables.table}>
        <caption className={tables.caption}>{`${s.name}: ${t('review.perPupil')}`}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.payer')}</th>
            <th scope="col" className={tables.number}>
              {t('review.perPupil')}
            </th>
            <th scope="col" className={tables.number}>
              {t('review.payerTotal', { unit })}
            </th>
          </tr>
        </thead>
        <tbody>
          {s.payers.map((p) => (
            <tr key={p.payerId}>
              <th scope="row">{p.name}</th>
              <td className={tables.number}>
                {p.perPupilPerYear === null ? t('review.notApplicable') : formatKronor(p.perPupilPerYear, language)}
              </td>
              <td className={tables.number}>{money(p.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
