/**
 * What a user relies on about the markers of generated sheets (workbook-scoped
 * names, src/workbook/marker.ts): the first read of a session recognises every
 * generated sheet in one sync, a renamed sheet stays ours, a copy is the
 * user's, a deleted sheet's marker is cleaned up by the next write, and the
 * previous version's sheet-scoped markers are still recognised and replaced.
 */
import { describe, expect, it } from 'vitest';
import {
  applyWritePlan,
  LEGACY_MARKER_NAME,
  readWorkbook,
  readWorkbookGrid,
  workbookMarkers,
  type ExcelRun,
} from '../../src/hosts/officejs';
import { textFormula } from '../../src/workbook/marker';
import { readInputGrid } from '../../src/hosts/officejs/read';
import type { EmulatedWorkbook } from '../../src/hosts/emulation';
import { parseMarker } from '../../src/workbook/fingerprint';
import type { WorkbookGrid } from '../../src/workbook/grid';
import type { WritePlan } from '../../src/workbook/plan';
import { readModel } from '../../src/workbook/read';
import { analystWorkbook, handPlan, handSheet, markerOf, sampleInputs, samplePlan } from './plans';

/** A new session on the same workbook: the readers remember the structure per run function, so this one knows nothing. */
function session(wb: EmulatedWorkbook): ExcelRun {
  return (batch) => wb.run(batch);
}

function keyOf(grid: WorkbookGrid, sheet: string): string | undefined {
  return parseMarker(grid.sheets.find((s) => s.name === sheet)?.marker)?.key;
}

/** The workbook-scoped markers: every one pointing at a live sheet, none orphaned. */
function markers(wb: EmulatedWorkbook) {
  return workbookMarkers(wb.names(), wb.sheetNames());
}

let planOnce: WritePlan | undefined;
const sample = (): WritePlan => (planOnce ??= samplePlan());

/** The analyst's workbook after a real write of the sample, plus a sheet and a table of the user's own. */
async function writtenWorkbook(): Promise<EmulatedWorkbook> {
  const wb = analystWorkbook();
  await applyWritePlan(wb.run, sample());
  await wb.run(async (ctx) => {
    const own = ctx.workbook.worksheets.add('Egen analys');
    own.getRange('A1:B2').values = [
      ['Post', 'Belopp'],
      ['Konsult', 5000],
    ];
    own.tables.add('A1:B2', true).name = 'Tabell1';
    await ctx.sync();
  });
  return wb;
}

