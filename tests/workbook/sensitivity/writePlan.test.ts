/**
 * The sensitivity sheet inside buildWritePlan: present only when a simulation
 * result is passed, placed after the comparison, named through the same
 * naming as every generated sheet (so a user's own "Känslighet" is never
 * overwritten) and marked like them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import type { EngineOutput } from '../../../src/engine/model';
import { simulate } from '../../../src/engine/simulation/simulate';
import type { SimulationResult } from '../../../src/engine/simulation/types';
import { stockholmSample } from '../../../src/sample/stockholm';
import { fingerprint, formatMarker, parseMarker } from '../../../src/workbook/fingerprint';
import { constantsDigest, plannedConstants } from '../../../src/workbook/contentDigest';
import { SENSITIVITY_KEY } from '../../../src/workbook/sensitivity';
import { buildWritePlan, COMPARISON_KEY, type WriteOptions } from '../../../src/workbook/write';

const model = stockholmSample();
let output: EngineOutput;
let result: SimulationResult;

beforeAll(() => {
  output = runEngine(model);
  result = simulate(model, { iterations: 200, seed: 7 });
});

const options = (extra: Partial<WriteOptions> = {}): WriteOptions => ({
  language: 'sv',
  generatedAt: '2026-11-28T19:00:00.000Z',
  version: '0.1.0',
  existingSheets: [],
  ...extra,
});

const ourMarker = (key: string): string =>
  formatMarker({ key, fingerprint: '0123456789abcdef', generatedAt: '2026-01-01T00:00:00Z', version: '0.0.9' });

describe('buildWritePlan with a sensitivity result', () => {
  it('plans no sensitivity sheet without a simulation result', () => {
    const plan = buildWritePlan(model, output, options());
    expect(plan.sheets.some((s) => s.key === SENSITIVITY_KEY)).toBe(false);
  });

  it('places "Känslighet" right after the comparison sheet, before the scenario sheets', () => {
    const plan = buildWritePlan(model, output, options({ sensitivity: result }));
    const keys = plan.sheets.map((s) => s.key);
    expect(keys.indexOf(SENSITIVITY_KEY)).toBe(keys.indexOf(COMPARISON_KEY) + 1);
    expect(keys.filter((k) => k.startsWith('scenario:'))).toHaveLength(output.scenarios.length);
    expect(keys.indexOf(SENSITIVITY_KEY)).toBeLessThan(keys.findIndex((k) => k.startsWith('scenario:')));
    const sheet = plan.sheets.find((s) => s.key === SENSITIVITY_KEY)!;
    expect(sheet).toMatchObject({ name: 'Känslighet', kind: 'sensitivity' });
  });

  it('names it "Sensitivity" in English', () => {
    const plan = buildWritePlan(model, output, options({ language: 'en', sensitivity: result }));
    expect(plan.sheets.find((s) => s.key === SENSITIVITY_KEY)?.name).toBe('Sensitivity');
  });

  it('marks it with its key, the input fingerprint, the time and the version, like the other generated sheets', () => {
    const plan = buildWritePlan(model, output, options({ sensitivity: result }));
    const sheet = plan.sheets.find((s) => s.key === SENSITIVITY_KEY)!;
    expect(parseMarker(sheet.marker)).toEqual({
      key: SENSITIVITY_KEY,
      fingerprint: fingerprint(model),
      generatedAt: '2026-11-28T19:00:00.000Z',
      version: '0.1.0',
      contents: constantsDigest(plannedConstants(sheet)),
    });
    expect(sheet.tabColor).toBeDefined();
  });

  it('never takes the name of the user\'s own sheet "Känslighet": it becomes "Känslighet (2)" and is reported', () => {
    const plan = buildWritePlan(
      model,
      output,
      options({ sensitivity: result, existingSheets: [{ name: 'Känslighet' }] }),
    );
    const sheet = plan.sheets.find((s) => s.key === SENSITIVITY_KEY)!;
    expect(sheet.name).toBe('Känslighet (2)');
    expect(sheet.replaces).toBeUndefined();
    expect(plan.renamed).toContainEqual({ key: SENSITIVITY_KEY, wanted: 'Känslighet', name: 'Känslighet (2)' });
  });

  it('replaces our own earlier sensitivity sheet, found by its marker even when renamed', () => {
    const plan = buildWritePlan(
      model,
      output,
      options({ sensitivity: result, existingSheets: [{ name: 'Osäkerhet', marker: ourMarker(SENSITIVITY_KEY) }] }),
    );
    const sheet = plan.sheets.find((s) => s.key === SENSITIVITY_KEY)!;
    expect(sheet.name).toBe('Känslighet');
    expect(sheet.replaces).toBe('Osäkerhet');
  });

  it('writes the seed of the result on the sheet and the illustrative warning when asked', () => {
    const plan = buildWritePlan(model, output, options({ sensitivity: result, illustrative: true }));
    const sheet = plan.sheets.find((s) => s.key === SENSITIVITY_KEY)!;
    const seedRow = sheet.rows.find((r) => r[0]?.value === 'Slumpfrö');
    expect(seedRow?.[1]?.value).toBe(7);
    expect(sheet.rows.some((r) => String(r[0]?.value ?? '').startsWith('Illustrativa siffror'))).toBe(true);
  });

  it('leaves the other sheets as they are without it, but the brief, which gains P10, P90 and the chance of being cheapest', () => {
    const without = buildWritePlan(model, output, options());
    const withIt = buildWritePlan(model, output, options({ sensitivity: result }));
    const others = (p: typeof without) => p.sheets.filter((s) => s.key !== SENSITIVITY_KEY && s.key !== 'summary');
    expect(others(withIt)).toEqual(others(without));
    expect(withIt.activate).toBe(without.activate);
    const brief = withIt.sheets.find((s) => s.key === 'summary')!;
    const first = result.scenarios[0]!;
    const values = brief.rows.flat().map((c) => c?.value);
    expect(values).toEqual(expect.arrayContaining([first.total.p10 / 100, first.total.p90 / 100]));
    expect(values).toEqual(expect.arrayContaining([result.cheapest.total[0]]));
  });
});
