/**
 * Geometry of the pane's small line chart, as plain numbers: scales, "nice"
 * axis ticks and polyline points. Pure so it is unit-tested; CostChart.tsx
 * only turns it into SVG elements.
 */

export interface Series {
  label: string;
  values: number[];
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room for axis labels: left, right, top, bottom. */
  margin: { left: number; right: number; top: number; bottom: number };
}

export interface ChartGeometry {
  /** One "x,y x,y …" string per series, same order. */
  points: string[];
  yTicks: { value: number; y: number }[];
  xTicks: { label: string; x: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Step of 1, 2 or 5 × 10^n giving at most `count` intervals over [0, max]. */
export function niceStep(max: number, count = 4): number {
  // Below a millionth of a unit (öre fractions of a mnkr chart, denormals) the chart is flat:
  // 10^floor(log10(5e-324)) underflows to 0, which would divide by zero.
  if (!(max > 1e-6)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

export function chartGeometry(series: Series[], xLabels: string[], box: ChartBox): ChartGeometry {
  const plot = {
    left: box.margin.left,
    right: box.width - box.margin.right,
    top: box.margin.top,
    bottom: box.height - box.margin.bottom,
  };
  const all = series.flatMap((s) => s.values);
  // Costs are not negative; a zero floor keeps lines comparable by height.
  const dataMax = Math.max(0, ...all);
  const step = niceStep(dataMax);
  const yMax = Math.max(step, Math.ceil(dataMax / step) * step);
  const n = Math.max(1, xLabels.length - 1);
  const x = (i: number) => plot.left + ((plot.right - plot.left) * i) / n;
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * Math.max(0, v)) / yMax;
  const round = (v: number) => Math.round(v * 10) / 10;
  const yTicks: ChartGeometry['yTicks'] = [];
  // Multiply instead of adding steps: 0.1 + 0.2 drifts, 3 × 0.1 rounds as written.
  const intervals = Math.round(yMax / step);
  for (let i = 0; i <= intervals; i++) {
    const v = Number((i * step).toPrecision(12));
    yTicks.push({ value: v, y: round(y(v)) });
  }
  // Label at most ~6 years so they never overlap in a 300 px pane.
  const every = Math.max(1, Math.ceil(xLabels.length / 6));
  const xTicks = xLabels
    .map((label, i) => ({ label, x: round(x(i)) }))
    .filter((_, i) => i % every === 0 || i === xLabels.length - 1);
  const points = series.map((s) => s.values.map((v, i) => `${round(x(i))},${round(y(v))}`).join(' '));
  return { points, yTicks, xTicks, plot };
}
