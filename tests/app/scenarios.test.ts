/**
 * The main job as a user relies on it: a sheet never claims to be current
 * when it is not. Run on the in-memory host; the Office.js host runs the same
 * use cases (tests/browser/unit/previewStore.test.ts runs the pane over it).
 */
import { describe, expect, it } from 'vitest';
import {
  calculate,
  checkWorkbook,
  createMemoryHost,
  defaultChoices,
  stalenessOf,
  writeScenarios,
  type Compute,
  type MemoryHost,
} from '../../src/app';
import { runEngine } from '../../src/engine';
import { stockholmSample } from '../../src/sample/stockholm';
import { fingerprint, parseMarker } from '../../src/workbook/fingerprint';
import { inputSheetsPlan } from '../../src/workbook/inputs';
import { planToGrid } from '../../src/workbook/planToGrid';
import { readModel } from '../../src/workbook/read';
import { setCell } from '../workbook/read/helpers';

const compute: Compute = (model) => Promise.resolve({ output: runEngine(model) });
const options = {
  language: 'sv' as const,
  illustrative: true,
  generatedAt: '2026-12-04T10:00:00Z',
  version: 't',
  compute,
};

function sampleHost(): MemoryHost {
  return createMemoryHost(planToGrid(inputSheetsPlan(stockholmSample(), { language: 'sv', illustrative: true })));
}

async function calculated(host: MemoryHost) {
  const check = await checkWorkbook(host, 'sv');
  if (!check.model) throw new Error('test: the sample must read');
  return calculate(check.model, defaultChoices(check.model), compute);
}

describe('writeScenarios', () => {
  it('happy path: writes what was calculated, every marker stamped with the inputs it came from', async () => {
    const host = sampleHost();
    const calculation = await calculated(host);
    const result = await writeScenarios(host, calculation, options);
    expect(result.status).toBe('written');
    const markers = host.grid.sheets.map((s) => parseMarker(s.marker)).filter((m) => m !== undefined);
    expect(markers.length).toBeGreaterThan(2);
    expect(new Set(markers.map((m) => m.fingerprint))).toEqual(new Set([calculation.basis.inputFingerprint]));
    expect(stalenessOf(host.grid, fingerprint(readModel(host.grid).model!))).toMatchObject({ kind: 'current' });
  });

  it('an input changed after calculating: computes again and writes the new figures, never the old ones under the new stamp', async () => {
    const host = sampleHost();
    const calculation = await calculated(host);
    host.edit((grid) => setCell(grid, 'tblBetalare', 'Elever/barn', 900_000, 3));
    const result = await writeScenarios(host, calculation, options);
    if (result.status !== 'written') throw new Error('expected a write');
    expect(result.recalculated).toBe(true);
    const changed = readModel(host.grid).model!;
    const fresh = runEngine(changed);
    expect(result.calculation.output.scenarios.map((s) => s.total)).toEqual(fresh.scenarios.map((s) => s.total));
    expect(result.calculation.output.scenarios.map((s) => s.total)).not.toEqual(
      calculation.output.scenarios.map((s) => s.total),
    );
    expect(result.plan.stamp.inputFingerprint).toBe(fingerprint(changed));
    expect(stalenessOf(host.grid, fingerprint(changed))).toMatchObject({ kind: 'current' });
    expect(host.applied.at(-1)!.sheets.filter((s) => s.kind === 'scenario')).toHaveLength(fresh.scenarios.length);
  });

  it('the changed input is now invalid: writes nothing and returns every problem', async () => {
    const host = sampleHost();
    const calculation = await calculated(host);
    let cell = '';
    host.edit((grid) => {
      cell = setCell(grid, 'tblBetalare', 'Elever/barn', -5);
    });
    const before = structuredClone(host.grid);
    const result = await writeScenarios(host, calculation, options);
    expect(result.status).toBe('inputProblems');
    if (result.status !== 'inputProblems') return;
    expect(result.check.problems).toContainEqual(
      expect.objectContaining({ code: 'negativeValue', at: { sheet: 'Resurser', cell } }),
    );
    expect(host.applied).toHaveLength(0);
    expect(host.grid).toEqual(before);
  });

  it('choices not saved to Parametrar: the sheets name them and the marker says so', async () => {
    const host = sampleHost();
    const check = await checkWorkbook(host, 'sv');
    const choices = { ...defaultChoices(check.model!), horizonYears: check.model!.parameters.horizonYears + 2 };
    const calculation = await calculate(check.model!, choices, compute);
    const result = await writeScenarios(host, calculation, options);
    if (result.status !== 'written') throw new Error('expected a write');
    const texts = result.plan.sheets.flatMap((s) => s.rows.flat().map((c) => (c ? String(c.value) : '')));
    expect(texts.some((t) => t.includes('inte är sparade i Parametrar') && t.includes('horisont'))).toBe(true);
    expect(stalenessOf(host.grid, check.inputFingerprint)).toMatchObject({ kind: 'current', unsavedChoices: true });
  });
});

describe('checkWorkbook', () => {
  it('reads afresh on every call: a fix shows at the next press', async () => {
    const host = sampleHost();
    let cell = '';
    host.edit((grid) => {
      cell = setCell(grid, 'tblKostnader', 'Belopp', 'mycket');
    });
    expect((await checkWorkbook(host, 'sv')).problems.some((p) => p.at?.cell === cell)).toBe(true);
    host.edit((grid) => setCell(grid, 'tblKostnader', 'Belopp', 100));
    expect((await checkWorkbook(host, 'sv')).problems.some((p) => p.at?.cell === cell)).toBe(false);
  });

  it('one press shows reading problems and the problems validation finds, each at its own cell', async () => {
    const host = sampleHost();
    const cells: string[] = [];
    host.edit((grid) => {
      cells.push(setCell(grid, 'tblKostnader', 'Belopp', 'fel')); // unreadable
      cells.push(setCell(grid, 'tblBetalare', 'Elever/barn', -3)); // negative count
      cells.push(setCell(grid, 'tblBetalare', 'Användare', 2e9, 2)); // beyond the bound
      cells.push(setCell(grid, 'tblKontrakt', 'Längd (år)', 0)); // implausible: a warning
    });
    const report = await checkWorkbook(host, 'sv');
    for (const cell of cells) expect(report.problems.map((p) => p.at?.cell)).toContain(cell);
    expect(report.problems.find((p) => p.code === 'implausibleContract')?.severity).toBe('warning');
    expect(report.model).toBeNull();
    // Sorted as the sheets are: Kostnader before Resurser on the tabs.
    const sheets = report.problems
      .filter((p) => p.at)
      .map((p) => report.grid.sheets.findIndex((s) => s.name === p.at!.sheet));
    expect(sheets).toEqual([...sheets].sort((a, b) => a - b));
  });
});
