import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../src/engine/scenario';
import { tornado } from '../../../src/engine/simulation/tornado';
import { stockholmSample } from '../../../src/sample/stockholm';
import { withDegenerateRanges } from './helpers';

describe('tornado', () => {
  const model = stockholmSample();
  const alternative = model.alternatives[1]!;

  it('sorts the uncertain lines by swing, largest first', () => {
    const bars = tornado(model, alternative.id);
    expect(bars.length).toBeGreaterThan(5);
    for (let i = 1; i < bars.length; i++) expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
  });

  it('measures from the deterministic total, each line alone at its min and at its max', () => {
    const bars = tornado(model, alternative.id);
    const engineTotal = computeScenario(model, alternative).total;
    for (const bar of bars) {
      expect(bar.baseTotal).toBe(engineTotal);
      const atMax = model.costLines.map((l) => (l.id === bar.lineId ? { ...l, amount: bar.max } : l));
      expect(bar.totalAtMax).toBe(computeScenario({ ...model, costLines: atMax }, alternative).total);
      // Costs rise with their price: the low end lowers the total, the high end raises it.
      expect(bar.deltaLow).toBeLessThan(0);
      expect(bar.deltaHigh).toBeGreaterThan(0);
      expect(bar.swing).toBe(bar.totalAtMax - bar.totalAtMin);
    }
  });

  it('keeps only the top N when asked', () => {
    const all = tornado(model, alternative.id);
    expect(tornado(model, alternative.id, { top: 3 })).toEqual(all.slice(0, 3));
  });

  it('leaves out lines that cannot move the total', () => {
    expect(tornado(withDegenerateRanges(model), alternative.id)).toEqual([]);
    // A line that only applies after the horizon never reaches a cost entry.
    const late = model.costLines.find((l) => l.range !== undefined)!;
    const moved = {
      ...model,
      costLines: model.costLines.map((l) => (l === late ? { ...l, firstYear: 2090, lastYear: 2090 } : l)),
    };
    const ids = tornado(moved, alternative.id).map((b) => b.lineId);
    expect(ids).not.toContain(late.id);
    expect(ids).toHaveLength(tornado(model, alternative.id).length - 1);
  });

  it('refuses an alternative the model does not have', () => {
    expect(() => tornado(model, 'nej')).toThrow(RangeError);
  });
});
