import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import { stockholmSample } from '../../../src/sample/stockholm';
import { label, schoolFormLabel, unitLabel } from '../../../src/workbook/labels';
import { buildWritePlan } from '../../../src/workbook/write';
import { exactCriterion } from '../../../src/workbook/write/transitionSection';
import { recalculate } from './formulaChecks';
import { OPTIONS } from './fixtures';
import { rowOf, sheetByKey } from './helpers';

describe('exactCriterion', () => {
  it('matches the text itself: "=" first, wildcards and quotes escaped', () => {
    expect(exactCriterion('Skola24 – Grundskola')).toBe('"=Skola24 – Grundskola"');
    expect(exactCriterion('A*B?~"x"')).toBe('"=A~*B~?~~""x"""');
  });
});

describe('scenario sheet: transition from the current agreements per school form', () => {
  const model = stockholmSample();
  const output = runEngine(model);
  const plan = buildWritePlan(model, output, OPTIONS);

  it('shows each agreement × school form with its months and run-on, recalculated from the cost table, and the delay cost', () => {
    for (const scenario of output.scenarios) {
      const sheet = sheetByKey(plan, `scenario:${scenario.alternativeId}`);
      const calc = recalculate({ ...plan, sheets: [sheet] });
      try {
        const first =
          rowOf(sheet, label('sv', 'sectionTransitions', { unit: unitLabel('sv', model.parameters.displayUnit) })) + 3;
        const shown = scenario.transitions.map((line, i) => {
          const row = sheet.rows[first + i]!;
          return {
            agreement: row[0]?.value,
            schoolForm: row[1]?.value,
            months: row[2]?.value,
            runOn: calc.value(sheet.name, first + i, 3),
            formula: row[3]?.formula !== undefined,
          };
        });
        const names = new Map(model.currentAgreements.map((a) => [a.id, a.name]));
        expect(shown).toEqual(
          scenario.transitions.map((line) => ({
            agreement: names.get(line.agreementId),
            schoolForm: line.schoolForm === undefined ? undefined : schoolFormLabel('sv', line.schoolForm),
            months: line.months,
            runOn: line.amount / 100,
            formula: true,
          })),
        );
        const delayRow = rowOf(sheet, label('sv', 'delayCost', { months: '3' }));
        expect(sheet.rows[delayRow]![3]!.value).toBe(scenario.delay.total / 100);
      } finally {
        calc.hf.destroy();
      }
    }
  });

  it('adds up to the run-on of the baseline section (the per-school-form rows are all of it)', () => {
    for (const scenario of output.scenarios) {
      const perForm = scenario.transitions.reduce((s, t) => s + t.amount, 0);
      expect(perForm).toBe(scenario.baseline.runOnByYear.reduce((s, x) => s + x, 0));
      expect(perForm).toBeGreaterThan(0);
    }
  });

  it('on the sample a later go-live of one school form lengthens only its own run-on', () => {
    const mixed = output.scenarios.find((s) => new Set(s.transitions.map((t) => t.months)).size > 1);
    expect(mixed).toBeDefined();
    // A three-month delay costs every school form more run-on.
    for (const t of mixed!.transitions) expect(t.amountIfDelayed).toBeGreaterThan(t.amount);
    expect(mixed!.delay.runOn).toBeGreaterThan(0);
  });
});
