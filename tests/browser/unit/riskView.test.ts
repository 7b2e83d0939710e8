import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { probabilityAtOrBelow, simulate } from '../../../src/engine/simulation';
import { stockholmSample } from '../../../src/sample/stockholm';
import {
  parseAmountInput,
  probabilitiesAtOrBelow,
  riskCurves,
  suggestedAmount,
} from '../../../src/faces/taskpane/ui/riskView';
import { S_CURVE_BOX, sCurveDomain, sCurveGeometry } from '../../../src/faces/taskpane/ui/sCurveGeometry';

const result = simulate(stockholmSample(), { iterations: 1_000, seed: 4711 });

describe('parseAmountInput', () => {
  it('reads what an analyst types, by the workbook rules: kronor unless a unit is given', () => {
    expect(parseAmountInput('600 000 000')).toBe(600_000_000_00);
    expect(parseAmountInput('600\u00a0000\u00a0000')).toBe(600_000_000_00);
    expect(parseAmountInput('600000000')).toBe(600_000_000_00);
    expect(parseAmountInput('600 Mkr')).toBe(600_000_000_00);
    expect(parseAmountInput('600 mnkr')).toBe(600_000_000_00);
    expect(parseAmountInput('612,5 mnkr')).toBe(612_500_000_00);
    expect(parseAmountInput('250 000 tkr')).toBe(250_000_000_00);
    expect(parseAmountInput('95 kr')).toBe(9_500);
  });
  it('is null for an empty field or text that is not an amount', () => {
    expect(parseAmountInput('')).toBeNull();
    expect(parseAmountInput('   ')).toBeNull();
    expect(parseAmountInput('sexhundra')).toBeNull();
    expect(parseAmountInput('12 %')).toBeNull();
  });
});

describe('probabilitiesAtOrBelow', () => {
  it("answers per alternative with the engine's share of iterations at or below the amount", () => {
    const amount = result.scenarios[0]!.total.p50;
    const answers = probabilitiesAtOrBelow(result, amount);
    expect(answers.map((a) => a.alternativeId)).toEqual(result.scenarios.map((s) => s.alternativeId));
    answers.forEach((a, i) => {
      const draws = result.scenarios[i]!.totalDraws;
      expect(a.probability).toBe(draws.filter((d) => d <= amount).length / draws.length);
    });
    // The first alternative's own P50: half its draws, give or take a draw.
    expect(answers[0]!.probability).toBeGreaterThanOrEqual(0.5);
    expect(answers[0]!.probability).toBeLessThanOrEqual(0.5 + 1 / 1_000);
  });
});

describe('riskCurves', () => {
  it('gives each alternative an S-curve from 0 to 1 on its draws, and its deterministic total with its probability', () => {
    const curves = riskCurves(result);
    expect(curves).toHaveLength(result.scenarios.length);
    curves.forEach((curve, i) => {
      const s = result.scenarios[i]!;
      expect(curve.points[0]).toEqual({ amount: s.total.min, probability: 0 });
      expect(curve.points.at(-1)).toEqual({ amount: s.total.max, probability: 1 });
      expect(curve.points.length).toBeLessThanOrEqual(121);
      expect(curve.likely).toBe(s.likely.total);
      expect(curve.likelyProbability).toBe(probabilityAtOrBelow(s.totalDraws, s.likely.total));
    });
  });
  it('suggests a round amount near the lowest median, in the display unit', () => {
    const amount = suggestedAmount(result, 'tkr')!;
    expect(amount % 100_000_000).toBe(0);
    const lowest = Math.min(...result.scenarios.map((s) => s.total.p50));
    expect(Math.abs(amount - lowest)).toBeLessThanOrEqual(50_000_000);
  });
});

describe('sCurveGeometry', () => {
  it('maps 0 to the plot bottom and 1 to its top, the amounts across the shared domain', () => {
    const domain = sCurveDomain([120, 180]);
    expect(domain.min).toBeLessThanOrEqual(120);
    expect(domain.max).toBeGreaterThanOrEqual(180);
    const g = sCurveGeometry(
      [
        { amount: 120, probability: 0 },
        { amount: 150, probability: 0.5 },
        { amount: 180, probability: 1 },
      ],
      150,
      domain,
    );
    const points = g.points.split(' ').map((p) => p.split(',').map(Number));
    expect(points[0]![1]).toBe(g.plot.bottom);
    expect(points[2]![1]).toBe(g.plot.top);
    expect(g.likelyX).toBe(points[1]![0]);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 0.5, 1]);
    for (const tick of g.xTicks) {
      expect(tick.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(tick.x).toBeLessThanOrEqual(g.plot.right);
    }
  });
  it('keeps every point and tick inside the box for any draws, a flat run included', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const domain = sCurveDomain(sorted);
        expect(domain.max).toBeGreaterThan(domain.min);
        const g = sCurveGeometry(
          sorted.map((amount, i) => ({ amount, probability: (i + 1) / sorted.length })),
          sorted[0]!,
          domain,
        );
        for (const [x, y] of g.points.split(' ').map((p) => p.split(',').map(Number))) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(S_CURVE_BOX.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(S_CURVE_BOX.height);
        }
        expect(g.xTicks.length).toBeGreaterThanOrEqual(1);
        expect(g.xTicks.length).toBeLessThanOrEqual(8);
      }),
    );
  });
});
