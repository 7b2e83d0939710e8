/**
 * Geometry of the pane's tornado chart, as plain numbers: one row per input,
 * its label above two bars that start at the deterministic total (x of zero)
 * and reach the change in total with the input at its min and at its max.
 * The scale is symmetric around zero, so a bar's length compares across both
 * sides. Pure so it is unit-tested; TornadoChart.tsx only draws it.
 */

export interface TornadoInput {
  label: string;
  /** Change in total with the input at its min / max (any unit). */
  low: number;
  high: number;
}

export interface BarSpan {
  x: number;
  width: number;
  /** Where the value label goes, and which way its text runs from there. */
  labelX: number;
  anchor: 'start' | 'end';
}

export interface TornadoRow {
  label: string;
  labelY: number;
  barY: number;
  low: BarSpan;
  high: BarSpan;
}

export interface TornadoGeometry {
  width: number;
  height: number;
  zeroX: number;
  barHeight: number;
  rows: TornadoRow[];
  plot: { left: number; right: number; top: number; bottom: number };
}

export const TORNADO_BOX = {
  width: 320,
  /** Room for the value labels beside the longest bars. */
  sideMargin: 46,
  top: 6,
  rowHeight: 34,
  barHeight: 12,
  /** From a row's top to its label's baseline, and to its bars. */
  labelBaseline: 11,
  barOffset: 16,
  bottom: 6,
};

const round = (v: number) => Math.round(v * 10) / 10;

export function tornadoGeometry(inputs: readonly TornadoInput[], box = TORNADO_BOX): TornadoGeometry {
  const left = box.sideMargin;
  const right = box.width - box.sideMargin;
  const zeroX = (left + right) / 2;
  const extent = Math.max(0, ...inputs.flatMap((i) => [Math.abs(i.low), Math.abs(i.high)]));
  // A flat tornado (every change 0) still draws: zero-length bars at the centre.
  // Divide by the extent first: (right − zeroX) / extent overflows to Infinity
  // for a tiny extent (5e-324), while value / extent stays within [−1, 1].
  const halfWidth = right - zeroX;
  const span = (value: number): BarSpan => {
    const end = zeroX + (extent > 0 ? (value / extent) * halfWidth : 0);
    const x = Math.min(zeroX, end);
    const negative = value < 0;
    return {
      x: round(x),
      width: round(Math.abs(end - zeroX)),
      labelX: round(negative ? end - 3 : end + 3),
      anchor: negative ? 'end' : 'start',
    };
  };
  const rows = inputs.map((input, i): TornadoRow => {
    const top = box.top + i * box.rowHeight;
    return {
      label: input.label,
      labelY: top + box.labelBaseline,
      barY: top + box.barOffset,
      low: span(input.low),
      high: span(input.high),
    };
  });
  const bottom = box.top + inputs.length * box.rowHeight;
  return {
    width: box.width,
    height: bottom + box.bottom,
    zeroX: round(zeroX),
    barHeight: box.barHeight,
    rows,
    plot: { left, right, top: box.top, bottom },
  };
}
