/**
 * A simulated iteration and the scenario sheets recalculated with the same
 * draws agree to the krona: the simulation rounds a drawn price to whole öre
 * as the sheets' entry formulas do (ROUND(price*100,0), docs/formulas.md).
 * Each drawn price is typed into the snapshot of a written sheet, which
 * HyperFormula recalculates from its live formulas.
 */
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import type { CostModel } from '../../../src/engine/model';
import { compileModel, type CompiledAlternative } from '../../../src/engine/simulation/compile';
import { drawAll, samplerFor } from '../../../src/engine/simulation/distributions';
import { evaluate } from '../../../src/engine/simulation/evaluate';
import { seedRandom } from '../../../src/engine/simulation/random';
import { stockholmSample } from '../../../src/sample/stockholm';
import { label } from '../../../src/workbook/labels';
import type { WritePlan } from '../../../src/workbook/plan';
import { buildWritePlan } from '../../../src/workbook/write';
import { alternativeSolutionIds } from '../../../src/workbook/write/scenarioSnapshot';
import { recalculate } from './formulaChecks';
import { OPTIONS } from './fixtures';
import { rowOf, sheetByKey } from './helpers';

interface SheetFigures {
  byYear: number[];
  total: number;
  npv: number;
}

/** The alternative's sheet recalculated with each uncertain line's price (kr) set to its draw. */
function sheetWithDraws(
  plan: WritePlan,
  model: CostModel,
  inputs: readonly string[],
  a: number,
  draws: Float64Array,
): SheetFigures {
  const alternative = model.alternatives[a]!;
  const sheet = sheetByKey(plan, `scenario:${alternative.id}`);
  const covered = new Set(alternativeSolutionIds(model, alternative));
  const lines = model.costLines.filter((l) => covered.has(l.solutionId));
  const firstLineRow = rowOf(sheet, label('sv', 'snapshotCostLines')) + 2;
  const changes = lines.flatMap((line, k) => {
    const i = inputs.indexOf(line.id);
    return i < 0 ? [] : [{ sheet: sheet.name, row: firstLineRow + k, col: 4, value: draws[i]! / 100 }];
  });
  const calc = recalculate({ ...plan, sheets: [sheet] }, changes);
  try {
    const sumRow = rowOf(sheet, label('sv', 'sumCosts'));
    const years = model.parameters.horizonYears;
    const at = (col: number): number => calc.value(sheet.name, sumRow, col) as number;
    return {
      byYear: Array.from({ length: years }, (_, i) => at(3 + i)),
      total: at(3 + years),
      npv: at(4 + years),
    };
  } finally {
    calc.hf.destroy();
  }
}

/** The simulation's arithmetic before this rule: the draw used unrounded (öre with decimals). */
function unroundedTotal(alt: CompiledAlternative, draws: Float64Array): number {
  let total = alt.constantByYear.reduce((s, x) => s + x, 0);
  for (let i = 0; i < alt.entryInput.length; i++) {
    const kronor =
      (draws[alt.entryInput[i]!]! * alt.entryQuantity[i]! * alt.entryIndexFactor[i]! * alt.entryYearFraction[i]!) / 100;
    total += Math.sign(kronor) * Math.floor(Math.abs(kronor) + 0.5) * 100;
  }
  return total;
}

describe('a simulated iteration equals the scenario sheets recalculated with the same draws', () => {
  const model = stockholmSample();
  const plan = buildWritePlan(model, runEngine(model), OPTIONS);
  const compiled = compileModel(model);
  const sampler = samplerFor('pert', compiled.inputs);
  const inputIds = compiled.inputs.map((input) => input.lineId);

  it('to the krona, per year, in total and in present value, for every alternative (Stockholm sample, 2 draws)', () => {
    expect(compiled.inputs.length).toBeGreaterThan(0);
    let unroundedMisses = 0;
    for (const seed of [1, 2]) {
      const draws = new Float64Array(compiled.inputs.length);
      drawAll(sampler, seedRandom(seed), draws);
      // Draws are continuous: most are not whole öre, so the rounding is exercised.
      expect(draws.some((d) => !Number.isInteger(d))).toBe(true);
      model.alternatives.forEach((alternative, a) => {
        const simulated = evaluate(compiled, a, draws);
        const sheet = sheetWithDraws(plan, model, inputIds, a, draws);
        expect({ alternative: alternative.id, seed, ...sheet }).toEqual({
          alternative: alternative.id,
          seed,
          byYear: simulated.totalByYear.map((x) => x / 100),
          total: simulated.total / 100,
          npv: simulated.npv / 100,
        });
        if (unroundedTotal(compiled.alternatives[a]!, draws) !== simulated.total) unroundedMisses++;
      });
    }
    // The check can fail: the unrounded arithmetic misses the sheets on these same draws.
    expect(unroundedMisses).toBeGreaterThan(0);
  });
});
