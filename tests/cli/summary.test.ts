import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine';
import { stockholmSample } from '../../src/sample/stockholm';
import { buildSummary, SUMMARY_SCHEMA } from '../../src/faces/cli/summary';
import { terminalSummary } from '../../src/faces/cli/terminalTable';

const model = stockholmSample();
const output = runEngine(model);
const meta = {
  generatedAt: '2026-11-28T12:00:00.000Z',
  version: '0.1.0',
  inputFingerprint: 'fp',
  language: 'sv' as const,
  illustrative: true,
};
const summary = buildSummary(model, output, meta);

describe('buildSummary', () => {
  it('happy path: one entry per alternative, in kronor, with the schema id', () => {
    expect(summary.schema).toBe(SUMMARY_SCHEMA);
    expect(summary.scenarios.map((s) => s.name)).toEqual(model.alternatives.map((a) => a.name));
    const [first] = summary.scenarios;
    const [engineFirst] = output.scenarios;
    if (!first || !engineFirst) throw new Error('the sample has no alternatives');
    expect(first.total).toBe(engineFirst.total / 100);
    expect(first.npv).toBe(engineFirst.npv / 100);
    expect(first.contractCount).toBe(engineFirst.contractCount);
    expect(first.years).toHaveLength(model.parameters.horizonYears);
  });

  it('has whole kronor for costs and at most two decimals for per-pupil and per-user costs', () => {
    for (const s of summary.scenarios) {
      for (const amount of [s.total, s.npv, ...s.totalByYear, ...s.payers.flatMap((p) => [p.total, ...p.costByYear])]) {
        expect(Number.isInteger(amount)).toBe(true);
      }
      for (const p of s.payers) {
        for (const v of [...p.costPerPupilByYear, ...p.costPerUserByYear, p.averageCostPerPupilPerYear]) {
          if (v !== null) expect(Math.round(v * 100)).toBeCloseTo(v * 100, 6);
        }
      }
    }
  });

  it('reconciles: per year the payers’ costs plus the unallocated equal the total', () => {
    for (const s of summary.scenarios) {
      expect(s.reconciles).toBe(true);
      s.years.forEach((_, i) => {
        const payers = s.payers.reduce((sum, p) => sum + p.costByYear[i]!, 0);
        expect(payers + s.unallocatedByYear[i]!).toBe(s.totalByYear[i]);
      });
    }
  });

  it('gives null, never 0 or NaN, for cost per pupil where a payer has no pupils', () => {
    const noPupils = {
      ...model,
      payers: model.payers.map((p, i) => (i === 0 ? { ...p, counts: { ...p.counts, pupils: 0 } } : p)),
    };
    const payer = buildSummary(noPupils, runEngine(noPupils), meta).scenarios[0]?.payers[0];
    expect(payer?.averageCostPerPupilPerYear).toBeNull();
    expect(payer?.costPerPupilByYear.every((v) => v === null)).toBe(true);
  });

  it('lists the problems with their cells in the chosen language', () => {
    const withWarning = {
      ...output,
      problems: [
        {
          code: 'unusedSolution' as const,
          severity: 'warning' as const,
          at: { sheet: 'Kostnader', cell: 'A9' },
          message: { sv: 'Ingen använder lösningen', en: 'Nobody uses the solution' },
        },
      ],
    };
    expect(buildSummary(model, withWarning, { ...meta, language: 'en' }).problems).toEqual([
      { code: 'unusedSolution', severity: 'warning', at: 'Kostnader!A9', message: 'Nobody uses the solution' },
    ]);
  });
});

describe('terminalSummary', () => {
  it('says the figures are illustrative, and shows contracts, total, NPV and cost per pupil per payer in Swedish format', () => {
    const text = terminalSummary(summary);
    expect(text).toContain('Illustrativa siffror');
    for (const s of summary.scenarios) expect(text).toContain(s.name);
    expect(text).toMatch(/\d{1,3}( \d{3}){2} kr/);
    for (const payer of model.payers) expect(text).toContain(payer.name);
    expect(text).toContain('Kostnad per elev och år');
  });

  it('speaks English when asked', () => {
    const text = terminalSummary(buildSummary(model, output, { ...meta, language: 'en' }));
    expect(text).toContain('Illustrative figures');
    expect(text).toContain('Cost per pupil and year');
  });
});
