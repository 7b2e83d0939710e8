/**
 * Geometry of one S-curve (cumulative probability of an alternative's total)
 * as plain numbers: the x scale shared by every alternative's chart so they
 * compare at a glance, "nice" amount ticks, 0 / 50 / 100 % on the y axis, the
 * curve's polyline and the x of the deterministic total. Pure so it is
 * unit-tested; SCurveChart.tsx only draws it.
 */
import { niceStep } from './chartGeometry';

export interface SCurveBox {
  width: number;
  height: number;
  margin: { left: number; right: number; top: number; bottom: number };
}

export const S_CURVE_BOX: SCurveBox = { width: 320, height: 138, margin: { left: 36, right: 12, top: 16, bottom: 22 } };

/** The amounts (any unit) every chart spans: from the smallest to the largest draw of all alternatives. */
export interface SCurveDomain {
  min: number;
  max: number;
}

export interface SCurveGeometry {
  points: string;
  /** Where the deterministic total sits; null when it is outside the domain (never for a real run). */
  likelyX: number | null;
  /** Amount ticks; the outermost labels run inwards so they stay inside the box. */
  xTicks: { value: number; x: number; anchor: 'start' | 'middle' | 'end' }[];
  yTicks: { value: number; y: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The shared domain, out to the next fine step (a tenth of the spread or so)
 * on each side, so the curves fill the width; a flat run (all draws equal)
 * still gets a width.
 */
export function sCurveDomain(amounts: readonly number[]): SCurveDomain {
  if (amounts.length === 0) return { min: 0, max: 1 };
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  const step = niceStep(Math.max(high - low, Math.abs(high) / 100, 1e-6), 10);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  return max > min ? { min, max } : { min: min - step, max: max + step };
}

export function sCurveGeometry(
  points: readonly { amount: number; probability: number }[],
  likely: number,
  domain: SCurveDomain,
  box: SCurveBox = S_CURVE_BOX,
): SCurveGeometry {
  const plot = {
    left: box.margin.left,
    right: box.width - box.margin.right,
    top: box.margin.top,
    bottom: box.height - box.margin.bottom,
  };
  const span = domain.max - domain.min;
  const x = (v: number) => plot.left + ((plot.right - plot.left) * (v - domain.min)) / span;
  const y = (p: number) => plot.bottom - (plot.bottom - plot.top) * p;
  const step = niceStep(span, 4);
  const xTicks: SCurveGeometry['xTicks'] = [];
  const first = Math.ceil(domain.min / step - 1e-9);
  // A label is some 40 px wide: one within 20 px of an end runs inwards from it.
  const edge = 20;
  for (let i = first; i * step <= domain.max + step * 1e-9; i++) {
    const value = Number((i * step).toPrecision(12));
    const at = round(x(value));
    const anchor = at < plot.left + edge ? 'start' : at > plot.right - edge ? 'end' : 'middle';
    xTicks.push({ value, x: at, anchor });
  }
  return {
    points: points.map((p) => `${round(x(p.amount))},${round(y(p.probability))}`).join(' '),
    likelyX: likely >= domain.min && likely <= domain.max ? round(x(likely)) : null,
    xTicks,
    yTicks: [0, 0.5, 1].map((value) => ({ value, y: round(y(value)) })),
    plot,
  };
}
