/**
 * A small line chart of cost per year per alternative and for today's
 * agreements, as plain SVG elements (no chart library: small bundle, no
 * injected markup). The tables beside it carry the same figures, so the chart
 * is one image with a text alternative for screen readers.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { DisplayUnit } from '../../../engine/model';
import { useI18n } from '../i18n/I18nContext';
import { chartGeometry, type Series } from './chartGeometry';
import { forcedLine, forcedMark, forcedSwatch, forcedText } from './forcedColors';

const BOX = { width: 320, height: 190, margin: { left: 48, right: 10, top: 10, bottom: 24 } };

/** Distinct, theme-aware colours, one per alternative (the S-curves use the same); the baseline is dashed grey so it reads as "today". */
export const COLOURS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
];

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalM} 0` },
  svg: { width: '100%', maxWidth: `${BOX.width}px`, height: 'auto', display: 'block' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, ...forcedLine },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1, ...forcedLine },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '10px', ...forcedText },
  line: forcedMark,
  legend: {
    listStyleType: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: 'inline-block',
    width: '14px',
    height: '3px',
    marginRight: '6px',
    verticalAlign: 'middle',
    ...forcedSwatch,
  },
});

export interface CostChartProps {
  years: number[];
  series: Series[];
  baseline: Series;
  unit: DisplayUnit;
  format: (value: number) => string;
}

export function CostChart({ years, series, baseline, unit, format }: CostChartProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const all = [...series, baseline];
  const g = chartGeometry(all, years.map(String), BOX);
  const colour = (i: number) => (i === series.length ? tokens.colorNeutralForeground3 : COLOURS[i % COLOURS.length]!);
  const title = t('review.chartTitle', { unit });
  return (
    <figure className={styles.figure}>
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        className={styles.svg}
        role="img"
        aria-label={`${title}. ${t('review.chartDescription')}`}
      >
        {g.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} className={styles.grid} />
            <text x={g.plot.left - 4} y={tick.y + 3} textAnchor="end" className={styles.label}>
              {format(tick.value)}
            </text>
          </g>
        ))}
        <line x1={g.plot.left} x2={g.plot.left} y1={g.plot.top} y2={g.plot.bottom} className={styles.axis} />
        <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} className={styles.axis} />
        {g.xTicks.map((tick) => (
          <text key={tick.label} x={tick.x} y={BOX.height - 8} textAnchor="middle" className={styles.label}>
            {tick.label}
          </text>
        ))}
        {g.points.map((points, i) => (
          <polyline
            key={all[i]!.label}
            points={points}
            fill="none"
            className={styles.line}
            style={{ stroke: colour(i), strokeWidth: 2, strokeDasharray: i === series.length ? '4 3' : undefined }}
          />
        ))}
      </svg>
      <figcaption>
        <strong>{title}</strong>
        <ul className={styles.legend}>
          {all.map((s, i) => (
            <li key={s.label}>
              <span aria-hidden="true" className={styles.swatch} style={{ backgroundColor: colour(i) }} />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
