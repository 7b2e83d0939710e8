/**
 * The sensitivity analysis in the Review step: how the run was made (seed,
 * distribution, iterations, precision of P50); per alternative the spread
 * (P10 / P50 / P90, mean) of the total and of the present value, the standard
 * error of P50 and the probability of being the cheapest, and the pairwise
 * matrix it comes from; the risk picture (RiskPicture.tsx: S-curves and
 * "how likely under this amount?"); then, for the alternative the analyst selects, the
 * spread of the cost per user and year per payer and the tornado. One
 * selector for both keeps the pane short: nine payers times four
 * alternatives would not fit a 320 px pane as one table.
 */
import { useState } from 'react';
import { Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { DisplayUnit } from '../../../engine/model';
import type { SimulationResult } from '../../../engine/simulation/types';
import { formatCount, formatKronor, formatMoney, formatPercent, formatProbability } from '../format/numbers';
import { useI18n } from '../i18n/I18nContext';
import { RiskPicture } from './RiskPicture';
import { payerSpreadRows, referenceClassesUsed, spreadRows, topBars, type SpreadRow } from './sensitivityView';
import { SpreadTable, type SpreadTableRow } from './SpreadTable';
import { TornadoChart } from './TornadoChart';
import { useTableStyles } from './tableStyles';

const TORNADO_TOP = 5;

/**
 * The matrix's columns are letters keyed to the rows (A: first alternative …):
 * full names would not fit a 320 px pane, and numbers would clash with names
 * that are numbered already ("1. Ett kontrakt"). Screen readers get the name.
 */
const letter = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : String(i + 1));

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalL },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS}`,
  },
  about: { margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase200 },
  note: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface SensitivityReviewProps {
  result: SimulationResult;
  unit: DisplayUnit;
  /** The rate the present values were discounted at (a fraction), for the caption. */
  discountRate: number;
}

const tableRows = (rows: SpreadRow[]): SpreadTableRow[] =>
  rows.map((row) => ({ key: row.alternativeId, name: row.name, spread: row, likely: row.likely }));

export function SensitivityReview({ result, unit, discountRate }: SensitivityReviewProps) {
  const { t, tc, language } = useI18n();
  const styles = useStyles();
  const tables = useTableStyles();
  const presetsUsed = referenceClassesUsed(result);
  const [selected, setSelected] = useState(result.scenarios[0]?.alternativeId ?? '');
  const money = (ore: number) => formatMoney(ore, unit, language);
  const rows = spreadRows(result);
  const first = result.years[0] ?? 0;
  const last = result.years.at(-1) ?? first;
  const scenario = result.scenarios.find((s) => s.alternativeId === selected) ?? result.scenarios[0];
  const bars = scenario ? topBars(result, scenario.alternativeId, TORNADO_TOP) : [];
  const { precision, target, reached } = result.convergence;
  const aboutParams = {
    seed: String(result.seed),
    distribution: t(`sensitivity.distribution.${result.distribution}`),
    iterations: formatCount(result.iterations, language),
  };
  return (
    <section className={styles.section} aria-labelledby="sensitivity-heading">
      <h3 id="sensitivity-heading" className={styles.heading}>
        {t('sensitivity.heading')}
      </h3>
      <p className={styles.about} data-testid="sensitivity-about">
        {t(result.requested === 'auto' ? 'sensitivity.aboutAuto' : 'sensitivity.about', aboutParams)}
        {precision !== null && reached
          ? ` ${t('sensitivity.precision', {
              precision: formatPercent(precision, language),
              target: formatPercent(target, language),
            })}`
          : ''}
      </p>
      {presetsUsed.length > 0 && (
        <p className={styles.about} data-testid="sensitivity-reference-classes">
          {t('sensitivity.referenceClassesUsed', {
            list: presetsUsed
              .map(({ id, lines }) => tc('sensitivity.referenceClassLines', lines, { name: t(`referenceClass.${id}`) }))
              .join('; '),
          })}
        </p>
      )}
      {result.inputs.length === 0 ? (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>{t('sensitivity.noInputs')}</MessageBarBody>
        </MessageBar>
      ) : (
        !reached && (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>{t('sensitivity.notReached', { target: formatPercent(target, language) })}</MessageBarBody>
          </MessageBar>
        )
      )}
      <SpreadTable
        caption={t('sensitivity.spreadCaption', { first, last, unit })}
        nameHeader={t('sensitivity.alternative')}
        rows={tableRows(rows)}
        format={money}
        testId="sensitivity-total"
      />
      <SpreadTable
        caption={t('sensitivity.npvCaption', { rate: formatPercent(discountRate, language), unit })}
        nameHeader={t('sensitivity.alternative')}
        rows={tableRows(spreadRows(result, 'npv'))}
        format={money}
        testId="sensitivity-npv"
      />
      <table className={tables.table}>
        <caption className={tables.caption}>{t('sensitivity.qualityCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sensitivity.alternative')}</th>
            <th scope="col" className={tables.number}>
              {t('sensitivity.p50Error', { unit })}
            </th>
            <th scope="col" className={tables.number}>
              {t('sensitivity.cheapest')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.alternativeId}>
              <th scope="row">{row.name}</th>
              <td className={tables.number}>{money(row.p50StandardError)}</td>
              <td className={tables.number}>{formatProbability(row.cheapest, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > 1 && (
        <table className={tables.table}>
          <caption className={tables.caption}>{t('sensitivity.matrixCaption')}</caption>
          <thead>
            <tr>
              <td />
              {rows.map((row, j) => (
                <th key={row.alternativeId} scope="col" className={tables.number} aria-label={row.name}>
                  {letter(j)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.alternativeId}>
                <th scope="row">{`${letter(i)}: ${row.name}`}</th>
                {rows.map((column, j) => {
                  const p = result.cheaperThan.total[i]?.[j];
                  return (
                    <td key={column.alternativeId} className={tables.number}>
                      {p === null || p === undefined ? '–' : formatProbability(p, language)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RiskPicture result={result} unit={unit} />
      {scenario && (
        <>
          <Field label={t('sensitivity.detailFor')}>
            <Select value={scenario.alternativeId} onChange={(_, data) => setSelected(data.value)}>
              {result.scenarios.map((s) => (
                <option key={s.alternativeId} value={s.alternativeId}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          <SpreadTable
            caption={t('sensitivity.perUserCaption', { name: scenario.name })}
            nameHeader={t('review.payer')}
            rows={payerSpreadRows(result, scenario.alternativeId).map((p) => ({
              key: p.payerId,
              name: p.name,
              spread: p.perUserPerYear,
              ...(p.likelyPerUserPerYear === null ? {} : { likely: p.likelyPerUserPerYear }),
            }))}
            format={(ore) => formatKronor(ore, language)}
            testId="sensitivity-per-user"
          />
          <p className={styles.note}>{t('sensitivity.perUserNote')}</p>
          {bars.length === 0 ? (
            <p className={styles.note}>{t('sensitivity.tornadoNone')}</p>
          ) : (
            <TornadoChart key={scenario.alternativeId} name={scenario.name} bars={bars} unit={unit} />
          )}
        </>
      )}
    </section>
  );
}
