import { describe, expect, it } from 'vitest';
import { buildWritePlan } from '../../../src/workbook/write';
import { quoteSheetName } from '../../../src/workbook/write/a1';
import { OPTIONS, smallModel, smallOutput } from './fixtures';
import { allCells } from './helpers';

/** Functions both Excel 2016 and LibreOffice have, and all this writer may use. */
const ALLOWED = new Set(['SUM', 'ROUND', 'IF', 'SUMPRODUCT', 'COUNT', 'MAX']);

const model = smallModel();
const plan = buildWritePlan(model, smallOutput(model), OPTIONS);
const formulas = allCells(plan).flatMap((c) => (c.cell.formula === undefined ? [] : [c.cell.formula]));
/** A formula with its string literals removed, so "–" or names cannot hide syntax. */
const code = (f: string): string => f.replace(/"[^"]*"/g, '""').replace(/'(?:[^']|'')*'!/g, 'S!');

describe('buildWritePlan: formula dialect', () => {
  it('uses only functions Excel 2016 and LibreOffice both have', () => {
    const used = new Set(formulas.flatMap((f) => [...code(f).matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!)));
    expect([...used].filter((name) => !ALLOWED.has(name))).toEqual([]);
    expect(used.size).toBeGreaterThan(3);
  });

  it('writes invariant en-US syntax: "=" first, commas between arguments, no semicolons', () => {
    for (const f of formulas) {
      expect(f.startsWith('=')).toBe(true);
      expect(code(f)).not.toContain(';');
    }
  });

  it('refers to other sheets only by their quoted names, apostrophes doubled', () => {
    const names = plan.sheets.map((s) => s.name);
    const refs = formulas.flatMap((f) => [...f.matchAll(/'((?:[^']|'')*)'!/g)].map((m) => m[1]!.replace(/''/g, "'")));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(names).toContain(ref);
    expect(formulas.some((f) => f.includes(`${quoteSheetName("Scenario It's two a b")}!`))).toBe(true);
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });
});
