/**
 * Test helpers that change an .xlsx as the analyst would in Excel: a number
 * typed into an input cell, a sheet of their own with formulas. Edits go
 * straight into the package (a cell's XML, or a planned sheet of the user's
 * kind), so everything else in the file stays as it was.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { applyPlanToXlsx, readXlsxGrid } from '../../src/hosts/xlsx';
import { OpcPackage } from '../../src/hosts/xlsx/opcPackage';
import type { PlannedCell } from '../../src/workbook/plan';
import ExcelJS from 'exceljs';
import { setCell, typedWorkbook } from '../workbook/read/helpers';

/** Sets a number in a cell that already holds a value, leaving its style as it is. */
export function setNumber(data: Uint8Array, sheet: string, address: string, value: number): Uint8Array {
  const pkg = OpcPackage.open(data);
  const workbookPath = pkg.workbookPath();
  const part = pkg.sheets(workbookPath, pkg.text(workbookPath) ?? '').find((s) => s.name === sheet)?.path;
  if (!part) throw new Error(`test: no sheet '${sheet}'`);
  const entries = unzipSync(data);
  const name = Object.keys(entries).find((k) => k.toLowerCase() === part.toLowerCase())!;
  const xml = strFromU8(entries[name]!);
  const cell = new RegExp(`<c r="${address}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
  const found = cell.exec(xml);
  if (!found) throw new Error(`test: no cell ${sheet}!${address}`);
  const attrs = found[1]!.replace(/\s+t="[^"]*"/, '');
  entries[name] = strToU8(xml.replace(cell, `<c r="${address}"${attrs}><v>${value}</v></c>`));
  return zipSync(entries);
}

/** Where a table's column holds its n-th data row (1-based), and on which sheet. */
export async function tableCell(
  data: Uint8Array,
  table: string,
  header: string,
  n: number,
): Promise<{ sheet: string; address: string }> {
  const grid = await readXlsxGrid(data);
  const sheet = grid.sheets.find((s) => s.tables.some((t) => t.name === table));
  if (!sheet) throw new Error(`test: no table '${table}'`);
  return { sheet: sheet.name, address: setCell(grid, table, header, null, n) };
}

/** Adds a sheet of the analyst's own (no marker) holding the given formulas in column A. */
export async function addOwnSheet(data: Uint8Array, name: string, formulas: string[]): Promise<Uint8Array> {
  const rows: PlannedCell[][] = formulas.map((formula) => [{ value: 0, formula }]);
  return applyPlanToXlsx(data, {
    sheets: [{ name, kind: 'input', key: `input:test-${name}`, rows }],
    stamp: { generatedAt: '', version: '', inputFingerprint: '', language: 'sv' },
  });
}

/**
 * The typed test workbook (tests/workbook/read/helpers.ts) as an .xlsx file
 * written by ExcelJS — a producer other than ours — after `edit` changes it.
 */
export async function typedXlsx(edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(typedWorkbook())) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && typeof value !== 'object') ws.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
