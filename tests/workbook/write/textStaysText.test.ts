import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWritePlan } from '../../../src/workbook/write';
import { OPTIONS, smallModel, smallOutput } from './fixtures';
import { allCells } from './helpers';

const EVIL = ['=HYPERLINK("http://x")', '+1', '@SUM(A1)'];

describe('buildWritePlan: text from the inputs', () => {
  const model = smallModel(); // payer p2 is named =HYPERLINK("http://x"), its organisation +1; p3 is @SUM(A1)
  const plan = buildWritePlan(model, smallOutput(model), OPTIONS);
  const cells = allCells(plan);

  it('writes names that look like formulas as plain values, never as formulas', () => {
    for (const text of EVIL) {
      const holding = cells.filter((c) => c.cell.value === text);
      expect(holding.length, text).toBeGreaterThan(0);
      for (const c of holding) expect(c.cell.formula, `${c.sheet.name}!${c.a1}`).toBeUndefined();
    }
  });

  it('never puts input text inside a formula, except as a quoted sheet name', () => {
    // A sheet named after an alternative is referred to as 'Scenario Ett kontrakt'!D7: quoted, so inert.
    const withoutSheetNames = (f: string): string => f.replace(/'(?:[^']|'')*'!/g, 'S!');
    const formulas = cells.flatMap((c) => (c.cell.formula === undefined ? [] : [withoutSheetNames(c.cell.formula)]));
    // '+1' is left out: "1+1" is ordinary arithmetic; the names below are distinctive.
    const inputs = [
      '=HYPERLINK("http://x")',
      '@SUM(A1)',
      ...model.payers.map((p) => p.name),
      'Ett kontrakt',
      'Schema',
      'Skola24',
    ];
    for (const formula of formulas) {
      for (const text of inputs) expect(formula.includes(text), formula).toBe(false);
    }
  });

  it('keeps any payer name a plain value (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (name) => {
        const m = smallModel();
        m.payers[0]!.name = name;
        const p = buildWritePlan(m, smallOutput(m), OPTIONS);
        const named = allCells(p).filter((c) => c.cell.value === name);
        expect(named.length).toBeGreaterThan(0);
        expect(named.every((c) => c.cell.formula === undefined)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
