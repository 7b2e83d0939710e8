/**
 * The tornado of one alternative as plain SVG elements (no chart library):
 * per input a label and two bars from the deterministic total, to the change
 * with the input at its min and at its max. Every bar pair is focusable (Tab)
 * and named for screen readers; the focused or hovered one's figures show
 * as text under the chart. Colours come from the theme, so dark mode reads.
 */
import { useState } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { TornadoBar } from '../../../engine/simulation/types';
import type { DisplayUnit } from '../../../engine/model';
import { formatKronor, formatSignedMoney } from '../format/numbers';
import { useI18n } from '../i18n/I18nContext';
import { forcedLine, forcedMark, forcedSwatch, forcedText } from './forcedColors';
import { tornadoGeometry } from './tornadoGeometry';

const LOW = tokens.colorPaletteBlueBorderActive;
const HIGH = tokens.colorPaletteDarkOrangeBorderActive;

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalS} 0` },
  svg: { width: '100%', maxWidth: '320px', height: 'auto', display: 'block', overflow: 'visible' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '10.5px', ...forcedText },
  value: { fill: tokens.colorNeutralForeground2, fontSize: '10px', ...forcedText },
  zero: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, ...forcedLine },
  bar: forcedMark,
  // The focus ring is drawn as a rectangle (an outline on an SVG <g> is not drawn by every browser).
  row: { cursor: 'default', outlineStyle: 'none' },
  ring: { fill: 'transparent', stroke: 'transparent', strokeWidth: 2 },
  ringFocused: { stroke: tokens.colorStrokeFocus2 },
  legend: {
    listStyleType: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '10px',
    marginRight: '6px',
    verticalAlign: 'middle',
    ...forcedSwatch,
  },
  detail: { minHeight: '2.6em', margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200 },
});

export interface TornadoChartProps {
  /** The alternative's name, for the title. */
  name: string;
  bars: TornadoBar[];
  unit: DisplayUnit;
}

export function TornadoChart({ name, bars, unit }: TornadoChartProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const g = tornadoGeometry(bars.map((b) => ({ label: b.lineId, low: b.deltaLow, high: b.deltaHigh })));
  const signed = (ore: number) => formatSignedMoney(ore, unit, language);
  const title = t('sensitivity.tornadoTitle', { name, unit });
  const chosen = active === null ? undefined : bars[active];
  return (
    <figure className={styles.figure}>
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <svg
        viewBox={`0 0 ${g.width} ${g.height}`}
        className={styles.svg}
        role="group"
        aria-label={`${title}. ${t('sensitivity.tornadoDescription')}`}
      >
        <line x1={g.zeroX} x2={g.zeroX} y1={g.plot.top} y2={g.plot.bottom} className={styles.zero} />
        {g.rows.map((row, i) => {
          const bar = bars[i]!;
          const name = t('sensitivity.tornadoBar', {
            line: bar.lineId,
            low: signed(bar.deltaLow),
            high: signed(bar.deltaHigh),
            unit,
          });
          return (
            <g
              key={bar.lineId}
              className={styles.row}
              tabIndex={0}
              role="img"
              aria-label={name}
              onFocus={() => {
                setActive(i);
                setFocused(i);
              }}
              onBlur={() => setFocused(null)}
              onMouseEnter={() => setActive(i)}
            >
              <rect
                className={mergeClasses(styles.ring, focused === i && styles.ringFocused)}
                x={1}
                y={row.labelY - 11}
                width={g.width - 2}
                height={row.barY + g.barHeight + 3 - (row.labelY - 11)}
                rx={2}
              />
              <text x={4} y={row.labelY} className={styles.label}>
                {row.label}
              </text>
              <rect
                x={row.low.x}
                y={row.barY}
                width={row.low.width}
                height={g.barHeight}
                className={styles.bar}
                style={{ fill: LOW }}
              />
              <rect
                x={row.high.x}
                y={row.barY}
                width={row.high.width}
                height={g.barHeight}
                className={styles.bar}
                style={{ fill: HIGH }}
              />
              <text x={row.low.labelX} y={row.barY + 10} textAnchor={row.low.anchor} className={styles.value}>
                {signed(bar.deltaLow)}
              </text>
              <text x={row.high.labelX} y={row.barY + 10} textAnchor={row.high.anchor} className={styles.value}>
                {signed(bar.deltaHigh)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend}>
        <li>
          <span aria-hidden="true" className={styles.swatch} style={{ backgroundColor: LOW }} />
          {t('sensitivity.tornadoLow')}
        </li>
        <li>
          <span aria-hidden="true" className={styles.swatch} style={{ backgroundColor: HIGH }} />
          {t('sensitivity.tornadoHigh')}
        </li>
      </ul>
      <p className={styles.detail} aria-live="polite">
        {chosen
          ? t('sensitivity.tornadoDetail', {
              line: chosen.lineId,
              min: formatKronor(chosen.min, language),
              max: formatKronor(chosen.max, language),
              low: signed(chosen.deltaLow),
              high: signed(chosen.deltaHigh),
              unit,
            })
          : t('sensitivity.tornadoHint')}
      </p>
    </figure>
  );
}
