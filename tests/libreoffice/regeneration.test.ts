/**
 * Regeneration keeps the analyst's references in a file too: the .xlsx host
 * rewrites our sheets into the same parts under the same names, so a formula
 * on the analyst's own sheet that points at a generated sheet keeps its text
 * through two regenerations with changed inputs — and LibreOffice, opening
 * the result (the file asks for a full recalculation on load), computes it
 * from the new figures. The Office.js twin is tests/app/regenerationInExcel.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { editedSheets, generatedSheets } from '../../src/app';
import { createXlsxHost } from '../../src/hosts/xlsx/host';
import { runScenarios, type ScenarioRunResult } from '../../src/faces/cli/pipeline';
import { stockholmSample } from '../../src/sample/stockholm';
import type { CellValue, WorkbookGrid } from '../../src/workbook/grid';
import { inputSheetsPlan } from '../../src/workbook/inputs';
import { applyPlanToXlsx, readXlsxGrid } from '../../src/hosts/xlsx';
import { cellAddress, parseCell } from '../../src/hosts/xlsx/a1';
import { isGeneratedKey, parseMarker } from '../../src/workbook/fingerprint';
import { label } from '../../src/workbook/labels';
import { readStoredSummary } from '../../src/workbook/changesStore';
import { COMPARISON_KEY } from '../../src/workbook/write';
import { addOwnSheet, setNumber, tableCell } from '../xlsx/editXlsx';
import { findSoffice, INSTALL_HINT, roundTripThroughLibreOffice } from './soffice';

const OWN = 'Mina formler';
const RUN = { language: 'sv' as const, illustrative: true, generatedAt: '2026-12-07T10:00:00.000Z', version: 't' };

async function scenarios(input: Uint8Array): Promise<Uint8Array> {
  const result: ScenarioRunResult = await runScenarios(input, RUN);
  if (result.status !== 'done') throw new Error(`test: expected scenarios, got ${result.status}`);
  return result.data;
}

/**
 * Per generated sheet, the cell with its largest number: a total an analyst
 * would cite. Above the comparison sheet's stored summary, whose totals in
 * öre are 100 times the figures and for the next write, not for citing.
 */
function citedFigures(grid: WorkbookGrid): { sheet: string; address: string }[] {
  const stored = label('sv', 'storedSummaryTitle');
  return grid.sheets
    .filter((s) => isGeneratedKey(parseMarker(s.marker)?.key ?? 'input'))
    .flatMap((s) => {
      let best: { address: string; size: number } | undefined;
      const end = s.values.findIndex((row) => row[0] === stored);
      s.values.slice(0, end < 0 ? undefined : end).forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === 'number' && (!best || Math.abs(v) > best.size))
            best = { address: cellAddress(r, c), size: Math.abs(v) };
        }),
      );
      return best ? [{ sheet: s.name, address: best.address }] : [];
    });
}

function valueAt(grid: WorkbookGrid, sheet: string, address: string): CellValue | undefined {
  const { row, col } = parseCell(address);
  return grid.sheets.find((s) => s.name === sheet)?.values[row]?.[col];
}

let cited: { sheet: string; address: string }[];
let written: WorkbookGrid[];
let recalculated: WorkbookGrid;
let savedByLibreOffice: Uint8Array;

beforeAll(async () => {
  const soffice = findSoffice();
  if (!soffice) throw new Error(INSTALL_HINT);
  const inputs = inputSheetsPlan(stockholmSample(), { language: 'sv', illustrative: true });
  let file = await applyPlanToXlsx(null, {
    sheets: inputs,
    stamp: { generatedAt: '', version: '', inputFingerprint: '', language: 'sv' },
  });
  file = await scenarios(file);
  cited = citedFigures(await readXlsxGrid(file));
  file = await addOwnSheet(
    file,
    OWN,
    cited.map((c) => `='${c.sheet}'!${c.address}`),
  );
  const pupils = await tableCell(file, 'tblBetalare', 'Elever/barn', 3);
  written = [];
  for (const count of [91_000, 47_500]) {
    file = await scenarios(setNumber(file, pupils.sheet, pupils.address, count));
    written.push(await readXlsxGrid(file));
  }
  savedByLibreOffice = roundTripThroughLibreOffice(soffice, file, 'regenerated.xlsx').data;
  recalculated = await readXlsxGrid(savedByLibreOffice);
}, 240_000);

describe('regenerating an .xlsx', () => {
  it('keeps the analyst’s sheet and every generated sheet under its name', () => {
    for (const grid of written) {
      const names = grid.sheets.map((s) => s.name);
      expect(names).toContain(OWN);
      for (const c of cited) expect(names).toContain(c.sheet);
      expect(grid.sheets.find((s) => s.name === OWN)?.marker).toBeUndefined();
    }
  });

  it('changes the cited figures: the inputs changed', () => {
    const moved = cited.filter(
      (c) => valueAt(written[0]!, c.sheet, c.address) !== valueAt(written[1]!, c.sheet, c.address),
    );
    expect(moved.length).toBeGreaterThan(0);
  });

  it('LibreOffice computes every formula of the analyst’s from the new figures, none of them #REF!', () => {
    cited.forEach((c, i) => {
      const own = valueAt(recalculated, OWN, `A${i + 1}`);
      expect(own, `${OWN}!A${i + 1} = '${c.sheet}'!${c.address}`).toEqual(valueAt(recalculated, c.sheet, c.address));
      expect(own).toEqual(valueAt(written[1]!, c.sheet, c.address));
      expect(typeof own).toBe('number');
    });
  });

  it('a file LibreOffice saved, nobody having typed into it, has no sheet taken for edited by hand', async () => {
    const host = createXlsxHost(savedByLibreOffice);
    const grid = await host.readGrid();
    expect(generatedSheets(grid).length).toBeGreaterThan(2);
    for (const s of grid.sheets.filter((x) => generatedSheets(grid).includes(x.name)))
      expect(parseMarker(s.marker)?.contents, `${s.name}: the digest survives LibreOffice`).toMatch(/^[0-9a-f]{8}$/);
    expect(await editedSheets(host, grid, generatedSheets(grid))).toEqual([]);
  });

  it('the summary kept for the next comparison reads back from a file LibreOffice saved', () => {
    const sheetOf = (grid: WorkbookGrid) => grid.sheets.find((x) => parseMarker(x.marker)?.key === COMPARISON_KEY)!;
    const before = readStoredSummary(sheetOf(written[1]!).values);
    expect(before.status).toBe('found');
    expect(readStoredSummary(sheetOf(recalculated).values)).toEqual(before);
  });
});