describe('the first input read of a session', () => {
  it('takes one sync with the user’s sheets, their tables and generated sheets present, and recognises every marker', async () => {
    const wb = await writtenWorkbook();
    wb.resetStats();
    const { grid, syncs } = await readInputGrid(session(wb));
    expect([syncs, wb.stats.syncs]).toEqual([1, 1]);
    for (const s of sample().sheets) expect(keyOf(grid, s.name), s.name).toBe(s.key);
    for (const own of ['Mina anteckningar', 'Egen analys', ...sampleInputs().map((s) => s.name)]) {
      expect(grid.sheets.find((s) => s.name === own)!.marker, own).toBeUndefined();
    }
    expect(readModel(grid)).toEqual(readModel((await readWorkbook(session(wb))).grid));
  });

  it('still recognises a generated sheet the user renamed, and the next write replaces it', async () => {
    const wb = await writtenWorkbook();
    const scenario = sample().sheets[2]!;
    await wb.run(async (ctx) => ((ctx.workbook.worksheets.getItem(scenario.name).name = 'Mitt namn'), ctx.sync()));
    wb.resetStats();
    const { grid, syncs } = await readInputGrid(session(wb));
    expect(syncs).toBe(1);
    expect(keyOf(grid, 'Mitt namn')).toBe(scenario.key);
    const report = await applyWritePlan(wb.run, sample());
    expect(report.sheets.find((s) => s.key === scenario.key)).toEqual({
      key: scenario.key,
      name: scenario.name,
      replaced: 'Mitt namn',
    });
    expect(wb.sheetNames()).not.toContain('Mitt namn');
    expect(markers(wb).orphans).toEqual([]);
  });

  it('takes a copy of a generated sheet for the user’s own: not marked, and never replaced', async () => {
    const wb = await writtenWorkbook();
    const scenario = sample().sheets[2]!;
    await wb.run(async (ctx) => (ctx.workbook.worksheets.getItem(scenario.name).copy(), ctx.sync()));
    const copy = `${scenario.name} (2)`;
    const { grid } = await readInputGrid(session(wb));
    expect(grid.sheets.find((s) => s.name === copy)!.marker).toBeUndefined();
    expect(keyOf(grid, scenario.name)).toBe(scenario.key);

    const before = wb.cell(copy, 'A1');
    const report = await applyWritePlan(wb.run, sample());
    expect(report.sheets.find((s) => s.key === scenario.key)!.replaced).toBe(scenario.name);
    expect(wb.sheetNames()).toContain(copy);
    expect(wb.cell(copy, 'A1')).toEqual(before);
    expect((await readWorkbookGrid(session(wb))).sheets.find((s) => s.name === copy)!.marker).toBeUndefined();
  });

  it('ignores the marker a deleted generated sheet leaves (#REF!), and the next write removes it', async () => {
    const wb = await writtenWorkbook();
    const scenario = sample().sheets[3]!;
    await wb.run(async (ctx) => (ctx.workbook.worksheets.getItem(scenario.name).delete(), ctx.sync()));
    expect(markers(wb).orphans).toHaveLength(1);
    expect(wb.names().find((n) => n.name === markers(wb).orphans[0])!.formula).toMatch(/^=IF\(FALSE,#REF!\$A\$1,"/);
    const { grid, syncs } = await readInputGrid(session(wb));
    expect(syncs).toBe(1);
    expect(grid.sheets.map((s) => s.name)).not.toContain(scenario.name);

    await applyWritePlan(wb.run, sample());
    expect(markers(wb).orphans).toEqual([]);
    expect(wb.names()).toHaveLength(sample().sheets.length);
    expect(markers(wb).bySheet.size).toBe(sample().sheets.length);
  });
});

describe('markers of the previous version (sheet-scoped)', () => {
  /** The analyst's workbook holding sheets the previous version generated from `plan`, marked its way. */
  async function legacyWorkbook(plan: WritePlan): Promise<EmulatedWorkbook> {
    const wb = analystWorkbook();
    wb.loadPlannedSheets(plan.sheets);
    await wb.run(async (ctx) => {
      for (const s of plan.sheets) {
        const names = ctx.workbook.worksheets.getItem(s.name).names;
        names.add(LEGACY_MARKER_NAME, textFormula(markerOf(s.key))).visible = false;
      }
      await ctx.sync();
    });
    return wb;
  }

  it('are replaced by a write of the same keys, under the same names: nothing duplicated, nothing renamed', async () => {
    const wb = await legacyWorkbook(sample());
    const before = wb.sheetNames();
    // The task pane's flow: the one-sync input read cannot see these markers (documented in readInputs.ts) …
    const grid = await readWorkbookGrid(session(wb));
    for (const s of sample().sheets) expect(grid.sheets.find((g) => g.name === s.name)!.marker).toBeUndefined();
    const plan = samplePlan(grid.sheets.map((s) => ({ name: s.name, marker: s.marker })));
    expect(plan.renamed).toHaveLength(sample().sheets.length); // … so the workbook layer planned "(2)" names,
    const report = await applyWritePlan(wb.run, plan);
    // … and the write, which probes every sheet, recognises them, replaces them and gives back the wanted names.
    expect(report.sheets.map((s) => [s.name, s.replaced])).toEqual(sample().sheets.map((s) => [s.name, s.name]));
    expect(report.notes).toEqual([]);
    expect(wb.sheetNames()).toEqual(before);
    for (const s of sample().sheets) expect(wb.sheet(s.name)!.names).toEqual([]); // the legacy names went with the old sheets
    expect(markers(wb).bySheet.size).toBe(sample().sheets.length);
    expect(markers(wb).orphans).toEqual([]);
    const after = await readInputGrid(session(wb));
    expect(after.syncs).toBe(1);
    for (const s of sample().sheets) expect(keyOf(after.grid, s.name)).toBe(s.key);
  });

  it('are read by the full read, which holds every sheet', async () => {
    const old = handPlan([handSheet('Scenario A', 'scenario:a')]);
    const wb = await legacyWorkbook(old);
    const { grid } = await readWorkbook(session(wb));
    expect(keyOf(grid, 'Scenario A')).toBe('scenario:a');
  });

  it('of sheets a write keeps get the workbook-scoped marker too, so the one-sync read sees them from then on', async () => {
    const wb = await legacyWorkbook(
      handPlan([handSheet('Scenario A', 'scenario:a'), handSheet('Gammalt', 'scenario:old')]),
    );
    await applyWritePlan(wb.run, handPlan([handSheet('Scenario A', 'scenario:a')]));
    // The new Scenario A takes the replaced one's tab, before Gammalt (src/workbook/tabOrder.ts).
    expect(wb.sheetNames().filter((n) => n.startsWith('Scenario A') || n === 'Gammalt')).toEqual([
      'Scenario A',
      'Gammalt',
    ]);
    const { grid, syncs } = await readInputGrid(session(wb));
    expect(syncs).toBe(1);
    expect(keyOf(grid, 'Gammalt')).toBe('scenario:old');
    expect(keyOf(grid, 'Scenario A')).toBe('scenario:a');
    expect(wb.sheet('Gammalt')!.names.map((n) => n.name)).toEqual([LEGACY_MARKER_NAME]); // left as it was
    // Written again: nothing is added twice.
    const count = wb.names().length;
    await applyWritePlan(wb.run, handPlan([handSheet('Scenario A', 'scenario:a')]));
    expect(wb.names()).toHaveLength(count);
  });
});
