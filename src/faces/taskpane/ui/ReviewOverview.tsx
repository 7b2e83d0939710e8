/**
 * Granska's first table: every alternative on one row — total, present
 * value, difference from today and, after a sensitivity analysis, P50 and
 * the chance of being the cheapest — so four alternatives compare at a
 * glance in a 350 × 800 pane. Column headings sort; the cheapest total is
 * marked in words as well as colour (colour alone is lost to colour-blind
 * readers and to Windows' forced colours); an alternative's name, on its own
 * row above its figures, opens its details (per payer and per pupil) right
 * below them.
 */
import { useId, useState, type ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DisplayUnit } from '../../../engine/model';
import { formatMoney, formatProbability } from '../format/numbers';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/catalogue';
import {
  cheapestAlternative,
  nextSort,
  sortOverview,
  type OverviewColumn,
  type OverviewRow,
  type OverviewSort,
} from './reviewOverview';
import { useTableStyles } from './tableStyles';

const useStyles = makeStyles({
  // Text-like buttons: a Fluent Button's minimum width (64 px) would not let six columns fit 320 px.
  plainButton: {
    font: 'inherit',
    color: 'inherit',
    backgroundColor: 'transparent',
    border: 'none',
    padding: 0,
    margin: 0,
    textAlign: 'inherit',
    cursor: 'pointer',
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  name: { fontWeight: tokens.fontWeightSemibold, textDecorationStyle: 'solid' },
  nameCell: { paddingTop: tokens.spacingVerticalXS },
  cheapest: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    '& > tr > :first-child': { borderLeft: `4px solid ${tokens.colorPaletteGreenBorderActive}` },
  },
  cheapestTag: {
    marginLeft: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteGreenForeground1,
  },
  arrow: { marginLeft: '2px' },
  details: { padding: `0 0 0 ${tokens.spacingHorizontalS}` },
});

const HEADINGS: Record<OverviewColumn, MessageKey> = {
  name: 'overview.name',
  total: 'overview.total',
  npv: 'overview.npv',
  difference: 'overview.difference',
  p50: 'overview.p50',
  cheapest: 'overview.cheapest',
};

export interface ReviewOverviewProps {
  rows: OverviewRow[];
  unit: DisplayUnit;
  /** What a row opens: the alternative's details. */
  details: (alternativeId: string) => ReactNode;
}

export function ReviewOverview({ rows, unit, details }: ReviewOverviewProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const tables = useTableStyles();
  const [sort, setSort] = useState<OverviewSort>({ column: 'total', direction: 'ascending' });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // Alternative ids are the analyst's names ("1. Ett kontrakt"): not usable in an id attribute, so number the rows.
  const idBase = useId();
  const simulated = rows.some((r) => r.p50 !== null);
  // The name gets a row of its own above the figures: five figure columns then fit a 320 px pane.
  // The name has a row of its own above the figures: five figure columns then fit a 320 px pane.
  const columns: OverviewColumn[] = [
    'total',
    'npv',
    'difference',
    ...(simulated ? (['p50', 'cheapest'] as const) : []),
  ];
  const cheapest = cheapestAlternative(rows);
  const money = (ore: number | null) => (ore === null ? '–' : formatMoney(ore, unit, language));
  const toggle = (id: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <table className={mergeClasses(tables.table, tables.compact)} data-testid="review-overview">
      <caption className={tables.caption}>{t('overview.caption', { unit })}</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const sorted = sort.column === column;
            return (
              <th key={column} scope="col" className={tables.number} aria-sort={sorted ? sort.direction : undefined}>
                <button
                  type="button"
                  className={styles.plainButton}
                  onClick={() => setSort(nextSort(sort, column))}
                  title={t('overview.sortBy', { column: t(HEADINGS[column]) })}
                >
                  {t(HEADINGS[column])}
                  {sorted && (
                    <span aria-hidden="true" className={styles.arrow}>
                      {sort.direction === 'ascending' ? '▲' : '▼'}
                    </span>
                  )}
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      {sortOverview(rows, sort).map((row) => {
        const expanded = open.has(row.alternativeId);
        const detailsId = `${idBase}-details-${rows.indexOf(row)}`;
        const isCheapest = row.alternativeId === cheapest;
        return (
          <tbody key={row.alternativeId} className={isCheapest ? styles.cheapest : undefined}>
            <tr>
              <th scope="rowgroup" colSpan={columns.length} className={styles.nameCell}>
                <button
                  type="button"
                  className={`${styles.plainButton} ${styles.name}`}
                  aria-expanded={expanded}
                  aria-controls={expanded ? detailsId : undefined}
                  onClick={() => toggle(row.alternativeId)}
                >
                  {row.name}
                </button>
                {isCheapest && <span className={styles.cheapestTag}>{t('overview.cheapestTag')}</span>}
              </th>
            </tr>
            <tr>
              <td className={tables.number}>{money(row.total)}</td>
              <td className={tables.number}>{money(row.npv)}</td>
              <td className={tables.number}>{money(row.difference)}</td>
              {simulated && <td className={tables.number}>{money(row.p50)}</td>}
              {simulated && (
                <td className={tables.number}>
                  {row.cheapest === null ? '–' : formatProbability(row.cheapest, language)}
                </td>
              )}
            </tr>
            {expanded && (
              <tr id={detailsId}>
                <td colSpan={columns.length} className={styles.details}>
                  {details(row.alternativeId)}
                </td>
              </tr>
            )}
          </tbody>
        );
      })}
    </table>
  );
}
