/**
 * addDecision ("Lägg till i beslutsgången"): one row appended to the
 * analyst's decision trail, stored as text, on the Office.js host over the
 * Excel emulation and on the in-memory host alike; the scenario sheets stay
 * current, and a request that cannot be carried out writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { addDecision, AppError, checkWorkbook, createMemoryHost, stalenessOf, type WorkbookHost } from '../../src/app';
import { fingerprint } from '../../src/workbook/fingerprint';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { planToGrid } from '../../src/workbook/planToGrid';
import { readModel } from '../../src/workbook/read';
import { typedWorkbook, workbook } from '../workbook/read/helpers';
import { calculateAndWrite, emulatedSample, sampleInputs } from './fixtures';

const options = { language: 'sv' as const, generatedAt: '2026-12-07T10:00:00.000Z', version: 't' };

const trail = async (host: WorkbookHost) =>
  readModel(await host.readGrid()).decisionTrail.map(({ forum, date, decision, basis }) => ({
    forum,
    date,
    decision,
    basis,
  }));

const hosts: [string, () => WorkbookHost][] = [
  ['Office.js over the emulation', () => emulatedSample().host],
  ['in memory', () => createMemoryHost(planToGrid(sampleInputs))],
];

describe.each(hosts)('addDecision (%s)', (_name, makeHost) => {
  it('fills the new table’s blank row first, then grows the table; the scenarios stay current', async () => {
    const host = makeHost();
    const written = await calculateAndWrite(host, '2026-12-01T09:00:00.000Z');
    if (written.status !== 'written') throw new Error('test: the sample must write');
    const basis = written.plan.stamp.inputFingerprint;

    const first = await addDecision(
      host,
      { forum: 'Portföljstyrgrupp', date: '2026-12-10', decision: 'Rekommenderar alternativ 2', basis },
      options,
    );
    const second = await addDecision(
      host,
      { forum: ' FVG ', date: '2027-01-14', decision: 'Informerad', basis },
      options,
    );
    expect(first.createdSheet).toBe(false);
    expect(first.at.sheet).toBe('Beslutsgång');
    expect(Number(second.at.cell.slice(1))).toBe(Number(first.at.cell.slice(1)) + 1);
    expect(await trail(host)).toEqual([
      { forum: 'Portföljstyrgrupp', date: '2026-12-10', decision: 'Rekommenderar alternativ 2', basis },
      { forum: 'FVG', date: '2027-01-14', decision: 'Informerad', basis },
    ]);

    const check = await checkWorkbook(host, 'sv');
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(fingerprint(check.model!)).toBe(basis);
    expect(stalenessOf(await host.readGrid(), basis)).toMatchObject({ kind: 'current' });
  });

  it('stores every value as text: a fingerprint that looks like a number, a text that looks like a formula', async () => {
    const host = makeHost();
    await addDecision(
      host,
      { forum: '=HYPERLINK("http://x")', date: '2026-12-10', decision: '+1', basis: '12e45678' },
      options,
    );
    expect(await trail(host)).toEqual([
      { forum: '=HYPERLINK("http://x")', date: '2026-12-10', decision: '+1', basis: '12e45678' },
    ]);
  });

  it.each([
    [{ forum: '  ', date: '2026-12-10', decision: 'Beslut' }, 'forum'],
    [{ forum: 'FLG', date: '10/12', decision: 'Beslut' }, 'ett datum'],
    [{ forum: 'FLG', date: '2026-13-01', decision: 'Beslut' }, 'ett datum'],
    [{ forum: 'FLG', date: '2026-12-10', decision: '' }, 'beslut eller rekommendation'],
  ])('refuses %j, saying what to fill in, and writes nothing', async (input, what) => {
    const host = makeHost();
    const before = await host.readGrid();
    const error = await addDecision(host, { ...input, basis: 'abc' }, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).text.sv).toContain(what);
    expect(await host.readGrid()).toEqual(before);
  });
});

describe('addDecision in a workbook without a decision trail', () => {
  it('makes the Beslutsgång sheet (the analyst’s, without a marker) and writes the row into it', async () => {
    const host = createMemoryHost(workbook(typedWorkbook()));
    const added = await addDecision(
      host,
      { forum: 'Objektstyrgrupp', date: '2026-12-10', decision: 'Tillstyrker', basis: 'f00d' },
      options,
    );
    expect(added.createdSheet).toBe(true);
    const sheet = host.grid.sheets.find((s) => s.name === 'Beslutsgång');
    expect(sheet?.marker).toBeUndefined();
    expect(await trail(host)).toEqual([
      { forum: 'Objektstyrgrupp', date: '2026-12-10', decision: 'Tillstyrker', basis: 'f00d' },
    ]);
  });

  it('refuses when a sheet of that name exists without the trail, naming it, and writes nothing', async () => {
    const grid: WorkbookGrid = workbook({ ...typedWorkbook(), Beslutsgång: [['Mina anteckningar']] });
    const host = createMemoryHost(grid);
    const error = await addDecision(
      host,
      { forum: 'FLG', date: '2026-12-10', decision: 'Beslut', basis: 'f00d' },
      options,
    ).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('decisionTrailSheetWithoutTable');
    expect((error as AppError).text.sv).toContain('Bladet Beslutsgång finns');
    expect(host.grid).toEqual(grid);
  });
});
