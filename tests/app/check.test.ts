/**
 * The one complete check as an analyst relies on it: one press lists every
 * problem of the workbook — reading, validation and plausibility together —
 * each at the cell that holds the bad value, never in rounds. The workbook
 * here is the Stockholm sample with a dozen faults spread over its sheets.
 */
import { describe, expect, it } from 'vitest';
import { checkGrid } from '../../src/app';
import { stockholmSample } from '../../src/sample/stockholm';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { inputSheetsPlan } from '../../src/workbook/inputs';
import { planToGrid } from '../../src/workbook/planToGrid';
import { setCell } from '../workbook/read/helpers';

function sample(): WorkbookGrid {
  return planToGrid(inputSheetsPlan(stockholmSample(), { language: 'sv', illustrative: true }));
}

interface Fault {
  what: string;
  table: string;
  header: string;
  row: number;
  value: string | number;
  severity: 'error' | 'warning';
}

/** Twelve faults in five tables of three sheets: ten errors and two implausible values. */
const FAULTS: Fault[] = [
  { what: 'a negative pupil count', table: 'tblBetalare', header: 'Elever/barn', row: 2, value: -5, severity: 'error' },
  {
    what: 'text in a money column',
    table: 'tblKostnader',
    header: 'Belopp',
    row: 1,
    value: 'tusen',
    severity: 'error',
  },
  { what: 'an unknown cost type', table: 'tblKostnader', header: 'Typ', row: 4, value: 'ibland', severity: 'error' },
  { what: 'a year far outside', table: 'tblKostnader', header: 'Från år', row: 5, value: 1850, severity: 'error' },
  {
    what: 'a gap between tier bands',
    table: 'tblPrisstegar',
    header: 'Från',
    row: 2,
    value: 12_000,
    severity: 'error',
  },
  { what: 'a negative FTE', table: 'tblInterna', header: 'Årsarbetare', row: 1, value: -1, severity: 'error' },
  {
    what: 'a go-live that is no date',
    table: 'tblKontrakt',
    header: 'Driftstart',
    row: 1,
    value: 'snart',
    severity: 'error',
  },
  {
    what: 'an unknown solution',
    table: 'tblKontrakt',
    header: 'Lösningar',
    row: 2,
    value: 'Okänd lösning',
    severity: 'error',
  },
  { what: 'an expiry that is no date', table: 'tblAvtal', header: 'Löper ut', row: 1, value: 'x', severity: 'error' },
  {
    what: 'a negative procurement cost',
    table: 'tblKontrakt',
    header: 'Upphandlingskostnad',
    row: 3,
    value: -100,
    severity: 'error',
  },
  { what: 'a contract of 0 years', table: 'tblKontrakt', header: 'Längd (år)', row: 4, value: 0, severity: 'warning' },
  { what: 'an index of 25 %', table: 'tblIndex', header: 'Indexuppräkning', row: 1, value: 0.25, severity: 'warning' },
];

describe('checkGrid on a workbook with a dozen mixed faults', () => {
  const grid = sample();
  const cells = FAULTS.map((f) => {
    const address = setCell(grid, f.table, f.header, f.value, f.row);
    const sheet = grid.sheets.find((s) => s.tables.some((t) => t.name === f.table))!.name;
    return { ...f, sheet, address };
  });
  const report = checkGrid(grid, 'sv');

  it.each(cells)('reports $what at its own cell ($sheet!$address) in the first check', (f) => {
    const here = report.problems.filter((p) => p.at?.sheet === f.sheet && p.at.cell === f.address);
    expect(
      here.map((p) => p.message.sv),
      JSON.stringify(report.problems.map((p) => p.at)),
    ).not.toEqual([]);
    expect(here.some((p) => p.severity === f.severity)).toBe(true);
  });

  it('blocks the calculation and lists the problems in sheet order, Swedish only in Swedish', () => {
    expect(report.model).toBeNull();
    const tabs = grid.sheets.map((s) => s.name);
    const order = report.problems.filter((p) => p.at).map((p) => tabs.indexOf(p.at!.sheet));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const p of report.problems) expect(p.message.sv).not.toMatch(/\b(pupils|negative|is not|column)\b/);
  });

  it('a clean sample has no problem at those cells: each one comes from its fault', () => {
    const clean = checkGrid(sample(), 'sv');
    for (const f of cells)
      expect(clean.problems.filter((p) => p.at?.sheet === f.sheet && p.at.cell === f.address)).toEqual([]);
  });
});
