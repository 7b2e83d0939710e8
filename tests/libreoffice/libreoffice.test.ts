/**
 * The independent check: LibreOffice Calc — software nobody here wrote —
 * opens the demo workbook, recalculates every formula, and what it computes
 * on the comparison and FLG summary sheets must equal the engine's results
 * to the krona.
 */

import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/workbook/grid';
import type { PlannedSheet } from '../../src/workbook/plan';
import { buildSampleWorkbook, type SampleWorkbook } from '../../src/faces/cli/workbooks';
import { applyPlanToXlsx, readXlsxGrid } from '../../src/hosts/xlsx';
import { cellAddress } from '../../src/hosts/xlsx/a1';
import { findSoffice, INSTALL_HINT, roundTripThroughLibreOffice } from './soffice';

let sample: SampleWorkbook;
let calc: WorkbookGrid;
let convertedData: Uint8Array;
let conversionLog: string;

/**
 * A sheet whose formula carries a deliberately wrong cached value (5 for
 * 1+1): if LibreOffice shows 2, it recalculated, and the comparisons below
 * test its arithmetic rather than our cache.
 */
const CANARY: PlannedSheet = {
  name: 'Kanariefågel',
  kind: 'sensitivity',
  key: 'test:canary',
  rows: [[{ value: 5, formula: '=1+1' }]],
};

beforeAll(async () => {
  const soffice = findSoffice();
  if (!soffice) throw new Error(INSTALL_HINT);
  sample = await buildSampleWorkbook({ language: 'sv', generatedAt: '2026-11-28T12:00:00.000Z', version: 'test' });
  const withCanary = await applyPlanToXlsx(null, { ...sample.plan, sheets: [...sample.plan.sheets, CANARY] });
  const converted = roundTripThroughLibreOffice(soffice, withCanary, 'stockholm-scenarier.xlsx');
  convertedData = converted.data;
  conversionLog = converted.stderr;
  calc = await readXlsxGrid(converted.data);
});

