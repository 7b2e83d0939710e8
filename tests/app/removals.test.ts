/**
 * Generated sheets go only when asked, and never behind the analyst's back:
 * a write drops the sheets that would no longer be current, but asks first
 * when formulas of the analyst's refer to them; "remove generated sheets"
 * lists what goes and what breaks, and deletes only sheets with our marker.
 * Run on the Office.js host over the Excel emulation, which holds formulas.
 */
import { describe, expect, it } from 'vitest';
import {
  calculate,
  checkWorkbook,
  defaultChoices,
  generatedSheets,
  removeGeneratedSheets,
  writeScenarios,
  type WorkbookHost,
} from '../../src/app';
import { createOfficeHost } from '../../src/hosts/officejs';
import { createEmulatedWorkbook, type EmulatedWorkbook } from '../../src/hosts/emulation';
import { planToGrid } from '../../src/workbook/planToGrid';
import { setCell } from '../workbook/read/helpers';
import {
  calculateAndWrite,
  compute,
  emulatedSample,
  sampleInputs as inputs,
  writeOptions as options,
} from './fixtures';

async function workbookWithScenarios(): Promise<{ wb: EmulatedWorkbook; host: WorkbookHost; sheets: string[] }> {
  const { wb, host } = emulatedSample();
  const written = await calculateAndWrite(host, '2026-12-07T08:00:00Z');
  if (written.status !== 'written') throw new Error('expected a write');
  return { wb, host, sheets: written.plan.sheets.map((s) => s.name) };
}

async function addOwnFormula(wb: EmulatedWorkbook, formula: string): Promise<void> {
  await wb.run(async (ctx) => {
    ctx.workbook.worksheets.add('Mina formler').getRange('B2').formulas = [[formula]];
    await ctx.sync();
  });
}

/** Changes the third payer's pupil count, as the analyst would between two writes. */
async function changeAnInput(host: WorkbookHost): Promise<void> {
  const cell = setCell(planToGrid(inputs), 'tblBetalare', 'Elever/barn', 0, 3);
  const sheet = inputs.find((s) => s.tables?.some((t) => t.name === 'tblBetalare'))!.name;
  await host.writeCells!(sheet, [{ cell, value: 88_000 }]);
}

/** A calculation of the workbook as it is now, leaving out its last alternative. */
async function withoutLastAlternative(host: WorkbookHost) {
  const check = await checkWorkbook(host, 'sv');
  const model = check.model!;
  const choices = defaultChoices(model);
  return calculate(model, { ...choices, alternativeIds: choices.alternativeIds.slice(0, -1) }, compute);
}

describe('writeScenarios and sheets no longer current', () => {
  it('drops the sheet of an alternative left out after the inputs changed, saying so', async () => {
    const { host, sheets } = await workbookWithScenarios();
    const last = sheets.filter((s) => s.startsWith('Scenario')).at(-1)!;
    await changeAnInput(host);
    const calculation = await withoutLastAlternative(host);
    const written = await writeScenarios(host, calculation, { ...options, generatedAt: '2026-12-07T09:00:00Z' });
    if (written.status !== 'written') throw new Error(`expected a write, got ${written.status}`);
    expect(written.removed).toEqual([last]);
    const check = await checkWorkbook(host, 'sv');
    expect(check.grid.sheets.map((s) => s.name)).not.toContain(last);
    expect(check.staleness.kind).toBe('current');
  });

  it('keeps the sheet of an alternative left out when the inputs are the same: it is still current', async () => {
    const { host, sheets } = await workbookWithScenarios();
    const last = sheets.filter((s) => s.startsWith('Scenario')).at(-1)!;
    const written = await writeScenarios(host, await withoutLastAlternative(host), {
      ...options,
      generatedAt: '2026-12-07T09:00:00Z',
    });
    if (written.status !== 'written') throw new Error('expected a write');
    expect(written.removed).toEqual([]);
    expect(generatedSheets((await checkWorkbook(host, 'sv')).grid)).toContain(last);
  });

  it('asks before dropping a sheet the analyst’s formula refers to, changing nothing, and goes ahead when confirmed', async () => {
    const { wb, host, sheets } = await workbookWithScenarios();
    const last = sheets.filter((s) => s.startsWith('Scenario')).at(-1)!;
    const formula = `='${last}'!C12`;
    await addOwnFormula(wb, formula);
    await changeAnInput(host);
    const calculation = await withoutLastAlternative(host);
    const before = wb.snapshot();
    const asked = await writeScenarios(host, calculation, { ...options, generatedAt: '2026-12-07T09:00:00Z' });
    expect(asked).toMatchObject({
      status: 'confirmRemoval',
      removals: [last],
      breaking: [{ sheet: 'Mina formler', cell: 'B2', formula }],
    });
    expect(wb.snapshot()).toEqual(before);
    const confirmed = await writeScenarios(host, calculation, {
      ...options,
      generatedAt: '2026-12-07T09:00:00Z',
      confirmRemoval: true,
    });
    expect(confirmed).toMatchObject({ status: 'written', removed: [last] });
  });
});

describe('removeGeneratedSheets', () => {
  it('happy path: lists the generated sheets and the formulas that would break, then removes only those sheets', async () => {
    const { wb, host, sheets } = await workbookWithScenarios();
    const summary = sheets.find((s) => s.startsWith('Beslutsunderlag'))!;
    await addOwnFormula(wb, `='${summary}'!B5`);
    const before = wb.snapshot();
    const asked = await removeGeneratedSheets(host, { confirmed: false, language: 'sv' });
    if (asked.status !== 'confirm') throw new Error('expected a question');
    expect(asked.sheets.sort()).toEqual([...sheets].sort());
    expect(asked.breaking).toEqual([{ sheet: 'Mina formler', cell: 'B2', formula: `='${summary}'!B5` }]);
    expect(wb.snapshot(), 'asking changes nothing').toEqual(before);

    const removed = await removeGeneratedSheets(host, { confirmed: true, language: 'sv' });
    expect(removed).toMatchObject({ status: 'removed' });
    const check = await checkWorkbook(host, 'sv');
    expect(generatedSheets(check.grid)).toEqual([]);
    expect(check.staleness.kind).toBe('never');
    // Every input sheet and the analyst's own sheet are still there, and the inputs still read.
    expect(check.grid.sheets.map((s) => s.name)).toEqual([...inputs.map((s) => s.name), 'Mina formler']);
    expect(check.model).not.toBeNull();
  });

  it('with nothing generated: says so and writes nothing', async () => {
    const wb = createEmulatedWorkbook();
    wb.loadPlannedSheets(inputs);
    const before = wb.snapshot();
    const host = createOfficeHost(wb.run, () => true);
    expect(await removeGeneratedSheets(host, { confirmed: true, language: 'sv' })).toEqual({
      status: 'nothingToRemove',
    });
    expect(wb.snapshot()).toEqual(before);
  });
});
