/**
 * The emulated workbook beside the pane in the browser preview: sheet tabs,
 * the cells of the shown sheet, the selected cell and a small formula bar to
 * change a cell (so the analyst can fix an input and check again, as in Excel).
 * It reads the emulation's state directly; changes go through Excel.run like
 * any add-in code.
 */
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { Button, Field, Input, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { CellValue } from '../../workbook/grid';
import { useI18n } from '../taskpane/i18n/I18nContext';
import { errorText, type Bilingual } from '../../app/session';
import { columnLetters } from '../../workbook/a1';
import type { PreviewStore } from './previewStore';

/** Enough to see every input block and a scenario sheet's start; a browser table of 10 000 cells stays fast. */
const MAX_ROWS = 200;
const MAX_COLUMNS = 40;
/** Cells are stored under row × this (Excel's column count), see excel-emulation/range.ts. */
const KEY_COLUMNS = 16_384;

const useStyles = makeStyles({
  region: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    height: '100vh',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  bar: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    flexWrap: 'wrap',
  },
  status: { margin: `0 ${tokens.spacingHorizontalM}`, fontSize: tokens.fontSizeBase200 },
  scroll: {
    overflow: 'auto',
    flexGrow: 1,
    margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: '1px 4px',
      whiteSpace: 'nowrap',
      maxWidth: '22em',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
    },
    '& th': {
      backgroundColor: tokens.colorNeutralBackground3,
      fontWeight: tokens.fontWeightRegular,
      color: tokens.colorNeutralForeground2,
    },
    '& td': { cursor: 'cell' },
  },
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

function cellText(value: CellValue, language: 'sv' | 'en'): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 4 }).format(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  return value;
}

/** A typed entry as Excel would take it: a number when it reads as one (decimal comma or point), else text. */
export function typedValue(text: string): string | number {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.')
    .replace('\u2212', '-');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : text;
}

export function PreviewGrid({ store }: { store: PreviewStore }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const version = useSyncExternalStore(store.subscribe, store.version);
  const [failure, setFailure] = useState<Bilingual | null>(null);
  const workbook = store.workbook;
  const visible = workbook.sheetNames().filter((name) => workbook.sheet(name)?.visibility === 'Visible');
  // The shown sheet is Excel's active sheet: a tab click activates it, as in Excel, and the
  // add-in's activations (go to cell, write) show up here the same way.
  const active = workbook.activeSheet();
  const sheetName = active && visible.includes(active) ? active : (visible[0] ?? null);
  const selection = store.selection();
  const selectedHere =
    selection && sheetName && selection.sheet.toLowerCase() === sheetName.toLowerCase() ? selection.address : null;
  const selectedValue = selection ? (workbook.cell(selection.sheet, selection.address)?.value ?? null) : null;

  const sheet = sheetName ? workbook.sheet(sheetName) : undefined;
  let lastRow = -1;
  let lastColumn = -1;
  for (const key of sheet?.cells.keys() ?? []) {
    lastRow = Math.max(lastRow, Math.floor(key / KEY_COLUMNS));
    lastColumn = Math.max(lastColumn, key % KEY_COLUMNS);
  }
  const rows = Math.min(lastRow + 1, MAX_ROWS);
  const columns = Math.min(lastColumn + 1, MAX_COLUMNS);

  /** One Excel.run of the grid's own; should it fail, the error shows under the formula bar. */
  const run = (batch: (context: Excel.RequestContext) => Promise<void>, then: () => void) => {
    setFailure(null);
    workbook
      .run(batch)
      .then(then)
      .catch((error: unknown) => setFailure(errorText(error)));
  };
  const select = (address: string) => {
    if (!sheetName) return;
    run(
      async (context) => {
        context.workbook.worksheets.getItem(sheetName).getRange(address).select();
        await context.sync();
      },
      () => store.select({ sheet: sheetName, address }),
    );
  };
  const activate = (name: string) => {
    run(
      async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      },
      () => store.changed(),
    );
  };
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!selection) return;
    const field = new FormData(event.currentTarget).get('value'); // a text input: a string, never a File
    const typed = typeof field === 'string' ? field : '';
    run(
      async (context) => {
        context.workbook.worksheets.getItem(selection.sheet).getRange(selection.address).values = [[typedValue(typed)]];
        await context.sync();
      },
      () => store.changed(),
    );
  };
  const ref = selection ? `${selection.sheet}!${selection.address}` : '';

  return (
    <section className={styles.region} aria-labelledby="preview-heading">
      <h2 id="preview-heading" className={styles.heading}>
        {t('preview.workbook')}
      </h2>
      {visible.length === 0 ? (
        <p className={styles.status}>{t('preview.emptyBook')}</p>
      ) : (
        <TabList
          aria-label={t('preview.sheets')}
          size="small"
          selectedValue={sheetName ?? undefined}
          onTabSelect={(_, data) => activate(String(data.value))}
        >
          {visible.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
      )}
      <form className={styles.bar} onSubmit={apply}>
        <Field label={selection ? t('preview.cellValue', { ref }) : t('preview.noSelection')}>
          {/* Uncontrolled, re-created when the selection or the workbook changes, so it shows the cell's current value. */}
          <Input
            key={`${ref}|${version}`}
            name="value"
            defaultValue={cellText(selectedValue, language)}
            disabled={!selection}
            data-testid="preview-cell-input"
          />
        </Field>
        <Button type="submit" disabled={!selection}>
          {t('preview.apply')}
        </Button>
      </form>
      <p className={styles.status} role="status" data-testid="preview-selection">
        {selection ? t('preview.selected', { ref }) : ''}
      </p>
      {failure !== null && (
        <p className={styles.status} role="alert" data-testid="preview-failure">
          {failure[language]}
        </p>
      )}
      {(lastRow >= MAX_ROWS || lastColumn >= MAX_COLUMNS) && (
        <p className={styles.status}>{t('preview.truncated', { rows: MAX_ROWS, columns: MAX_COLUMNS })}</p>
      )}
      {sheet && rows > 0 && (
        // Focusable so keyboard users can scroll a wide sheet (axe: scrollable-region-focusable).
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={sheet.name}>
          <table className={styles.table} aria-label={sheet.name} data-sheet={sheet.name}>
            <thead>
              <tr>
                <td />
                {Array.from({ length: columns }, (_, c) => (
                  <th key={c} scope="col">
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th scope="row">{r + 1}</th>
                  {Array.from({ length: columns }, (_, c) => {
                    const address = `${columnLetters(c)}${r + 1}`;
                    const value = sheet.cells.get(r * KEY_COLUMNS + c)?.value ?? null;
                    const isSelected = selectedHere === address;
                    return (
                      <td
                        key={c}
                        data-address={address}
                        // aria-current, not aria-selected: a cell of a plain table (role "cell") may not be selected (axe: aria-allowed-attr).
                        aria-current={isSelected || undefined}
                        className={`${typeof value === 'number' ? styles.number : ''} ${isSelected ? styles.selected : ''}`}
                        onClick={() => select(address)}
                      >
                        {cellText(value, language)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