const plannedOf = (kind: PlannedSheet['kind']): PlannedSheet => {
  const sheet = sample.plan.sheets.find((s) => s.kind === kind);
  if (!sheet) throw new Error(`the plan has no ${kind} sheet`);
  return sheet;
};
const calcSheet = (name: string): SheetGrid => {
  const sheet = calc.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`LibreOffice's file has no sheet '${name}'`);
  return sheet;
};
const num = (v: CellValue | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

/** The row whose first cell is exactly `label`, from `from` on. */
function rowOf(sheet: SheetGrid, label: string, from = 0): CellValue[] {
  const row = sheet.values.find((row, i) => i >= from && row[0] === label);
  if (!row) throw new Error(`no row '${label}' on '${sheet.name}'`);
  return row;
}

/** True when the row holds `kronor` to the krona (whole-krona amounts) or to the öre (per-unit decimals). */
function holds(row: CellValue[], kronor: number): boolean {
  const tolerance = Number.isInteger(kronor) ? 0.5 : 0.005;
  return row.some((v) => typeof v === 'number' && Math.abs(v - kronor) < tolerance);
}

describe('LibreOffice opening the demo workbook', () => {
  it('opens and saves it without complaint, with every sheet and marker kept', () => {
    expect(conversionLog).not.toMatch(/error|repair|corrupt/i);
    expect(calc.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(sample.plan.sheets.map((s) => s.name)));
    for (const planned of sample.plan.sheets.filter((s) => s.kind !== 'input')) {
      expect(calcSheet(planned.name).marker, planned.name).toBe(planned.marker);
    }
  });

  it('keeps the markers as workbook-scoped names pointing at their sheets', async () => {
    const xml = (await (await JSZip.loadAsync(convertedData)).file('xl/workbook.xml')?.async('string')) ?? '';
    const ours = [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].filter((m) =>
      /name="Skolkostnad_/.test(m[1]!),
    );
    expect(ours.length).toBeGreaterThanOrEqual(sample.plan.sheets.filter((s) => s.kind !== 'input').length);
    expect(ours).toHaveLength(calc.sheets.filter((s) => s.marker !== undefined).length);
    for (const m of ours) {
      expect(m[1]).not.toContain('localSheetId');
      expect(m[2]).toMatch(/^IF\(FALSE(\(\))?,/);
    }
  });

  it('recalculates formulas instead of showing the cached values', () => {
    expect(calcSheet(CANARY.name).values[0]?.[0]).toBe(2);
  });

  /** Every number, and every formula's text result, as LibreOffice computed it vs. the engine's value the plan cached. */
  function mismatchesOn(planned: PlannedSheet): { compared: number; mismatches: string[] } {
    const sheet = calcSheet(planned.name);
    let compared = 0;
    const mismatches: string[] = [];
    planned.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || (typeof cell.value !== 'number' && cell.formula === undefined)) return;
        compared++;
        const got = sheet.values[r]?.[c];
        const same =
          typeof cell.value === 'number'
            ? typeof got === 'number' && Math.abs(got - cell.value) < (Number.isInteger(cell.value) ? 0.5 : 0.005)
            : // A formula giving empty text reads back as an empty cell.
              got === cell.value || (cell.value === '' && (got === null || got === undefined));
        if (!same) {
          mismatches.push(
            `${planned.name}!${cellAddress(r, c)} ${cell.formula ?? ''}: engine ${String(cell.value)}, LibreOffice ${JSON.stringify(got)}`,
          );
        }
      }),
    );
    return { compared, mismatches };
  }

  for (const kind of ['summary', 'comparison'] as const) {
    it(`recalculates every figure on the ${kind} sheet to the engine's value, to the krona`, () => {
      const { compared, mismatches } = mismatchesOn(plannedOf(kind));
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThan(20);
    });
  }

  it("recalculates every figure on the scenario sheets to the engine's value, to the krona", () => {
    const scenarios = sample.plan.sheets.filter((s) => s.kind === 'scenario');
    expect(scenarios).toHaveLength(sample.output.scenarios.length);
    for (const planned of scenarios) {
      const { compared, mismatches } = mismatchesOn(planned);
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThan(100);
    }
  });

  it('shows on the decision brief each alternative’s contracts, total, NPV and difference from today as the engine computed them', () => {
    const sheet = calcSheet(plannedOf('summary').name);
    for (const s of sample.output.scenarios) {
      const row = rowOf(sheet, s.name);
      expect(holds(row, s.contractCount), `${s.name}: contracts`).toBe(true);
      expect(holds(row, s.total / 100), `${s.name}: total`).toBe(true);
      expect(holds(row, s.npv / 100), `${s.name}: NPV`).toBe(true);
      expect(holds(row, s.baseline.differenceTotal / 100), `${s.name}: difference`).toBe(true);
    }
  });

  it('shows on the decision brief the cost per pupil and year of the three largest payers under each alternative as the engine computed it', () => {
    const sheet = calcSheet(plannedOf('summary').name);
    const largest = [...sample.model.payers].sort((a, b) => b.counts.pupils - a.counts.pupils).slice(0, 3);
    const header = sheet.values.findIndex((row) => row[1] === largest[0]!.name);
    expect(header, 'the per-pupil table').toBeGreaterThan(0);
    expect(sheet.values[header]!.slice(1, 4)).toEqual(largest.map((p) => p.name));
    for (const s of sample.summary.scenarios) {
      const row = sheet.values.slice(header).find((r) => r[0] === s.name)!;
      largest.forEach((payer, j) => {
        const expected = s.payers.find((p) => p.id === payer.id)!.averageCostPerPupilPerYear!;
        expect(Math.abs(num(row[j + 1])! - expected), `${payer.name} under ${s.name}`).toBeLessThan(0.006);
      });
    }
  });

  it('shows on the comparison sheet each alternative’s cost per year, total and NPV as the engine computed them', () => {
    const sheet = calcSheet(plannedOf('comparison').name);
    for (const s of sample.output.scenarios) {
      const row = rowOf(sheet, s.name);
      s.totalByYear.forEach((amount, i) => expect(holds(row, amount / 100), `${s.name} ${s.years[i]}`).toBe(true));
      expect(holds(row, s.total / 100), `${s.name}: total`).toBe(true);
      expect(holds(row, s.npv / 100), `${s.name}: NPV`).toBe(true);
    }
    const baseline = sample.output.scenarios[0]!.baseline;
    const baselineRow = sheet.values.find((row) => baseline.baselineByYear.every((amount) => holds(row, amount / 100)));
    expect(baselineRow, 'a row with the baseline per year').toBeDefined();
  });

  it('keeps the native charts', async () => {
    const zip = await JSZip.loadAsync(convertedData);
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    const planned = sample.plan.sheets.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
    expect(planned).toBeGreaterThan(0);
    expect(charts).toHaveLength(planned);
  });
});
