/**
 * One percentile table of the sensitivity review: a row per alternative or
 * payer with the deterministic value (as on the Känslighet sheet, "Troligt
 * värde"; when the rows have one), P10, P50, P90 and the mean of one
 * simulated figure. The same
 * columns in the same order for total cost, present value and cost per user,
 * so the three tables read alike in a narrow pane.
 */
import { mergeClasses } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import type { Spread } from './sensitivityView';
import { useTableStyles } from './tableStyles';

export interface SpreadTableRow {
  key: string;
  name: string;
  /** null: not applicable (a payer without users), shown as "e.t.", never as 0. */
  spread: Spread | null;
  /** The deterministic value (every input at its likely value), shown beside the percentiles when given. */
  likely?: number;
}

export interface SpreadTableProps {
  caption: string;
  /** Header of the name column ("Alternativ", "Betalare"). */
  nameHeader: string;
  rows: SpreadTableRow[];
  /** Öre → the text of a cell, in the pane's unit and language. */
  format: (ore: number) => string;
  testId?: string;
}

const COLUMNS = ['p10', 'p50', 'p90', 'mean'] as const;

export function SpreadTable({ caption, nameHeader, rows, format, testId }: SpreadTableProps) {
  const { t } = useI18n();
  const tables = useTableStyles();
  const withLikely = rows.some((row) => row.likely !== undefined);
  return (
    <table className={mergeClasses(tables.table, tables.compact)} data-testid={testId}>
      <caption className={tables.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          {withLikely && (
            <th scope="col" className={tables.number}>
              {t('sensitivity.likely')}
            </th>
          )}
          {COLUMNS.map((column) => (
            <th key={column} scope="col" className={tables.number}>
              {t(`sensitivity.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            {withLikely && (
              <td className={tables.number}>
                {row.spread === null ? t('review.notApplicable') : row.likely === undefined ? '–' : format(row.likely)}
              </td>
            )}
            {COLUMNS.map((column) => (
              <td key={column} className={tables.number}>
                {row.spread === null ? t('review.notApplicable') : format(row.spread[column])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
