import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TORNADO_BOX, tornadoGeometry } from '../../../src/faces/taskpane/ui/tornadoGeometry';

describe('tornadoGeometry', () => {
  it('starts every bar at zero and lets the largest change reach the plot edge', () => {
    const g = tornadoGeometry([
      { label: 'Licens', low: -50, high: 100 },
      { label: 'Införande', low: -20, high: 40 },
    ]);
    const [first, second] = g.rows;
    expect(first!.high.x).toBe(g.zeroX);
    expect(first!.high.x + first!.high.width).toBe(g.plot.right);
    expect(first!.low.x + first!.low.width).toBe(g.zeroX);
    expect(first!.low.width).toBeCloseTo(first!.high.width / 2, 0);
    expect(second!.high.width).toBeCloseTo((first!.high.width * 40) / 100, 0);
  });
  it('stacks rows from the top, label above its bars', () => {
    const g = tornadoGeometry([
      { label: 'a', low: -1, high: 1 },
      { label: 'b', low: -1, high: 1 },
    ]);
    expect(g.rows[1]!.labelY - g.rows[0]!.labelY).toBe(TORNADO_BOX.rowHeight);
    expect(g.rows[0]!.labelY).toBeLessThan(g.rows[0]!.barY);
    expect(g.height).toBe(TORNADO_BOX.top + 2 * TORNADO_BOX.rowHeight + TORNADO_BOX.bottom);
  });
  it('puts a negative value’s label left of its bar end, running leftwards', () => {
    const { low, high } = tornadoGeometry([{ label: 'a', low: -10, high: 5 }]).rows[0]!;
    expect(low.anchor).toBe('end');
    expect(low.labelX).toBeLessThan(low.x + 0.01);
    expect(high.anchor).toBe('start');
    expect(high.labelX).toBeGreaterThan(high.x + high.width);
  });
  it('draws a flat tornado (no change anywhere) as zero-length bars at the centre', () => {
    const { rows, zeroX } = tornadoGeometry([{ label: 'a', low: 0, high: 0 }]);
    expect(rows[0]!.low).toMatchObject({ x: zeroX, width: 0 });
    expect(rows[0]!.high).toMatchObject({ x: zeroX, width: 0 });
  });
  it('keeps every bar inside the plot for any changes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            low: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
            high: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          }),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (changes) => {
          const g = tornadoGeometry(changes.map((c, i) => ({ label: String(i), ...c })));
          for (const row of g.rows) {
            for (const span of [row.low, row.high]) {
              expect(span.width).toBeGreaterThanOrEqual(0);
              expect(span.x).toBeGreaterThanOrEqual(g.plot.left - 0.05);
              expect(span.x + span.width).toBeLessThanOrEqual(g.plot.right + 0.1);
            }
          }
        },
      ),
    );
  });
});
