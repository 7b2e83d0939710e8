/**
 * The proof of issue 7 with a second, independent spreadsheet program:
 * LibreOffice (headless) recalculates the written .xlsx files, the Stockholm
 * sample and 200 seeded random models, with every cached value removed, so it
 * must compute each formula itself. Every formula cell must then equal the
 * engine's figure: whole kronor exactly, other figures (per user, factors) to
 * 1e-9 relative.
 *
 * One allowance, for the intermediate columns of the allocation block
 * (floor, remainder, rank, kronor left): LibreOffice's INT rounds to 15
 * significant digits before it floors (744 798 360.999999881 → 744 798 361)
 * and its subtraction snaps a difference below about 2^-48 of the operands
 * to 0. For a quota above about a million kronor whose fraction lies within
 * 1e-9 kr of a whole krona, the floor then takes the krona the remainder
 * would have won. The shares and everything shown above the helper block
 * must still equal the engine exactly (see docs/formulas.md, Known limits).
 *
 * Needs `soffice` on the PATH; without it this test fails and says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import type { CostModel } from '../../../src/engine/model';
import { stockholmSample } from '../../../src/sample/stockholm';
import type { PlannedValue, WritePlan } from '../../../src/workbook/plan';
import { buildWritePlan } from '../../../src/workbook/write';
import { applyPlanToXlsx } from '../../../src/hosts/xlsx/apply';
import { modelArb } from '../../engine/arbitraries';
import { OPTIONS } from './fixtures';

/** LibreOffice recalculates .xlsx on load only when told to: OOXMLRecalcMode 0 = always. */
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The plan with every formula's cached value removed (and no charts, which hold no figures). */
function stripped(plan: WritePlan): WritePlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      charts: [],
      rows: s.rows.map((r) => r.map((c) => (c?.formula === undefined ? c : { ...c, value: null }))),
    })),
  };
}

/** Whole numbers exactly; others to 1e-9 relative; text as text. */
function same(want: PlannedValue, got: unknown): boolean {
  if (typeof want === 'number' && typeof got === 'number') {
    return Number.isInteger(want) ? want === got : Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want));
  }
  return want === got;
}

/** Floor, remainder, rank and kronor-left cells of the allocation block (see the allowance above). */
const INTERMEDIATE = /^=INT\(|^=MOD\(ROUND\(|COUNTIFS\(|^=\$K\$\d+-SUM\(\$G\$/;

/** ExcelJS gives a formula cell as { formula, result }; it leaves out a result of 0. */
function resultOf(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'formula' in value) {
    return 'result' in value ? (value as { result: unknown }).result : 0;
  }
  return value;
}

describe('LibreOffice recalculates the written workbooks to the engine’s figures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skolkostnad-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('for the Stockholm sample and 200 random models, with cached values removed', async () => {
    const models: CostModel[] = [stockholmSample(), ...fc.sample(modelArb, { numRuns: 200, seed: 4242 })];
    const plans: WritePlan[] = [];
    const inDir = join(dir, 'in');
    const outDir = join(dir, 'out');
    mkdirSync(inDir);
    mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), PROFILE);
    const files: string[] = [];
    for (const [k, model] of models.entries()) {
      const plan = buildWritePlan(model, runEngine(model), OPTIONS);
      plans.push(plan);
      const file = join(inDir, `m${k}.xlsx`);
      writeFileSync(file, await applyPlanToXlsx(null, stripped(plan)));
      files.push(file);
    }

    try {
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--calc',
          '--convert-to',
          'xlsx',
          '--outdir',
          outDir,
          ...files,
        ],
        { stdio: 'pipe', timeout: 480_000 },
      );
    } catch (error) {
      throw new Error(`LibreOffice (soffice) is needed for this proof and did not run: ${String(error)}`);
    }

    const mismatches: string[] = [];
    let formulas = 0;
    let intermediateDifferences = 0;
    for (const [k, plan] of plans.entries()) {
      const workbook = new ExcelJS.Workbook();
      // ExcelJS types its Buffer apart from Node 20's; the bytes are the same.
      await workbook.xlsx.load(readFileSync(join(outDir, `m${k}.xlsx`)) as unknown as ExcelJS.Buffer);
      for (const sheet of plan.sheets) {
        const recalculated = workbook.getWorksheet(sheet.name);
        if (recalculated === undefined) {
          mismatches.push(`m${k}: no sheet ${sheet.name}`);
          continue;
        }
        sheet.rows.forEach((cells, row) =>
          cells.forEach((cell, col) => {
            if (cell?.formula === undefined) return;
            formulas++;
            const got = resultOf(recalculated.getCell(row + 1, col + 1).value);
            if (!same(cell.value, got) && INTERMEDIATE.test(cell.formula)) intermediateDifferences++;
            else if (!same(cell.value, got)) {
              mismatches.push(
                `m${k} ${sheet.name}!R${row + 1}C${col + 1} ${cell.formula}: engine ${String(cell.value)}, LibreOffice ${JSON.stringify(got)}`,
              );
            }
          }),
        );
      }
    }
    expect(formulas).toBeGreaterThan(100_000);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(intermediateDifferences).toBeLessThan(formulas / 10_000);
  }, 600_000);
});
