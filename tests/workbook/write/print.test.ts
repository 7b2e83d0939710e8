import { describe, expect, it } from 'vitest';
import type { PlannedCell, PlannedSheet } from '../../../src/workbook/plan';
import { fitNumberColumns, numberDisplayWidth } from '../../../src/workbook/write/columnFit';
import { withWrappedNotes } from '../../../src/workbook/write/notes';
import { printSetup, withPageBreaks } from '../../../src/workbook/write/print';

describe('numberDisplayWidth', () => {
  it('happy path: digits count whole, separators, sign and decimal point half', () => {
    expect(numberDisplayWidth(1_009_900.99, '#,##0.00')).toBe(7 + 2 + 3 / 2);
    expect(numberDisplayWidth(2023, '0')).toBe(4);
  });

  it('shows money in the display unit: tkr drops three digits, mnkr six and keeps one decimal', () => {
    expect(numberDisplayWidth(723_298_632, '#,##0,')).toBe(6 + 1 / 2);
    expect(numberDisplayWidth(-137_441_540, '#,##0,')).toBe(6 + 2 / 2);
    expect(numberDisplayWidth(723_298_632, '#,##0.0,,')).toBe(4 + 1 / 2);
  });

  it('shows a share as per cent', () => {
    expect(numberDisplayWidth(0.025, '0.00%')).toBe(3 + 2 / 2);
  });
});

describe('fitNumberColumns', () => {
  const num = (value: number, numberFormat = '#,##0'): PlannedCell => ({ value, numberFormat });

  it('gives each column its widest number with a digit to spare, within the bounds', () => {
    const rows = [
      [null, num(1_234_567), num(5)],
      [null, num(12), { value: 'a long text is left out' }],
    ];
    expect(fitNumberColumns(rows, 1, 3, { min: 6, max: 14 })).toEqual([9, 6]);
    expect(fitNumberColumns([[null, num(1e15)]], 1, 2, { min: 6, max: 14 })).toEqual([14]);
  });
});

describe('withPageBreaks', () => {
  /** A landscape sheet of `count` rows, 10 columns of 10, a subtitle every `every` rows and a chart where asked. */
  function sheet(count: number, every: number, chartTop?: number): PlannedSheet {
    const rows: (PlannedCell | null)[][] = Array.from({ length: count }, (_, r) =>
      r % every === 0 ? [{ value: `Avsnitt ${r}`, style: 'subtitle' }] : [{ value: r, numberFormat: '0' }],
    );
    const planned: PlannedSheet = {
      name: 'Blad',
      kind: 'sensitivity',
      key: 'k',
      rows,
      columnWidths: Array.from({ length: 10 }, () => 10),
      print: printSetup('sv', { area: `A1:J${count}` }),
    };
    if (chartTop !== undefined)
      planned.charts = [
        {
          kind: 'line',
          title: 't',
          dataRange: 'A1:B2',
          seriesBy: 'rows',
          topLeft: `A${chartTop + 1}`,
          bottomRight: `H${chartTop + 18}`,
        },
      ];
    return planned;
  }

  it('adds no break to a sheet that fits on one page', () => {
    const s = sheet(20, 10);
    expect(withPageBreaks(s)).toBe(s);
  });

  it('starts a section on a new page when it would not fit on the rest of the current one', () => {
    // 100 px-wide columns fit at full scale: 516 pt of rows of 15 pt, 95 % of it, is 32 rows a page.
    const breaks = withPageBreaks(sheet(90, 25)).print!.rowBreaks;
    expect(breaks).toEqual([25, 50, 75]);
  });

  it('keeps a chart below the tables whole', () => {
    const breaks = withPageBreaks(sheet(48, 100, 28)).print!.rowBreaks;
    expect(breaks).toEqual([28]);
  });

  it('counts a wrapped note as tall as its lines', () => {
    // Sections of 16 rows: two fit on a page of 32, unless a note makes the first one taller.
    expect(withPageBreaks(sheet(48, 16)).print!.rowBreaks).toEqual([32]);
    const noted = { ...sheet(48, 16), wrappedNotes: [{ row: 1, lastColumn: 9, lines: 3 }] };
    expect(withPageBreaks(noted).print!.rowBreaks).toEqual([16]);
  });

  it('leaves a sheet without print setup as it is', () => {
    const { print: _print, ...bare } = sheet(90, 25);
    expect(withPageBreaks(bare)).toBe(bare);
  });
});

describe('withWrappedNotes', () => {
  const sheet = (rows: (PlannedCell | null)[][]): PlannedSheet => ({
    name: 'Blad',
    kind: 'comparison',
    key: 'k',
    rows,
    columnWidths: [10, 10, 10],
  });
  const long = 'ord '.repeat(20); // 80 characters: 30 digit widths hold 33 a line, so three lines

  it('wraps a long note alone in its row over the given columns, with as many lines as it needs', () => {
    expect(withWrappedNotes(sheet([[{ value: long, style: 'note' }]]), 2).wrappedNotes).toEqual([
      { row: 0, lastColumn: 2, lines: 3 },
    ]);
  });

  it('leaves a note that fits on one line, a note beside other cells, and plain labels as they are', () => {
    const planned = sheet([
      [{ value: 'kort', style: 'note' }],
      [{ value: long, style: 'note' }, { value: 1 }],
      [{ value: long, style: 'label' }],
    ]);
    expect(withWrappedNotes(planned, 2)).toBe(planned);
  });
});
