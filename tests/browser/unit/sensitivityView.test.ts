import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulation';
import { stockholmSample } from '../../../src/sample/stockholm';
import { spreadRows, topBars } from '../../../src/taskpane/ui/sensitivityView';

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
