import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulation';
import { stockholmSample } from '../../../src/sample/stockholm';
import {
  payerSpreadRows,
  referenceClassesUsed,
  spreadRows,
  topBars,
} from '../../../src/faces/taskpane/ui/sensitivityView';

describe('spreadRows', () => {
  const result = simulate(stockholmSample(), { iterations: 1_000, seed: 5 });
  it('has one row per alternative with its percentiles, mean and standard error of P50 as simulated', () => {
    const rows = spreadRows(result);
    expect(rows.map((r) => r.alternativeId)).toEqual(result.scenarios.map((s) => s.alternativeId));
    rows.forEach((row, i) => {
      const s = result.scenarios[i]!;
      expect(row).toMatchObject({
        p10: s.total.p10,
        p50: s.total.p50,
        p90: s.total.p90,
        mean: s.total.mean,
        likely: s.likely.total,
        p50StandardError: s.total.p50StandardError,
      });
      expect(row.p10).toBeLessThanOrEqual(row.p50);
      expect(row.p50).toBeLessThanOrEqual(row.p90);
    });
  });
  it('gives each alternative its simulated chance of being the cheapest, the chances summing to 1', () => {
    const rows = spreadRows(result);
    expect(rows.map((r) => r.cheapest)).toEqual(result.cheapest.total);
    expect(rows.reduce((sum, r) => sum + r.cheapest, 0)).toBeCloseTo(1, 9);
  });
  it('gives the spread of the present value, and its chance of being the cheapest, when asked for NPV', () => {
    const rows = spreadRows(result, 'npv');
    rows.forEach((row, i) => {
      const s = result.scenarios[i]!;
      expect(row).toMatchObject({
        p10: s.npv.p10,
        p50: s.npv.p50,
        p90: s.npv.p90,
        mean: s.npv.mean,
        likely: s.likely.npv,
        p50StandardError: s.npv.p50StandardError,
        cheapest: result.cheapest.npv[i],
      });
      // Discounting at a positive rate makes every present value smaller than its total.
      expect(row.p50).toBeLessThan(spreadRows(result)[i]!.p50);
    });
  });
});

describe('payerSpreadRows', () => {
  const result = simulate(stockholmSample(), { iterations: 1_000, seed: 5 });
  it('has one row per payer of the chosen alternative with the mean and percentiles of its cost per user and year', () => {
    const scenario = result.scenarios[1]!;
    const rows = payerSpreadRows(result, scenario.alternativeId);
    expect(rows.map((r) => r.name)).toEqual(scenario.payers.map((p) => p.name));
    rows.forEach((row, i) => {
      const simulated = scenario.payers[i]!.perUserPerYear!;
      expect(row.perUserPerYear).toEqual({
        mean: simulated.mean,
        p10: simulated.p10,
        p50: simulated.p50,
        p90: simulated.p90,
      });
      expect(row.perUserPerYear!.p10).toBeLessThanOrEqual(row.perUserPerYear!.p50);
      expect(row.perUserPerYear!.p50).toBeLessThanOrEqual(row.perUserPerYear!.p90);
    });
  });
  it('differs between alternatives: the rows follow the alternative chosen', () => {
    const [a, b] = result.scenarios;
    expect(payerSpreadRows(result, a!.alternativeId)[0]!.perUserPerYear!.p50).not.toBe(
      payerSpreadRows(result, b!.alternativeId)[0]!.perUserPerYear!.p50,
    );
  });
  it('keeps a payer without users as not applicable (null), never 0', () => {
    const scenarios = result.scenarios.map((s) => ({
      ...s,
      payers: s.payers.map((p, i) => (i === 0 ? { ...p, users: 0, perUserPerYear: null } : p)),
    }));
    const rows = payerSpreadRows({ ...result, scenarios }, scenarios[0]!.alternativeId);
    expect(rows[0]).toMatchObject({ users: 0, perUserPerYear: null });
  });
  it('is empty for an alternative not in the result', () => {
    expect(payerSpreadRows(result, 'no such alternative')).toEqual([]);
  });
});

describe('topBars', () => {
  const result = simulate(stockholmSample(), { iterations: 1_000, seed: 5 });
  const id = result.scenarios[0]!.alternativeId;
  it('keeps the five largest swings, largest first', () => {
    const bars = topBars(result, id);
    expect(bars).toHaveLength(5);
    const all = [...result.scenarios[0]!.tornado].map((b) => b.swing).sort((a, b) => b - a);
    expect(bars.map((b) => b.swing)).toEqual(all.slice(0, 5));
  });
  it('is empty for an alternative not in the result', () => {
    expect(topBars(result, 'no such alternative')).toEqual([]);
  });
});

describe('referenceClassesUsed', () => {
  it('lists each preset a run drew from with its number of cost lines, and nothing for a plain run', () => {
    const model = stockholmSample();
    expect(referenceClassesUsed(simulate(model, { iterations: 100, seed: 1 }))).toEqual([]);
    const first = model.costLines[0]!.id;
    const mixed = simulate(model, {
      iterations: 100,
      seed: 1,
      referenceClasses: { all: 'swedish-state-projects', byLine: { [first]: 'it-projects-black-swans' } },
    });
    const drawn = model.costLines.filter((line) => line.basis.kind !== 'tiered').length;
    expect(referenceClassesUsed(mixed)).toEqual([
      { id: 'it-projects-black-swans', lines: 1 },
      { id: 'swedish-state-projects', lines: drawn - 1 },
    ]);
  });
});
