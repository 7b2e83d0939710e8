/**
 * "Ändringar sedan förra versionen" as the analyst meets it: the first write
 * says there is nothing to compare with; change one cost line's amount and
 * write again, and the comparison sheet lists that row as changed in
 * Belopp, with every alternative's previous and new total and the exact
 * difference — without taking the comparison sheet for one edited by hand.
 * On the in-memory host, Office.js over the Excel emulation, and an .xlsx file.
 */
import { describe, expect, it } from 'vitest';
import {
  calculate,
  checkWorkbook,
  createMemoryHost,
  defaultChoices,
  writeScenarios,
  type WorkbookHost,
  type WriteScenariosResult,
} from '../../src/app';
import { parseCell } from '../../src/workbook/a1';
import type { CellRef } from '../../src/engine/model';
import type { CellValue } from '../../src/workbook/grid';
import { planToGrid } from '../../src/workbook/planToGrid';
import { parseMarker } from '../../src/workbook/fingerprint';
import { COMPARISON_KEY } from '../../src/workbook/write';
import { applyPlanToXlsx } from '../../src/hosts/xlsx';
import { createXlsxHost, type XlsxHost } from '../../src/hosts/xlsx/host';
import { setNumber } from '../xlsx/editXlsx';
import { calculateAndWrite, compute, emulatedSample, sampleInputs, writeOptions } from './fixtures';

interface HostCase {
  name: string;
  /** A host over the sample's input sheets, and how to type a number into a cell of it (returns the host to go on with). */
  make: () => Promise<{ host: WorkbookHost; type: (at: CellRef, value: number) => Promise<WorkbookHost> }>;
}

const hosts: HostCase[] = [
  {
    name: 'in memory',
    make: () => {
      const host = createMemoryHost(planToGrid(sampleInputs));
      const type = async (at: CellRef, value: number) => {
        await host.writeCells!(at.sheet, [{ cell: at.cell, value }]);
        return host;
      };
      return Promise.resolve({ host, type });
    },
  },
  {
    name: 'Office.js (emulation)',
    make: () => {
      const { host } = emulatedSample();
      const type = async (at: CellRef, value: number) => {
        await host.writeCells!(at.sheet, [{ cell: at.cell, value }]);
        return host;
      };
      return Promise.resolve({ host, type });
    },
  },
  {
    name: '.xlsx',
    make: async () => {
      const stamp = { generatedAt: '', version: '', inputFingerprint: '', language: 'sv' as const };
      let host: XlsxHost = createXlsxHost(await applyPlanToXlsx(null, { sheets: sampleInputs, stamp }));
      const type = (at: CellRef, value: number) => {
        host = createXlsxHost(setNumber(host.bytes(), at.sheet, at.cell, value));
        return Promise.resolve(host);
      };
      return Promise.resolve({ host, type: (at: CellRef, value: number) => type(at, value) });
    },
  },
];

async function written(host: WorkbookHost, at: string): Promise<Extract<WriteScenariosResult, { status: 'written' }>> {
  const result = await calculateAndWrite(host, at);
  if (result.status !== 'written') throw new Error(`test: expected a write, got ${result.status}`);
  return result;
}

/** The comparison sheet's values as the host stores them now. */
async function comparisonValues(host: WorkbookHost): Promise<CellValue[][]> {
  const check = await checkWorkbook(host, 'sv');
  const sheet = check.grid.sheets.find((s) => parseMarker(s.marker)?.key === COMPARISON_KEY);
  if (!sheet) throw new Error('test: no comparison sheet');
  return (await host.readSheets([sheet.name]))[0]!.values;
}

const rowStarting = (values: CellValue[][], first: CellValue): CellValue[] | undefined =>
  values.find((row) => row[0] === first);

describe.each(hosts)('changes since the previous version, $name', ({ make }) => {
  it('says first generation, then lists the one cost line changed and each total’s exact difference', async () => {
    const made = await make();
    const first = await written(made.host, '2026-12-07T09:00:00Z');
    expect(first.changes).toEqual({ kind: 'first' });
    expect(
      rowStarting(await comparisonValues(made.host), 'Första genereringen – inget att jämföra med.'),
    ).toBeDefined();

    // One cost line's Belopp raised to its Max (the sample gives every line a range, which must hold the amount).
    const line = first.calculation.model.costLines.find((l) => l.range !== undefined && l.range.max > l.amount)!;
    const cell = line.cells!['amount']!;
    const before = (await made.host.readSheets([cell.sheet]))[0]!;
    const host = await made.type(cell, valueAt(before.values, line.cells!['max']!.cell));

    const second = await written(host, '2026-12-07T10:00:00Z');
    expect(second.overwritten).toEqual([]); // the comparison sheet of the first write is ours, untouched
    expect(second.changes.kind).toBe('compared');
    if (second.changes.kind !== 'compared') return;
    expect(second.changes.previous).toEqual({
      fingerprint: first.calculation.basis.inputFingerprint,
      generatedAt: '2026-12-07T09:00:00Z',
    });
    expect(second.changes.rows).toEqual([{ table: 'costLines', id: line.id, kind: 'changed', fields: ['amount'] }]);
    const totals = (r: typeof first) => new Map(r.calculation.output.scenarios.map((s) => [s.alternativeId, s.total]));
    const was = totals(first);
    const now = totals(second);
    for (const a of second.changes.alternatives) {
      expect(a.previous?.total).toBe(was.get(a.id));
      expect(a.next?.total).toBe(now.get(a.id));
      expect(a.difference?.total).toBe(now.get(a.id)! - was.get(a.id)!);
    }
    expect(second.changes.alternatives.some((a) => a.difference!.total !== 0)).toBe(true);

    // What the sheet shows: the row by sheet, table and id, the column by its header; the totals in kronor.
    const all = await comparisonValues(host);
    const values = all.slice(all.findIndex((r) => r[0] === 'Ändringar sedan förra versionen'));
    expect(values.length).toBeLessThan(all.length);
    expect(values.find((r) => r[2] === line.id && r[3] === 'ändrad')?.slice(0, 5)).toEqual([
      'Kostnader',
      'Kostnadsrader',
      line.id,
      'ändrad',
      'Belopp',
    ]);
    for (const a of second.changes.alternatives) {
      const row = values.find((r) => r[0] === a.name);
      expect(row?.slice(1, 4), a.name).toEqual([
        a.previous!.total / 100,
        a.next!.total / 100,
        a.difference!.total / 100,
      ]);
    }

    // Written again with nothing changed: no input row listed, every difference zero.
    const third = await written(host, '2026-12-07T11:00:00Z');
    expect(third.overwritten).toEqual([]);
    expect(third.changes).toMatchObject({ kind: 'compared', rows: [] });
    if (third.changes.kind === 'compared')
      for (const a of third.changes.alternatives) expect(a.difference).toEqual({ total: 0, npv: 0 });
    expect(rowStarting(await comparisonValues(host), 'Inga indatarader har ändrats.')).toBeDefined();
  });
});

