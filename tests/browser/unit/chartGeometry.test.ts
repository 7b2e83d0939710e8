import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chartGeometry, niceStep } from '../../../src/faces/taskpane/ui/chartGeometry';

const box = { width: 300, height: 200, margin: { left: 40, right: 10, top: 10, bottom: 20 } };

describe('niceStep', () => {
  it.each([
    [100, 25, 50],
    [7, 1.75, 2],
    [0.9, 0.225, 0.5],
    [1000, 250, 500],
  ])('for a maximum of %d (raw step %d) picks %d', (max, _raw, step) => {
    expect(niceStep(max)).toBe(step);
  });
  it('falls back to 1 for an all-zero or vanishingly small chart', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(5e-324)).toBe(1);
  });
  it('always gives at most 4 intervals with a step of 1, 2 or 5 × 10^n', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), (max) => {
        const step = niceStep(max);
        expect(max / step).toBeLessThanOrEqual(4 + 1e-9);
        const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-12);
        expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('chartGeometry', () => {
  it('places the first and last year at the plot edges and zero at the bottom', () => {
    const g = chartGeometry([{ label: 'A', values: [0, 50, 100] }], ['2025', '2026', '2027'], box);
    expect(g.points[0]).toBe('40,180 165,95 290,10');
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 50, 100]);
  });
  it('labels at most about six years so labels never overlap', () => {
    const years = Array.from({ length: 30 }, (_, i) => String(2025 + i));
    const g = chartGeometry([{ label: 'A', values: years.map(() => 1) }], years, box);
    expect(g.xTicks.length).toBeLessThanOrEqual(7);
    expect(g.xTicks.at(-1)?.label).toBe('2054');
  });
  it('keeps every point inside the plot area', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: 0, max: 1e10, noNaN: true }), { minLength: 1, maxLength: 30 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (series) => {
          const n = Math.max(...series.map((s) => s.length));
          const g = chartGeometry(
            series.map((values, i) => ({ label: String(i), values })),
            Array.from({ length: n }, (_, i) => String(i)),
            box,
          );
          for (const points of g.points) {
            for (const pair of points.split(' ').filter(Boolean)) {
              const [x, y] = pair.split(',').map(Number) as [number, number];
              expect(x).toBeGreaterThanOrEqual(g.plot.left - 0.1);
              expect(x).toBeLessThanOrEqual(g.plot.right + 0.1);
              expect(y).toBeGreaterThanOrEqual(g.plot.top - 0.1);
              expect(y).toBeLessThanOrEqual(g.plot.bottom + 0.1);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
