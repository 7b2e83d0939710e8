/**
 * One alternative's S-curve as plain SVG elements (no chart library, like the
 * cost chart and the tornado): the share of simulated totals at or below each
 * amount, the deterministic total marked by a dashed line. The SVG is one
 * image with a <title> and a <desc> that say its figures in words (P10, P50,
 * P90, the deterministic total and how likely the total is to stay at or
 * under it), and the percentile tables above carry the same numbers.
 * Colours come from the theme; under forced colours text and axes take the
 * system text colour and the curve keeps its own (forcedColors.ts).
 */
import { useId } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { DisplayUnit } from '../../../engine/model';
import { formatMoney, formatProbability, inUnit } from '../format/numbers';
import { useI18n } from '../i18n/I18nContext';
import { forcedLine, forcedMark, forcedText } from './forcedColors';
import type { RiskCurve } from './riskView';
import { S_CURVE_BOX, sCurveGeometry, type SCurveDomain } from './sCurveGeometry';

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM}` },
  caption: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  svg: { width: '100%', maxWidth: `${S_CURVE_BOX.width}px`, height: 'auto', display: 'block', overflow: 'visible' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, ...forcedLine },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1, ...forcedLine },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '10px', ...forcedText },
  likely: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5, strokeDasharray: '4 3', ...forcedLine },
  likelyLabel: { fill: tokens.colorNeutralForeground1, fontSize: '10px', ...forcedText },
  curve: forcedMark,
});

export interface SCurveChartProps {
  curve: RiskCurve;
  /** The amounts every alternative's chart spans, in the display unit. */
  domain: SCurveDomain;
  colour: string;
  unit: DisplayUnit;
}

export function SCurveChart({ curve, domain, colour, unit }: SCurveChartProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const id = useId();
  const g = sCurveGeometry(
    curve.points.map((p) => ({ amount: inUnit(p.amount, unit), probability: p.probability })),
    inUnit(curve.likely, unit),
    domain,
  );
  const money = (ore: number) => formatMoney(ore, unit, language);
  const tick = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { style: 'percent' });
  const title = t('risk.curveTitle', { name: curve.name, unit });
  const description = t('risk.curveDescription', {
    p10: money(curve.p10),
    p50: money(curve.p50),
    p90: money(curve.p90),
    likely: money(curve.likely),
    probability: formatProbability(curve.likelyProbability, language),
    unit,
  });
  const likelyAnchor =
    g.likelyX === null
      ? 'middle'
      : g.likelyX > g.plot.right - 24
        ? 'end'
        : g.likelyX < g.plot.left + 24
          ? 'start'
          : 'middle';
  return (
    <figure className={styles.figure} data-testid="risk-curve" data-alternative={curve.alternativeId}>
      <figcaption className={styles.caption}>
        <strong>{curve.name}</strong>
      </figcaption>
      <svg
        viewBox={`0 0 ${S_CURVE_BOX.width} ${S_CURVE_BOX.height}`}
        className={styles.svg}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {g.yTicks.map((y) => (
          <g key={y.value}>
            <line x1={g.plot.left} x2={g.plot.right} y1={y.y} y2={y.y} className={styles.grid} />
            <text x={g.plot.left - 4} y={y.y + 3} textAnchor="end" className={styles.label}>
              {percent.format(y.value)}
            </text>
          </g>
        ))}
        <line x1={g.plot.left} x2={g.plot.left} y1={g.plot.top} y2={g.plot.bottom} className={styles.axis} />
        <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} className={styles.axis} />
        {g.xTicks.map((x) => (
          <text key={x.value} x={x.x} y={S_CURVE_BOX.height - 8} textAnchor={x.anchor} className={styles.label}>
            {tick.format(x.value)}
          </text>
        ))}
        <polyline points={g.points} fill="none" className={styles.curve} style={{ stroke: colour, strokeWidth: 2 }} />
        {g.likelyX !== null && (
          <>
            <line x1={g.likelyX} x2={g.likelyX} y1={g.plot.top} y2={g.plot.bottom} className={styles.likely} />
            <text x={g.likelyX} y={g.plot.top - 4} textAnchor={likelyAnchor} className={styles.likelyLabel}>
              {t('risk.likelyMark', { probability: formatProbability(curve.likelyProbability, language) })}
            </text>
          </>
        )}
      </svg>
    </figure>
  );
}
