/**
 * Regeneration keeps the analyst's references: in Excel our sheets are
 * rewritten in place (the same sheet objects), so a formula on the analyst's
 * own sheet that points at a generated sheet still points at it after the
 * scenarios are written again with changed inputs, and reads the new
 * figures — where deleting and re-adding the sheets would have turned every
 * such formula into #REF!. Run on the Office.js host over the Excel
 * emulation (which rewrites references on rename and delete as Excel does,
 * src/hosts/emulation/worksheet.ts); the .xlsx host's twin, recalculated by
 * LibreOffice, is tests/libreoffice/regeneration.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkWorkbook, type WorkbookHost } from '../../src/app';
import type { EmulatedWorkbook } from '../../src/hosts/emulation';
import { parseMarker, REWRITING_FINGERPRINT } from '../../src/workbook/fingerprint';
import type { WritePlan } from '../../src/workbook/plan';
import { planToGrid } from '../../src/workbook/planToGrid';
import { cellAddress, parseCell } from '../../src/workbook/a1';
import { setCell } from '../workbook/read/helpers';
import { calculateAndWrite, emulatedSample, sampleInputs } from './fixtures';

const OWN_SHEET = 'Mina formler';

interface SnapshotCell {
  value: unknown;
  formula?: string;
}
interface Snapshot {
  sheets: { id: string; name: string; cells: [string, SnapshotCell][] }[];
}

function cellOf(wb: EmulatedWorkbook, sheet: string, address: string): SnapshotCell | undefined {
  const s = (wb.snapshot() as Snapshot).sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet '${sheet}'`);
  return s.cells.find(([a]) => a === address)?.[1];
}

/** One figure per generated sheet: its largest formula result (a total, the figure an analyst would cite). */
function citedFigures(plan: WritePlan): { sheet: string; address: string }[] {
  return plan.sheets
    .filter((s) => s.kind !== 'input')
    .flatMap((s) => {
      let best: { address: string; value: number } | undefined;
      s.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell?.formula || typeof cell.value !== 'number') return;
          if (!best || Math.abs(cell.value) > best.value)
            best = { address: cellAddress(r, c), value: Math.abs(cell.value) };
        }),
      );
      return best ? [{ sheet: s.name, address: best.address }] : [];
    });
}

/** The value a plan writes at a sheet's A1 address. */
function plannedValue(plan: WritePlan, at: { sheet: string; address: string }): unknown {
  const { row, col } = parseCell(at.address);
  return plan.sheets.find((s) => s.name === at.sheet)?.rows[row]?.[col]?.value;
}

const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

async function write(host: WorkbookHost, at: string): Promise<WritePlan> {
  const result = await calculateAndWrite(host, at);
  if (result.status !== 'written') throw new Error('expected a write');
  return result.plan;
}

describe('regenerating in Excel', () => {
  it('keeps every formula of the analyst that points at a generated sheet, pointing at it, through two regenerations with changed inputs', async () => {
    const { wb, host } = emulatedSample();
    const inputs = sampleInputs;
    const first = await write(host, '2026-12-07T09:00:00Z');

    // The analyst's own sheet cites one figure of every generated sheet.
    const cited = citedFigures(first);
    expect(cited.length).toBe(first.sheets.filter((s) => s.kind !== 'input').length);
    const formulas = cited.map((c) => `=${quoted(c.sheet)}!${c.address}`);
    await wb.run(async (ctx) => {
      const own = ctx.workbook.worksheets.add(OWN_SHEET);
      own.getRange(`A1:A${formulas.length}`).formulas = formulas.map((f) => [f]);
      await ctx.sync();
    });
    const ids = new Map((wb.snapshot() as Snapshot).sheets.map((s) => [s.name, s.id]));

    const pupils = setCell(planToGrid(inputs), 'tblBetalare', 'Elever/barn', 0, 3); // where the third payer's count is
    const resources = inputs.find((s) => s.tables?.some((t) => t.name === 'tblBetalare'))!.name;
    let previous = first;
    for (const [n, count] of [
      [1, 91_000],
      [2, 47_500],
    ] as const) {
      await host.writeCells!(resources, [{ cell: pupils, value: count }]);
      const next = await write(host, `2026-12-07T1${n}:00:00Z`);
      const changed = cited.filter((c) => plannedValue(previous, c) !== plannedValue(next, c));
      expect(changed.length, `regeneration ${n} changes some cited figure`).toBeGreaterThan(0);
      for (const [i, c] of cited.entries()) {
        const own = cellOf(wb, OWN_SHEET, `A${i + 1}`);
        expect(own?.formula, `${c.sheet}!${c.address} after regeneration ${n}`).toBe(formulas[i]);
        // The same sheet object as before, holding the new figure where the formula looks.
        const snapshot = wb.snapshot() as Snapshot;
        expect(snapshot.sheets.find((s) => s.name === c.sheet)?.id).toBe(ids.get(c.sheet));
        expect(cellOf(wb, c.sheet, c.address)?.value).toBe(plannedValue(next, c));
      }
      previous = next;
    }
    // No sheet is left marked as being rewritten, and the analyst's sheet is still theirs.
    const check = await checkWorkbook(host, 'sv');
    expect(check.staleness).toMatchObject({ kind: 'current' });
    for (const s of check.grid.sheets) expect(parseMarker(s.marker)?.fingerprint).not.toBe(REWRITING_FINGERPRINT);
    expect(check.grid.sheets.find((s) => s.name === OWN_SHEET)?.marker).toBeUndefined();
  });
});