describe('changes since the previous version, when the previous one is not known', () => {
  it('says so and why when the stored summary was edited by hand (once the analyst agrees to overwrite the edited sheet)', async () => {
    const host = createMemoryHost(planToGrid(sampleInputs));
    await written(host, '2026-12-07T09:00:00Z');
    host.edit((grid) => {
      const sheet = grid.sheets.find((s) => parseMarker(s.marker)?.key === COMPARISON_KEY)!;
      const row = sheet.values.find((r) => r[0] === 'Alternativ' && typeof r[3] === 'number')!;
      row[3] = 1;
    });
    const result = await calculateAndWrite(host, '2026-12-07T10:00:00Z');
    // The edit is found (the sheet's digest), and the analyst agrees to overwrite it.
    expect(result.status).toBe('confirmOverwrite');
    const agreed = await calculateAndWriteOverwriting(host, '2026-12-07T10:00:00Z');
    expect(agreed.changes).toEqual({ kind: 'unknown', reason: 'damaged', previousGeneratedAt: '2026-12-07T09:00:00Z' });
    const values = await comparisonValues(host);
    expect(
      rowStarting(
        values,
        'Förra versionen (genererad 2026-12-07T09:00:00Z) är okänd: underlaget längst ned på förra Jämförelse-bladet har ändrats eller är ofullständigt. Inget att jämföra med.',
      ),
    ).toBeDefined();
  });

  it('says the previous version is unknown when its comparison sheet lacks the summary (an earlier version wrote it)', async () => {
    const host = createMemoryHost(planToGrid(sampleInputs));
    await written(host, '2026-12-07T09:00:00Z');
    host.edit((grid) => {
      const sheet = grid.sheets.find((s) => parseMarker(s.marker)?.key === COMPARISON_KEY)!;
      const format = sheet.values.findIndex((r) => r[0] === 'Format');
      sheet.values.splice(format - 2);
    });
    const result = await calculateAndWriteOverwriting(host, '2026-12-07T10:00:00Z');
    expect(result.changes).toEqual({ kind: 'unknown', reason: 'missing', previousGeneratedAt: '2026-12-07T09:00:00Z' });
  });
});

describe('changes since the previous version, across languages and a deleted comparison sheet', () => {
  it('compares a write in English with the previous one in Swedish (the summary reads in either language)', async () => {
    const host = createMemoryHost(planToGrid(sampleInputs));
    await written(host, '2026-12-07T09:00:00Z');
    const check = await checkWorkbook(host, 'en');
    const calculation = await calculate(check.model!, defaultChoices(check.model!), compute);
    const result = await writeScenarios(host, calculation, {
      ...writeOptions,
      language: 'en',
      generatedAt: '2026-12-07T10:00:00Z',
    });
    if (result.status !== 'written') throw new Error(`test: expected a write, got ${result.status}`);
    expect(result.changes).toMatchObject({ kind: 'compared', rows: [] });
    const sheet = result.plan.sheets.find((s) => s.key === COMPARISON_KEY)!;
    expect(sheet.rows.some((r) => r[0]?.value === 'No input row has changed.')).toBe(true);
  });

  it('says the previous version is unknown, with the time of the latest sheet, when its comparison sheet was deleted', async () => {
    const host = createMemoryHost(planToGrid(sampleInputs));
    await written(host, '2026-12-07T09:00:00Z');
    host.edit((grid) => {
      grid.sheets = grid.sheets.filter((s) => parseMarker(s.marker)?.key !== COMPARISON_KEY);
    });
    const result = await written(host, '2026-12-07T10:00:00Z');
    expect(result.changes).toEqual({
      kind: 'unknown',
      reason: 'noComparison',
      previousGeneratedAt: '2026-12-07T09:00:00Z',
    });
  });
});

/** calculateAndWrite with the analyst's yes to overwriting sheets edited by hand. */
async function calculateAndWriteOverwriting(host: WorkbookHost, at: string) {
  const check = await checkWorkbook(host, 'sv');
  const calculation = await calculate(check.model!, defaultChoices(check.model!), compute);
  const result = await writeScenarios(host, calculation, { ...writeOptions, generatedAt: at, overwriteEdits: true });
  if (result.status !== 'written') throw new Error(`test: expected a write, got ${result.status}`);
  return result;
}

function valueAt(values: CellValue[][], address: string): number {
  const { row, col } = parseCell(address);
  const value = values[row]?.[col];
  if (typeof value !== 'number') throw new Error(`test: no number at ${address}`);
  return value;
}
